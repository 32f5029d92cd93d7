/** Flat-lay dress and skirt: fitted bodice or waistband over a flared, softly folded skirt. */
import { move, scallop, sym } from '../geom';
import { area, crease, fold, folds, jit, line, part, seam, stitch, url, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

/** Soft radiating folds of a flared skirt from the waist line (y0) to the hem (y1). */
function flare(c: Ctx, y0: number, y1: number, top: [number, number], bottom: [number, number]): string {
  let out = '';
  const count = 5;
  for (let i = 0; i < count; i++) {
    const t = (i + 0.5) / count;
    const x0 = top[0] + (top[1] - top[0]) * t;
    const x1 = bottom[0] + (bottom[1] - bottom[0]) * t + jit(c, 14);
    const ym = y0 + (y1 - y0) * 0.55;
    const d = `M${Math.round(x0)} ${y0 + 30}C${Math.round(x0 + (x1 - x0) * 0.2)} ${Math.round(ym)} ${Math.round(x1)} ${y1 - 140} ${Math.round(x1)} ${y1 - 10}`;
    out += crease(c, d, 26, 0.34) + fold(c, move(d, 30, 0), 30, 'hi', 0.3);
  }
  return out;
}

export function dress(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym(
    `M400 176C380 176 362 166 352 150L290 168L244 262L298 288C306 340 312 400 318 440C290 600 240 780 196 896${scallop(
      [
        [196, 896],
        [238, 905],
        [280, 911],
        [320, 914],
        [360, 916],
        [400, 916],
      ],
      7,
    )}`,
  );
  const shading = folds(
    c,
    fold(c, 'M340 220C350 300 352 380 350 430', 50, 'hi', 0.4) +
      crease(c, both('M304 300C322 340 330 380 334 420'), 12, 0.25) +
      flare(c, 450, 910, [330, 470], [220, 580]),
  );
  const sleeveHem = both('M248 252L300 278');
  const common =
    seam(c, 'M318 440Q400 452 482 440') +
    seam(c, both('M290 168C292 210 296 250 298 288'), 0.5) +
    stitch(c, sleeveHem) +
    stitch(c, 'M200 884Q300 902 400 904Q500 902 600 884');
  if (!front) {
    return {
      sil: dd(body),
      base:
        part(c, body) + shading + part(c, sym('M400 176C380 176 362 166 352 150L344 158C356 176 378 188 400 188'), 'v'),
      top:
        common +
        seam(c, 'M400 190V560', 0.8) +
        line(c, 'M397 194V556', c.p.metal, 2, 0.6) +
        `<rect x="395" y="192" width="10" height="22" rx="3" fill="${c.p.metal}"/>` +
        seam(c, both('M350 450L352 560'), 0.4),
      fabric: 'cotton',
      focus: [270, 120, 260],
    };
  }
  return {
    sil: dd(body),
    base:
      part(c, body) +
      shading +
      area(sym('M400 170C380 170 362 162 352 150C358 196 378 210 400 210'), url(c, 'k')) +
      part(c, sym('M400 170C380 170 362 162 352 150L355 160C366 172 382 180 400 180'), 'v'),
    top:
      common +
      stitch(c, both('M344 156C350 208 374 222 400 222'), c.p.thread, 1.3, 0.7) +
      seam(c, both('M344 152C350 212 374 226 400 226'), 0.4),
    fabric: 'cotton',
    focus: [250, 110, 300],
  };
}

export function skirt(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym(
    `M400 222L298 222C292 420 236 700 184 880${scallop(
      [
        [184, 880],
        [228, 890],
        [272, 898],
        [316, 903],
        [360, 906],
        [400, 907],
      ],
      7,
    )}`,
  );
  const wb = 'M296 210H504L506 252H294Z';
  const shading = folds(
    c,
    fold(c, 'M330 280C320 420 300 560 270 760', 60, 'hi', 0.35) + flare(c, 250, 900, [318, 482], [210, 590]),
  );
  const common =
    part(c, wb, 'v') + stitch(c, 'M298 218H502M296 246H504') + stitch(c, 'M190 866Q290 890 400 892Q510 890 610 866');
  if (!front) {
    return {
      sil: dd(body, wb),
      base: part(c, body) + shading,
      top:
        common +
        seam(c, 'M400 252V500', 0.8) +
        line(c, 'M397 256V496', c.p.metal, 2, 0.6) +
        `<rect x="395" y="254" width="10" height="22" rx="3" fill="${c.p.metal}"/>` +
        seam(c, both('M346 254L350 340'), 0.5),
      fabric: 'wool',
      focus: [280, 180, 240],
    };
  }
  return {
    sil: dd(body, wb),
    base:
      part(c, body) +
      shading +
      folds(
        c,
        fold(c, both('M352 256C346 360 330 460 312 560'), 10, 'deep', 0.45) +
          fold(c, both('M360 256C356 360 342 460 326 560'), 10, 'hi', 0.5),
      ),
    top:
      common +
      seam(c, both('M352 254C348 300 344 330 340 360'), 0.6) +
      `<circle cx="400" cy="231" r="7" fill="${c.p.trim}"/>`,
    fabric: 'wool',
    focus: [270, 170, 260],
  };
}
