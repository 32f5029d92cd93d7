/** Flat-lay knitwear and sweats: crewneck sweater and hoodie, with ribbed cuffs, hems and collars. */
import { band, mirror, sym, type Pt } from '../geom';
import { area, crease, fold, folds, jit, line, part, rib, seam, stitch, url, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

const M = (pts: Pt[]): Pt[] => pts.map(([x, y]) => [800 - x, y] as Pt);

/** Body, sleeves, cuffs and hem band shared by the sweater and the hoodie. */
function knitBase(c: Ctx, top: string) {
  const body = sym(`${top}L198 244C210 300 222 352 228 404L232 800L400 800`);
  const sleeve = 'M198 244C172 384 144 540 120 686L200 700C212 590 222 494 228 404C222 344 208 292 198 244Z';
  const cuffA: Pt[] = [[120, 686], [200, 700]];
  const cuffB: Pt[] = [[128, 758], [196, 766]];
  const hemA: Pt[] = [[232, 800], [568, 800]];
  const hemB: Pt[] = [[240, 852], [560, 852]];
  const j = (): number => jit(c, 10);
  const shading = folds(
    c,
    fold(c, `M280 320C320 ${400 + j()} 340 500 344 600`, 90, 'hi', 0.45) +
      fold(c, 'M480 330C500 410 510 500 500 600', 60, 'hi', 0.2) +
      crease(c, `M246 430C282 ${470 + j()} 306 540 312 ${620 + j()}`, 24, 0.3) +
      crease(c, `M554 430C520 480 ${500 + j()} 550 494 630`, 22, 0.28) +
      fold(c, `M186 300C174 ${420 + j()} 156 540 138 660`, 26, 'hi', 0.45) +
      crease(c, `M176 520L202 ${556 + j()}M150 610L184 640M624 520L598 556M650 610L616 640`, 14, 0.35) +
      crease(c, `M256 ${740 + j()}C330 720 440 750 548 728`, 20, 0.22),
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
  const seams = seam(c, both('M198 244C210 300 222 352 228 404'), 0.55);
  return { sil, paint, seams };
}

export function sweater(c: Ctx): Drawing {
  const k = knitBase(c, 'M400 212C370 212 340 206 322 200');
  const neck: string =
    c.side === 'front'
      ? area(sym('M400 212C370 212 340 206 322 200L340 202C344 244 372 248 400 248'), url(c, 'k')) +
        rib(c, [[322, 200], [370, 212], [430, 212], [478, 200]], [[340, 213], [374, 225], [426, 225], [460, 213]], 26) +
        rib(c, [[340, 202], [344, 248], [456, 248], [460, 202]], [[322, 200], [326, 272], [474, 272], [478, 200]], 34)
      : rib(c, [[322, 200], [362, 213], [438, 213], [478, 200]], [[318, 216], [356, 234], [444, 234], [482, 216]], 30);
  return {
    sil: dd(...k.sil),
    base: k.paint + neck,
    top: k.seams,
    fabric: 'knit',
    focus: c.side === 'front' ? [240, 150, 320] : [110, 560, 240],
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
        folds(c, crease(c, 'M340 120C330 160 332 200 350 236', 16, 0.3) + fold(c, 'M340 100C320 130 316 170 322 200', 24, 'hi', 0.5)),
      top: k.seams + seam(c, 'M400 72V256', 0.6) + stitch(c, 'M394 74V254M406 74V254'),
      fabric: 'jersey',
      focus: [250, 60, 300],
    };
  }
  const outer = sym('M400 300C340 284 288 206 288 146C290 98 346 76 400 76');
  const inner = sym('M400 274C352 260 316 200 318 152C320 116 356 102 400 102');
  const pocket = sym('M400 590L318 590C302 640 282 690 264 736L262 800L400 800');
  const cordL = 'M376 284C372 340 374 400 366 468';
  const cordR = 'M424 284C430 344 432 404 440 476';
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
    aglet(366, 462) +
    aglet(440, 470) +
    `<circle cx="376" cy="284" r="7" fill="${c.p.metal}"/><circle cx="424" cy="284" r="7" fill="${c.p.metal}"/>` +
    `<circle cx="376" cy="284" r="3.5" fill="${c.p.deep}"/><circle cx="424" cy="284" r="3.5" fill="${c.p.deep}"/>`;
  return {
    sil: dd(...k.sil, outer),
    base:
      k.paint +
      part(c, pocket, 'v') +
      folds(c, crease(c, both('M312 600C298 646 282 690 268 730'), 10, 0.5)) +
      hood,
    top:
      k.seams +
      stitch(c, both('M322 598C306 646 288 690 272 734')) +
      stitch(c, 'M322 596H478') +
      stitch(c, both('M400 288C346 272 302 204 303 150C305 108 350 89 400 89'), c.p.thread, 1.3, 0.6) +
      cords,
    fabric: 'jersey',
    focus: [270, 180, 260],
  };
}
