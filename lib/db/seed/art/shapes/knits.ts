/** Flat-lay knitwear and sweats: crewneck sweater and hoodie, with ribbed cuffs, hems and collars. */
import { band, mirror, sym, type Pt } from '../geom';
import { area, crease, fold, folds, jit, line, part, rib, seam, stitch, url, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

const M = (pts: Pt[]): Pt[] => pts.map(([x, y]) => [800 - x, y] as Pt);

/** Body, sleeves, cuffs and hem band shared by the sweater and the hoodie. */
function knitBase(c: Ctx, top: string) {
  const body = sym(`${top}L198 244C210 296 222 344 228 392L232 700L400 700`);
  const sleeve = 'M198 244C176 370 152 500 132 620L210 632C218 540 224 460 228 392C222 340 208 290 198 244Z';
  const cuffA: Pt[] = [
    [132, 620],
    [210, 632],
  ];
  const cuffB: Pt[] = [
    [138, 690],
    [206, 698],
  ];
  const hemA: Pt[] = [
    [232, 700],
    [568, 700],
  ];
  const hemB: Pt[] = [
    [240, 752],
    [560, 752],
  ];
  const j = (): number => jit(c, 10);
  const shading = folds(
    c,
    fold(c, `M280 310C320 ${370 + j()} 340 450 344 540`, 90, 'hi', 0.45) +
      fold(c, 'M480 320C500 390 510 460 500 540', 60, 'hi', 0.2) +
      crease(c, `M246 416C282 ${450 + j()} 306 510 312 ${570 + j()}`, 24, 0.3) +
      crease(c, `M554 416C520 460 ${500 + j()} 520 494 580`, 22, 0.28) +
      fold(c, `M188 300C178 ${400 + j()} 164 500 148 600`, 26, 'hi', 0.45) +
      crease(c, `M180 470L204 ${500 + j()}M160 550L196 576M620 470L596 500M640 550L604 576`, 14, 0.35) +
      crease(c, `M256 ${650 + j()}C330 630 440 660 548 640`, 20, 0.22),
  );
  const sil = [body, sleeve, mirror(sleeve), band(cuffA, cuffB), band(M(cuffA), M(cuffB)), band(hemA, hemB)];
  const paint =
    part(c, body) +
    shading +
    part(c, sleeve, 'y') +
    part(c, mirror(sleeve), 'y') +
    rib(c, cuffA, cuffB, 11) +
    rib(c, M(cuffA), M(cuffB), 11) +
    rib(c, hemA, hemB, 46);
  const seams = seam(c, both('M198 244C210 296 222 344 228 392'), 0.55);
  return { sil, paint, seams };
}

export function sweater(c: Ctx): Drawing {
  const k = knitBase(c, 'M400 212C370 212 340 206 322 200');
  const neck: string =
    c.side === 'front'
      ? area(sym('M400 212C370 212 340 206 322 200L340 202C344 244 372 248 400 248'), url(c, 'k')) +
        rib(
          c,
          [
            [322, 200],
            [370, 212],
            [430, 212],
            [478, 200],
          ],
          [
            [340, 213],
            [374, 225],
            [426, 225],
            [460, 213],
          ],
          26,
        ) +
        rib(
          c,
          [
            [340, 202],
            [344, 248],
            [456, 248],
            [460, 202],
          ],
          [
            [322, 200],
            [326, 272],
            [474, 272],
            [478, 200],
          ],
          34,
        )
      : rib(
          c,
          [
            [322, 200],
            [362, 213],
            [438, 213],
            [478, 200],
          ],
          [
            [318, 216],
            [356, 234],
            [444, 234],
            [482, 216],
          ],
          30,
        );
  return {
    sil: dd(...k.sil),
    base: k.paint + neck,
    top: k.seams,
    fabric: 'knit',
    focus: c.side === 'front' ? [240, 150, 320] : [90, 500, 220],
  };
}

export function hoodie(c: Ctx): Drawing {
  const front = c.side === 'front';
  const k = knitBase(c, 'M400 214C370 214 340 210 318 204');
  if (!front) {
    const hood = sym('M400 70C346 70 298 98 292 152C288 200 302 232 332 248C360 256 380 258 400 258');
    return {
      sil: dd(...k.sil, hood),
      base:
        k.paint +
        part(c, hood, 'f') +
        folds(
          c,
          crease(c, 'M340 120C330 160 332 200 350 236', 16, 0.3) +
            fold(c, 'M340 100C320 130 316 170 322 200', 24, 'hi', 0.5),
        ),
      top: k.seams + seam(c, 'M400 72V256', 0.6) + stitch(c, 'M394 74V254M406 74V254'),
      fabric: 'jersey',
      focus: [250, 60, 300],
    };
  }
  const outer = sym('M400 300C340 284 288 206 288 146C290 98 346 76 400 76');
  const inner = sym('M400 274C352 260 316 200 318 152C320 116 356 102 400 102');
  const pocket = sym('M400 520L318 520C302 566 282 614 264 660L262 700L400 700');
  const cordL = 'M376 284C372 330 374 380 368 430';
  const cordR = 'M424 284C430 334 432 384 438 438';
  const aglet = (x: number, y: number): string =>
    `<rect x="${x - 4}" y="${y}" width="8" height="22" rx="3" fill="${c.p.metal}"/>` +
    `<rect x="${x - 2}" y="${y + 3}" width="2" height="15" fill="${c.p.metalHi}" opacity=".7"/>`;
  const hood =
    part(c, outer, 'f') +
    area(inner, url(c, 'v')) +
    area(inner, url(c, 'k'), 0.55) +
    folds(c, fold(c, 'M400 104V270', 18, 'deep', 0.4) + fold(c, 'M340 160C338 200 356 240 380 262', 18, 'hi', 0.25));
  const cords =
    line(c, cordL, c.p.deep, 9, 0.35, ' transform="translate(3 4)"') +
    line(c, cordR, c.p.deep, 9, 0.35, ' transform="translate(3 4)"') +
    line(c, cordL, c.p.trim, 8) +
    line(c, cordR, c.p.trim, 8) +
    line(c, cordL, c.p.hi, 2, 0.35) +
    line(c, cordR, c.p.hi, 2, 0.35) +
    aglet(368, 424) +
    aglet(438, 432) +
    `<circle cx="376" cy="284" r="7" fill="${c.p.metal}"/><circle cx="424" cy="284" r="7" fill="${c.p.metal}"/>` +
    `<circle cx="376" cy="284" r="3.5" fill="${c.p.deep}"/><circle cx="424" cy="284" r="3.5" fill="${c.p.deep}"/>`;
  return {
    sil: dd(...k.sil, outer),
    base:
      k.paint + part(c, pocket, 'v') + folds(c, crease(c, both('M312 530C298 574 282 618 268 656'), 10, 0.5)) + hood,
    top:
      k.seams +
      stitch(c, both('M322 528C306 574 288 618 272 662')) +
      stitch(c, 'M322 526H478') +
      stitch(c, both('M400 288C346 272 302 204 303 150C305 108 350 89 400 89'), c.p.thread, 1.3, 0.6) +
      cords,
    fabric: 'jersey',
    focus: [270, 180, 260],
  };
}
