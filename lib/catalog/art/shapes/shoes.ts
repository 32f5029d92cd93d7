/**
 * Footwear in studio profile, toe to the left: a cupsole sneaker and a Chelsea boot. The back view
 * shows the other (medial) side, with the partner shoe behind it.
 */
import { mix, tint } from '../paint';
import { area, fold, folds, line, part, seam, stitch, url, type Ctx, type Drawing } from './kit';
import { dd } from './tops';

/** Transform placing the partner shoe behind and up-left of the hero one. */
const PAIR = 'matrix(.94 0 0 .94 72 -58)';

export function sneaker(c: Ctx): Drawing {
  const { p } = c;
  const upper = 'M102 640C94 586 130 550 212 532C292 516 350 490 398 456L478 404C500 392 520 396 540 416C570 442 620 442 660 420C690 406 714 416 720 456C724 520 720 590 714 634Z';
  const sole = 'M100 632L716 626C720 652 718 682 700 696C692 702 682 704 670 704L170 704C124 704 98 684 96 660C95 650 97 640 100 632Z';
  const tongue = 'M428 446L452 386C460 370 496 370 510 384L524 414L480 434Z';
  const toeCap = 'M102 640C94 586 130 550 212 532L240 528C222 562 222 600 240 634Z';
  const heel = 'M622 632C606 556 622 484 668 420C694 410 716 426 720 456C724 520 720 590 714 632Z';
  const eyestay = 'M282 534L474 412L494 428L304 552Z';
  const laceColor = p.pale ? mix(p.base, '#ffffff', 0.6) : '#ece9e2';
  let laces = '';
  let eyelets = '';
  for (let i = 0; i < 6; i++) {
    const x = 306 + i * 32;
    const y = 538 - i * 20.5;
    eyelets += `<circle cx="${x}" cy="${y}" r="4.5" fill="${p.metal}"/><circle cx="${x}" cy="${y}" r="2" fill="${p.deep}"/>`;
    laces += `M${x} ${y}l-26 -8`;
  }
  const base =
    part(c, tongue, 'v') +
    part(c, upper) +
    folds(
      c,
      fold(c, 'M150 590C200 560 260 548 330 530', 26, 'hi', 0.55) +
        fold(c, 'M560 460C600 470 640 460 680 440', 16, 'deep', 0.4) +
        fold(c, 'M250 600C330 590 420 570 520 520', 40, 'lo', 0.3),
    ) +
    part(c, toeCap, 'v') +
    part(c, heel, 'v') +
    part(c, eyestay, 'v') +
    area('M520 414C560 444 620 444 664 422C640 436 580 448 520 414Z', url(c, 'k')) +
    part(c, sole, 'r') +
    area('M104 664C300 668 500 664 714 654L712 668C500 680 300 682 106 680Z', '#000', 0.06) +
    area('M150 696H690C684 702 676 704 668 704H166Z', '#000', 0.14);
  const top =
    stitch(c, 'M246 530C228 564 228 600 246 632') +
    stitch(c, 'M628 632C612 556 628 488 672 428') +
    stitch(c, 'M288 542L480 420') +
    seam(c, 'M240 634C300 576 360 530 410 488', 0.5) +
    stitch(c, 'M246 630C306 572 362 528 412 494') +
    line(c, 'M104 648L714 641', mix(p.bg.outer, '#000', 0.35), 1.5, 0.5, ' stroke-dasharray="4 3"') +
    eyelets +
    line(c, laces, '#000', 7, 0.12, ' transform="translate(1 3)"') +
    line(c, laces, laceColor, 6) +
    
    `<path d="M690 418L702 380C706 372 718 374 720 384L720 440Z" fill="${p.trim}"/>`;
  return {
    sil: dd(upper, sole, tongue),
    texSil: dd(upper, tongue),
    base,
    top,
    fabric: 'canvas',
    stand: { cx: 408, cy: 702, rx: 320 },
    focus: [240, 340, 300],
    ...(c.side === 'back' ? { flip: true, pair: PAIR } : {}),
  };
}

export function boot(c: Ctx): Drawing {
  const { p } = c;
  const rubber = p.dark ? '#0d0d0d' : '#2b2825';
  const upper =
    'M112 772C104 724 150 698 230 690C310 682 372 656 410 616C432 590 440 540 442 470L446 404C520 392 600 390 660 398C660 470 652 530 648 580C646 640 676 680 686 720L684 770Z';
  const sole = 'M106 766L690 760C694 778 692 800 682 806L542 806C540 798 536 794 528 794L176 794C138 794 110 786 106 766Z';
  const gusset = 'M470 402C474 470 492 524 520 552C548 524 566 470 570 398Z';
  let lugs = '';
  for (let x = 190; x < 530; x += 42) lugs += `M${x} 794v-7h22v7`;
  let ribs = '';
  for (let x = 478; x < 566; x += 7) ribs += `M${x} 404C${x + 1} 460 ${Math.round(x + (520 - x) * 0.4)} 510 ${Math.round(520 + (x - 520) * 0.12)} 546`;
  const tab = (x: number): string => `M${x} 400L${x + 4} 344C${x + 6} 332 ${x + 26} 332 ${x + 28} 344L${x + 32} 400Z`;
  const base =
    part(c, upper) +
    folds(
      c,
      fold(c, 'M160 738C220 712 300 700 380 670', 28, 'hi', 0.65) +
        fold(c, 'M458 430C460 500 452 560 426 612', 24, 'hi', 0.5) +
        fold(c, 'M300 770C400 760 520 748 660 720', 56, 'lo', 0.35) +
        fold(c, 'M640 420C642 480 636 540 632 590', 20, 'lo', 0.3) +
        fold(c, 'M620 640C650 680 664 720 666 760', 20, 'hi', 0.35),
    ) +
    part(c, gusset, 'k') +
    line(c, ribs, tint(p.deep, 0.22), 2, 0.7) +
    area('M446 404C520 390 600 388 660 398C600 412 520 416 446 404Z', url(c, 'k')) +
    part(c, tab(626), p.trim) +
    part(c, sole, rubber) +
    line(c, lugs, '#000', 3, 0.4) +
    area('M106 766L690 760L691 772L108 778Z', mix(rubber, '#fff', 0.22)) +
    line(c, 'M546 786H688M546 796H686', mix(rubber, '#fff', 0.3), 1.2, 0.6);
  const top =
    stitch(c, 'M112 772L688 766', mix(rubber, '#fff', 0.5), 1.5, 0.7) +
    stitch(c, 'M476 406C480 468 496 518 520 544C544 518 560 468 564 402') +
    seam(c, 'M604 768C598 700 600 640 606 590', 0.6) +
    stitch(c, 'M598 768C592 700 594 640 600 592') +
    stitch(c, 'M634 398L637 352C639 344 651 344 653 352L656 398', tint(p.trim, 0.35), 1.3, 0.7);
  return {
    sil: dd(upper, sole, tab(626)),
    texSil: dd(upper),
    base,
    top,
    fabric: 'leather',
    stand: { cx: 398, cy: 804, rx: 290 },
    focus: [380, 300, 300],
    ...(c.side === 'back' ? { flip: true, pair: PAIR } : {}),
  };
}
