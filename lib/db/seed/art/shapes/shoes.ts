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
  const upper =
    'M102 640C94 598 124 566 204 552C284 538 346 514 398 484L470 444C490 434 512 438 530 454C560 480 614 482 652 466C682 454 702 462 708 482C718 530 722 590 714 634Z';
  const sole =
    'M100 632L716 626C720 652 718 682 700 696C692 702 682 704 670 704L170 704C124 704 98 684 96 660C95 650 97 640 100 632Z';
  const tongue = 'M432 470L456 426C464 414 496 414 508 424L522 452L480 462Z';
  const toeCap = 'M102 640C94 598 124 566 204 552L234 548C220 576 220 606 236 634Z';
  const heel = 'M624 634C608 566 620 506 660 462C686 456 702 464 708 482C718 530 722 590 714 634Z';
  const eyestay = 'M286 548L466 446L484 462L306 566Z';
  const laceColor = p.pale ? mix(p.base, '#ffffff', 0.6) : '#ece9e2';
  let laces = '';
  let eyelets = '';
  for (let i = 0; i < 6; i++) {
    const x = 310 + i * 30;
    const y = 552 - i * 17;
    eyelets += `<circle cx="${x}" cy="${y}" r="4.5" fill="${p.metal}"/><circle cx="${x}" cy="${y}" r="2" fill="${p.deep}"/>`;
    laces += `M${x} ${y}l-24 -9`;
  }
  const base =
    part(c, tongue, 'v') +
    part(c, upper) +
    folds(
      c,
      fold(c, 'M150 596C200 572 260 562 330 546', 24, 'hi', 0.55) +
        fold(c, 'M560 484C600 494 640 484 680 470', 14, 'deep', 0.4) +
        fold(c, 'M250 610C330 600 420 584 520 544', 40, 'lo', 0.3),
    ) +
    part(c, toeCap, 'v') +
    part(c, heel, 'v') +
    part(c, eyestay, 'v') +
    area('M530 454C560 480 614 482 652 466C626 478 580 486 530 454Z', url(c, 'k')) +
    part(c, sole, 'r') +
    area('M104 664C300 668 500 664 714 654L712 668C500 680 300 682 106 680Z', '#000', 0.06) +
    area('M150 696H690C684 702 676 704 668 704H166Z', '#000', 0.14);
  const top =
    stitch(c, 'M240 550C226 578 226 606 242 632') +
    stitch(c, 'M630 632C614 566 626 510 664 468') +
    stitch(c, 'M292 558L474 456') +
    seam(c, 'M240 634C300 590 360 550 410 506', 0.5) +
    stitch(c, 'M246 630C306 586 362 548 412 512') +
    line(c, 'M104 648L714 641', mix(p.bg.outer, '#000', 0.35), 1.5, 0.5, ' stroke-dasharray="4 3"') +
    eyelets +
    line(c, laces, '#000', 7, 0.12, ' transform="translate(1 3)"') +
    line(c, laces, laceColor, 6) +
    `<path d="M682 458L692 428C695 420 707 421 708 430L710 484Z" fill="${p.trim}"/>`;
  return {
    sil: dd(upper, sole, tongue),
    texSil: dd(upper, tongue),
    base,
    top,
    fabric: 'canvas',
    stand: { cx: 408, cy: 702, rx: 320 },
    focus: [250, 360, 290],
    ...(c.side === 'back' ? { flip: true, pair: PAIR } : {}),
  };
}

export function boot(c: Ctx): Drawing {
  const { p } = c;
  const rubber = p.dark ? '#0d0d0d' : '#2b2825';
  const upper =
    'M112 772C104 724 150 698 230 690C310 682 372 656 410 616C432 590 440 540 442 470L446 404C520 392 600 390 660 398C660 470 652 530 648 580C646 640 676 680 686 720L684 770Z';
  const sole =
    'M106 766L690 760C694 778 692 800 682 806L542 806C540 798 536 794 528 794L176 794C138 794 110 786 106 766Z';
  const gusset = 'M470 402C474 470 492 524 520 552C548 524 566 470 570 398Z';
  let lugs = '';
  for (let x = 190; x < 530; x += 42) lugs += `M${x} 794v-7h22v7`;
  let ribs = '';
  for (let x = 478; x < 566; x += 7)
    ribs += `M${x} 404C${x + 1} 460 ${Math.round(x + (520 - x) * 0.4)} 510 ${Math.round(520 + (x - 520) * 0.12)} 546`;
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
