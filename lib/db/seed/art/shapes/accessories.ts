/** Knitted accessories: a fringed scarf and a pair of crew socks. */
import { rungs, type Pt } from '../geom';
import { area, fold, folds, groove, jit, line, part, rib, seam, type Ctx, type Drawing } from './kit';
import { dd } from './tops';

/** Fringe strands hanging below an edge from x0 to x1 at height y. */
function fringe(c: Ctx, x0: number, x1: number, y: number, len: number, color: string): string {
  let d = '';
  for (let x = x0 + 5; x < x1 - 2; x += 9) {
    const l = len + jit(c, 8);
    d += `M${x} ${y}q${Math.round(jit(c, 3))} ${Math.round(l / 2)} ${Math.round(jit(c, 5))} ${Math.round(l)}`;
  }
  return (
    line(c, d, '#000', 4, 0.12, ' transform="translate(2 3)"') + line(c, d, color, 4) + line(c, d, c.p.hi, 1.2, 0.4)
  );
}

/** Vertical knit ribs across a panel between a top and bottom edge. */
const ribLines = (c: Ctx, a: Pt[], b: Pt[], count: number, op = 0.3): string =>
  line(c, rungs(a, b, count, 0.03, 0.97), groove(c), 2.2, op);

export function scarf(c: Ctx): Drawing {
  if (c.side === 'back') {
    const body = 'M232 286C232 266 248 256 268 256H532C552 256 568 266 568 286V720H232Z';
    return {
      sil: dd(body),
      base:
        part(c, body) +
        ribLines(
          c,
          [
            [236, 262],
            [564, 262],
          ],
          [
            [236, 716],
            [564, 716],
          ],
          30,
        ) +
        folds(
          c,
          fold(c, 'M232 410H568', 18, 'deep', 0.35) +
            fold(c, 'M232 396H568', 16, 'hi', 0.5) +
            fold(c, 'M232 570H568', 18, 'deep', 0.35) +
            fold(c, 'M232 556H568', 16, 'hi', 0.5) +
            fold(c, 'M300 280C290 420 296 560 300 700', 50, 'hi', 0.3),
        ),
      top: fringe(c, 236, 564, 716, 70, c.p.base),
      fabric: 'knit',
      focus: [240, 560, 260],
    };
  }
  const back = 'M404 176C454 156 520 160 548 178L566 836L410 846Z';
  const front = 'M236 206C266 166 350 150 432 162C420 400 416 620 424 846L258 852C252 640 244 420 236 206Z';
  return {
    sil: dd(back, front),
    base:
      part(c, back, 'v') +
      area(back, c.p.deep, 0.3) +
      ribLines(
        c,
        [
          [412, 186],
          [548, 186],
        ],
        [
          [414, 840],
          [564, 834],
        ],
        14,
      ) +
      part(c, front) +
      ribLines(
        c,
        [
          [242, 200],
          [426, 178],
        ],
        [
          [260, 848],
          [422, 846],
        ],
        18,
      ) +
      folds(
        c,
        fold(c, 'M300 220C290 420 296 640 312 840', 50, 'hi', 0.45) +
          fold(c, 'M380 240C376 440 382 640 392 840', 16, 'lo', 0.4) +
          fold(c, 'M240 220L254 840', 14, 'lo', 0.3) +
          fold(c, 'M244 206C276 174 350 160 428 170', 16, 'hi', 0.7),
      ),
    top:
      fringe(c, 410, 566, 840, 64, c.p.lo) +
      fringe(c, 258, 424, 848, 70, c.p.base) +
      seam(c, 'M410 176C440 166 500 164 546 180', 0.4),
    fabric: 'knit',
    focus: [230, 600, 280],
  };
}

export function socks(c: Ctx): Drawing {
  const sock =
    'M330 270H490L494 560C496 600 524 630 526 676C528 724 500 744 464 744L190 748C150 748 130 724 132 696C134 666 160 648 202 644L330 616Z';
  const heel = 'M494 596C514 624 526 650 526 676C528 724 500 744 464 744L436 744C446 700 468 646 494 596Z';
  const toe = 'M190 748C150 748 130 724 132 696C134 666 160 648 202 644L222 642C208 674 208 716 226 748Z';
  const a: Pt[] = [
    [330, 270],
    [490, 270],
  ];
  const b: Pt[] = [
    [331, 362],
    [491, 362],
  ];
  return {
    sil: dd(sock),
    base:
      part(c, sock) +
      ribLines(
        c,
        [
          [332, 364],
          [492, 364],
        ],
        [
          [334, 620],
          [494, 600],
        ],
        16,
      ) +
      folds(
        c,
        fold(c, 'M370 380C366 460 366 540 360 610', 44, 'hi', 0.45) +
          fold(c, 'M340 660C300 680 250 694 200 700', 26, 'hi', 0.4) +
          fold(c, 'M460 400L466 600', 24, 'lo', 0.3) +
          fold(c, 'M220 736H470', 16, 'lo', 0.3),
      ) +
      part(c, heel, c.p.trim) +
      part(c, toe, c.p.trim) +
      rib(c, a, b, 18),
    top:
      seam(c, 'M494 596C470 650 446 704 436 744M222 642C208 674 208 716 226 748', 0.5) + seam(c, 'M331 362H491', 0.5),
    fabric: 'knit',
    focus: [300, 210, 270],
    pair: 'translate(104 -64)',
    ...(c.side === 'back' ? { flip: true } : {}),
  };
}
