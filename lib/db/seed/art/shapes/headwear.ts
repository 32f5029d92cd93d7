/** Headwear: a six-panel cap (3/4 profile, rear view with strap) and a cuffed rib beanie. */
import { mirror, rungs, type Pt } from '../geom';
import { area, fold, folds, groove, line, part, rib, seam, stitch, url, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

/** Caps are small: scale up about the frame centre. */
const FIT = 'matrix(1.12 0 0 1.12 -48 -60)';

function eyelet(c: Ctx, x: number, y: number): string {
  return `<ellipse cx="${x}" cy="${y}" rx="6" ry="5" fill="${c.p.deep}"/><ellipse cx="${x}" cy="${y}" rx="6" ry="5" fill="none" stroke="${c.p.thread}" stroke-width="2.5"/>`;
}

export function cap(c: Ctx): Drawing {
  if (c.side === 'back') {
    const crown = 'M214 626C214 430 294 330 400 330C506 330 586 430 586 626C500 640 300 640 214 626Z';
    const wing = 'M222 612C190 620 170 636 178 646C196 656 224 650 240 640Z';
    return {
      sil: dd(crown, wing, mirror(wing)),
      base:
        part(c, wing + mirror(wing), 'v') +
        part(c, crown) +
        folds(
          c,
          fold(c, 'M300 400C280 460 272 540 276 610', 50, 'hi', 0.45) +
            fold(c, 'M530 420C548 490 552 560 548 620', 36, 'lo', 0.3),
        ) +
        area('M328 636C328 570 360 534 400 534C440 534 472 570 472 636Z', url(c, 'k')) +
        part(c, 'M318 588H482V612H318Z', 'v'),
      top:
        seam(c, 'M400 334V534') +
        seam(c, both('M400 334C330 370 290 470 282 628')) +
        stitch(c, both('M394 338V532M280 630C300 636 330 640 400 640')) +
        stitch(c, both('M336 632C336 574 364 544 400 542'), c.p.thread, 1.3, 0.7) +
        `<rect x="410" y="584" width="30" height="32" rx="4" fill="${c.p.metal}"/><rect x="416" y="592" width="18" height="6" rx="2" fill="${c.p.deep}"/>` +
        `<ellipse cx="400" cy="332" rx="17" ry="8" fill="${c.p.trim}"/>` +
        eyelet(c, 300, 440) +
        eyelet(c, 500, 440),
      fabric: 'cotton',
      stand: { cx: 400, cy: 640, rx: 220 },
      xf: FIT,
      focus: [243, 388, 314],
    };
  }
  const crown = 'M236 604C226 470 300 340 440 330C570 322 650 420 656 560L660 600C560 622 340 622 236 604Z';
  const brim = 'M306 594C236 582 128 594 78 644C70 656 82 668 106 670C210 674 320 654 396 618Z';
  const under =
    'M78 646C70 662 84 676 110 678C214 682 324 662 398 628L396 618C320 654 210 674 106 670C82 668 70 656 78 644Z';
  return {
    sil: dd(crown, brim, under),
    base:
      part(c, crown) +
      folds(
        c,
        fold(c, 'M330 420C300 480 290 540 292 600', 60, 'hi', 0.45) +
          fold(c, 'M560 400C600 460 620 520 630 590', 40, 'lo', 0.35) +
          fold(c, 'M420 350C460 340 500 344 540 360', 20, 'hi', 0.5),
      ) +
      part(c, under, 'k') +
      part(c, brim, 'v') +
      folds(c, fold(c, 'M140 636C210 612 290 600 360 600', 14, 'hi', 0.5)),
    top:
      seam(c, 'M444 334C380 380 340 480 334 606M444 334C474 420 484 520 484 616M444 334C540 380 600 470 622 606') +
      stitch(c, 'M438 338C376 384 336 480 328 606M450 338C546 384 606 474 628 604') +
      stitch(c, 'M100 648C180 614 276 600 360 602M118 658C200 628 288 616 374 612', c.p.thread, 1.3, 0.75) +
      stitch(c, 'M240 600C340 614 560 616 656 596', c.p.thread, 1.3, 0.6) +
      `<ellipse cx="444" cy="332" rx="17" ry="8" fill="${c.p.trim}"/>` +
      eyelet(c, 390, 420) +
      eyelet(c, 540, 410),
    fabric: 'cotton',
    stand: { cx: 390, cy: 640, rx: 290 },
    xf: FIT,
    focus: [288, 265, 314],
  };
}

export function beanie(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = 'M252 540L258 330C260 206 324 158 400 158C476 158 540 206 542 330L548 540Z';
  const dome: Pt[] = [
    [250, 330],
    [250, 190],
    [550, 190],
    [550, 330],
  ];
  const cuffA: Pt[] = [
    [232, 532],
    [568, 532],
  ];
  const cuffB: Pt[] = [
    [236, 770],
    [564, 770],
  ];
  const ribs =
    line(
      c,
      rungs(
        dome,
        [
          [250, 540],
          [550, 540],
        ],
        24,
        0.02,
        0.98,
      ),
      groove(c),
      3,
      0.5,
    ) +
    line(
      c,
      rungs(
        [
          [256, 300],
          [556, 300],
        ],
        [
          [256, 540],
          [556, 540],
        ],
        24,
        0.02,
        0.98,
      ),
      c.p.hi,
      2.5,
      0.35,
    );
  const labelFill = c.p.pale ? '#3b3631' : '#efebe3';
  return {
    sil: dd(body, `M232 532H568L564 770H236Z`),
    base:
      part(c, body) +
      folds(
        c,
        fold(c, 'M320 220C300 300 300 420 310 520', 60, 'hi', 0.45) +
          fold(c, 'M500 260C520 360 520 460 510 530', 40, 'lo', 0.3),
      ) +
      ribs +
      folds(c, fold(c, 'M250 548H550', 24, 'deep', 0.5)) +
      rib(c, cuffA, cuffB, 30) +
      folds(c, fold(c, 'M240 540H560', 10, 'hi', 0.6) + fold(c, 'M300 600C300 660 310 720 310 760', 40, 'hi', 0.35)),
    top: front
      ? `<rect x="370" y="610" width="60" height="36" rx="2" fill="#000" opacity=".2" transform="translate(2 3)"/><rect x="370" y="610" width="60" height="36" rx="2" fill="${labelFill}"/>` +
        line(c, 'M382 624H418M386 632H414', c.p.pale ? '#efebe3' : '#3b3631', 2, 0.55) +
        stitch(c, 'M374 614V642M426 614V642', c.p.pale ? '#efebe3' : '#6b655c', 1.2, 0.6)
      : seam(c, 'M400 172V540', 0.6) + seam(c, 'M400 534V770', 0.4),
    fabric: 'knit',
    focus: front ? [270, 470, 260] : [270, 120, 260],
  };
}
