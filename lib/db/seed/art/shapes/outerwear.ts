/** Tailored and casual outerwear: a long wool coat with notch lapels, and a ribbed zip blouson. */
import { band, mirror, sym, type Pt } from '../geom';
import {
  area,
  button,
  crease,
  fold,
  folds,
  jit,
  part,
  puller,
  rib,
  seam,
  stitch,
  url,
  zipper,
  type Ctx,
  type Drawing,
} from './kit';
import { both, dd } from './tops';

const M = (pts: Pt[]): Pt[] => pts.map(([x, y]) => [800 - x, y] as Pt);

export function coat(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym(
    'M400 196C372 196 348 194 336 190L200 230C214 280 224 330 230 382C226 560 222 740 218 900Q310 908 400 908',
  );
  const sleeve = 'M200 230C176 400 146 580 118 766L196 778C206 640 220 500 230 382C224 330 214 280 200 230Z';
  const j = (): number => jit(c, 10);
  const shading = folds(
    c,
    fold(c, `M290 300C310 ${420 + j()} 320 560 316 700`, 80, 'hi', 0.4) +
      crease(c, `M262 560C270 ${680 + j()} 268 780 258 890`, 22, 0.3) +
      crease(c, `M352 600C350 ${720 + j()} 346 820 344 900`, 16, 0.25) +
      crease(c, `M540 560C532 680 ${536 + j()} 780 546 890`, 20, 0.3) +
      fold(c, `M182 300C172 ${440 + j()} 156 580 136 740`, 24, 'hi', 0.45) +
      crease(c, 'M170 560L198 590M630 560L602 590', 12, 0.35),
  );
  const sleeves =
    part(c, sleeve, 'y') +
    part(c, mirror(sleeve), 'y') +
    seam(c, both('M124 740L198 752'), 0.6) +
    stitch(c, both('M125 746L198 758'));
  const common =
    seam(c, both('M200 230C214 280 224 330 230 382'), 0.5) + stitch(c, 'M222 888Q310 896 400 896Q490 896 578 888');
  if (!front) {
    const collar = sym('M400 184C370 184 344 188 330 194L322 238C352 244 378 246 400 246');
    return {
      sil: dd(body, sleeve, mirror(sleeve), collar),
      base: part(c, body) + shading + sleeves + part(c, collar, 'v') + part(c, 'M262 562H538V594H262Z', 'v'),
      top:
        common +
        seam(c, 'M400 248V724L412 734V904M400 724V904', 0.7) +
        stitch(c, 'M264 568H536M264 588H536') +
        button(c, 280, 578, 9) +
        button(c, 520, 578, 9) +
        seam(c, 'M330 194C350 204 376 208 400 208C424 208 450 204 470 194', 0.45),
      fabric: 'wool',
      focus: [220, 470, 360],
    };
  }
  const lapel = 'M336 192C318 230 300 268 292 300L318 306L292 326C304 390 340 446 394 492L350 200Z';
  const flap = 'M246 636L330 632L331 668L247 672Z';
  return {
    sil: dd(body, sleeve, mirror(sleeve)),
    base:
      part(c, body) +
      shading +
      sleeves +
      area(sym('M400 190C380 190 362 194 350 200L396 492L400 492'), url(c, 'k')) +
      part(c, sym('M400 186C372 186 350 188 334 192L346 216C364 212 382 210 400 210'), 'v') +
      part(c, lapel, 'f') +
      part(c, mirror(lapel), 'v') +
      folds(c, fold(c, both('M350 206L394 486'), 10, 'deep', 0.5)) +
      part(c, flap, 'v') +
      part(c, mirror(flap), 'v') +
      part(c, 'M462 398L524 390L525 402L463 410Z', 'v'),
    top:
      common +
      seam(c, both('M318 306L344 256'), 0.7) +
      stitch(c, both('M300 318C312 384 346 440 392 484'), c.p.thread, 1.3, 0.6) +
      seam(c, 'M412 494V906', 0.8) +
      stitch(c, both('M250 644L328 640'), c.p.thread, 1.3, 0.5) +
      button(c, 398, 540, 12) +
      button(c, 398, 650, 12) +
      button(c, 398, 760, 12),
    fabric: 'wool',
    focus: [250, 200, 280],
  };
}

export function jacket(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym('M400 228C372 228 346 224 330 218L206 254C218 304 226 350 230 400L234 700L400 700');
  const sleeve = 'M206 254C178 380 146 520 126 652L206 666C214 580 222 480 230 400C224 350 216 300 206 254Z';
  const hemA: Pt[] = [
    [234, 700],
    [566, 700],
  ];
  const hemB: Pt[] = [
    [246, 758],
    [554, 758],
  ];
  const cuffA: Pt[] = [
    [126, 652],
    [206, 666],
  ];
  const cuffB: Pt[] = [
    [134, 720],
    [202, 728],
  ];
  const j = (): number => jit(c, 10);
  const shading = folds(
    c,
    fold(c, `M290 290C320 ${360 + j()} 336 450 336 560`, 80, 'hi', 0.45) +
      crease(c, `M246 420C280 ${470 + j()} 300 540 306 620`, 22, 0.3) +
      crease(c, `M556 420C524 480 ${506 + j()} 540 498 620`, 20, 0.28) +
      crease(c, `M250 ${660 + j()}C320 680 470 660 550 680`, 20, 0.3) +
      fold(c, `M190 300C178 ${400 + j()} 160 520 146 620`, 26, 'hi', 0.45) +
      crease(c, `M170 470L204 ${500 + j()}M150 580L190 610M630 470L596 500M650 580L610 610`, 14, 0.35),
  );
  const sil = [body, sleeve, mirror(sleeve), band(hemA, hemB), band(cuffA, cuffB), band(M(cuffA), M(cuffB))];
  const base =
    part(c, body) +
    shading +
    part(c, sleeve, 'y') +
    part(c, mirror(sleeve), 'y') +
    rib(c, hemA, hemB, 44) +
    rib(c, cuffA, cuffB, 10) +
    rib(c, M(cuffA), M(cuffB), 10);
  const common = seam(c, both('M206 254C218 304 226 350 230 400'), 0.5);
  if (!front) {
    const a: Pt[] = [
      [322, 218],
      [360, 232],
      [440, 232],
      [478, 218],
    ];
    const b: Pt[] = [
      [318, 236],
      [356, 252],
      [444, 252],
      [482, 236],
    ];
    return {
      sil: dd(...sil, band(a, b)),
      base: base + rib(c, a, b, 30),
      top: common + seam(c, 'M236 300Q400 320 564 300', 0.5) + stitch(c, 'M236 306Q400 326 564 306'),
      fabric: 'cotton',
      focus: [110, 560, 240],
    };
  }
  const collarA: Pt[] = [
    [322, 216],
    [330, 244],
    [360, 260],
    [398, 264],
  ];
  const collarB: Pt[] = [
    [342, 210],
    [348, 230],
    [370, 240],
    [398, 242],
  ];
  const backA: Pt[] = [
    [322, 216],
    [360, 204],
    [440, 204],
    [478, 216],
  ];
  const backB: Pt[] = [
    [342, 212],
    [370, 220],
    [430, 220],
    [458, 212],
  ];
  const welt = 'M262 520L278 514L310 634L294 640Z';
  const sleevePocket = 'M586 428L626 434L622 496L582 490Z';
  return {
    sil: dd(...sil, band(collarA, collarB), band(M(collarA), M(collarB)), band(backA, backB)),
    base:
      base +
      area(sym('M400 212C370 212 346 212 330 216L348 232C362 240 380 244 400 244'), url(c, 'k')) +
      rib(c, backA, backB, 26) +
      rib(c, collarA, collarB, 11) +
      rib(c, M(collarA), M(collarB), 11) +
      part(c, welt, 'k') +
      part(c, mirror(welt), 'k') +
      part(c, sleevePocket, 'v'),
    top:
      common +
      stitch(c, both('M258 518L290 640M282 512L314 634')) +
      stitch(c, 'M589 434L622 439L619 491L585 486Z') +
      zipper(c, 'M590 444L621 449', 4) +
      zipper(c, 'M400 244V758', 7) +
      puller(c, 400, 262, 34, 11),
    fabric: 'cotton',
    focus: [270, 160, 260],
  };
}
