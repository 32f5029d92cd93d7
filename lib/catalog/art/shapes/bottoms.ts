/** Flat-lay bottoms: five-pocket jeans, tailored trousers and chino shorts. */
import { mirror, sym } from '../geom';
import { area, button, crease, fold, folds, jit, line, part, rivet, seam, stitch, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

const GOLD = '#c8903e';

/** Waistband from x0 to 800 - x0 between y and y + h, with belt loops at the given x positions. */
function waistband(c: Ctx, x0: number, y: number, h: number, loops: number[], thread: string): string {
  const band = `M${x0} ${y}H${800 - x0}L${800 - x0 - 1} ${y + h}H${x0 + 1}Z`;
  let out = part(c, band, 'v') + stitch(c, `M${x0 + 2} ${y + 6}H${798 - x0}M${x0 + 2} ${y + h - 6}H${798 - x0}`, thread);
  for (const x of loops) {
    const loop = `M${x - 6} ${y - 6}h12l1 ${h + 12}h-14Z`;
    out += `<path d="${loop}" fill="#000" opacity=".18" transform="translate(2 3)"/>` + part(c, loop, 'v');
    out += stitch(c, `M${x - 5} ${y}h10M${x - 5} ${y + h}h10`, thread, 1.4);
  }
  return out;
}

type Legs = { body: string; y: number; x0: number; crotch: number; hem: number };

function legShading(c: Ctx, g: Legs, whiskers: boolean): string {
  const j = (): number => jit(c, 12);
  const mid = (g.y + g.hem) / 2;
  return folds(
    c,
    fold(c, `M${g.x0 + 70} ${g.y + 80}C${g.x0 + 80} ${mid} ${g.x0 + 76} ${mid + 200} ${g.x0 + 70} ${g.hem - 40}`, 60, 'hi', 0.45) +
      fold(c, mirror(`M${g.x0 + 70} ${g.y + 80}C${g.x0 + 80} ${mid} ${g.x0 + 76} ${mid + 200} ${g.x0 + 70} ${g.hem - 40}`), 50, 'hi', 0.25) +
      crease(c, both(`M${g.x0 + 30} ${mid + 60 + j()}C${g.x0 + 70} ${mid + 40} ${g.x0 + 100} ${mid + 70} ${g.x0 + 128} ${mid + 50}`), 12, 0.3) +
      crease(c, both(`M${g.x0 + 40} ${g.hem - 90 + j()}C${g.x0 + 70} ${g.hem - 110} ${g.x0 + 100} ${g.hem - 80} ${g.x0 + 124} ${g.hem - 100}`), 10, 0.25) +
      fold(c, both(`M396 ${g.crotch}L394 ${g.hem}`), 14, 'deep', 0.3) +
      (whiskers
        ? fold(c, both(`M388 ${g.crotch - 40}L330 ${g.crotch - 70}M386 ${g.crotch - 20}L320 ${g.crotch - 36}M384 ${g.crotch}L326 ${g.crotch - 4}`), 8, 'hi', 0.8)
        : ''),
  );
}

export function jeans(c: Ctx): Drawing {
  const g: Legs = { body: sym('M400 170L262 170C256 220 250 280 248 340C252 520 258 720 264 900L384 900C386 740 392 560 400 440'), y: 170, x0: 262, crotch: 440, hem: 900 };
  const t = c.p.pale ? '#b07a36' : GOLD;
  const hem = stitch(c, both('M265 888L384 888'), t) + stitch(c, both('M265 882L384 882'), t, 1.2, 0.6);
  const base = part(c, g.body) + legShading(c, g, c.side === 'front');
  if (c.side === 'back') {
    const pocket = 'M282 300L372 292L374 394L330 414L286 396Z';
    return {
      sil: dd(g.body),
      base: base + part(c, pocket, 'v') + part(c, mirror(pocket), 'v'),
      top:
        seam(c, 'M250 258L400 302L550 258M400 302V440') +
        stitch(c, 'M250 266L400 310L550 266', t) +
        stitch(c, both('M286 300L370 293L372 390L330 408L290 392Z'), t) +
        stitch(c, both('M296 340Q314 362 330 336Q348 360 364 332'), t) +
        waistband(c, 262, 170, 38, [300, 400, 500], t) +
        `<rect x="446" y="176" width="60" height="26" rx="2" fill="#8a5a34"/><rect x="450" y="180" width="52" height="18" fill="none" stroke="#5e3b20" stroke-width="1.5"/>` +
        hem,
      fabric: 'denim',
      focus: [250, 150, 280],
    };
  }
  const pocket = 'M330 208C330 250 300 280 252 292';
  return {
    sil: dd(g.body),
    base: base + folds(c, fold(c, both('M330 212C330 250 300 280 254 294'), 10, 'deep', 0.45)),
    top:
      seam(c, both(pocket), 0.8) +
      stitch(c, both('M322 208C322 244 296 272 253 282'), t) +
      stitch(c, 'M296 210V246L326 244V210', t) +
      seam(c, 'M406 208V340Q406 352 398 362', 0.7) +
      stitch(c, 'M420 208V330Q420 356 398 368M426 208V330Q426 362 398 376', t) +
      waistband(c, 262, 170, 38, [284, 350, 450, 516], t) +
      rivet(c, 328, 212) +
      rivet(c, 472, 212) +
      rivet(c, 257, 290) +
      rivet(c, 543, 290) +
      button(c, 400, 189, 11, c.p.metal) +
      hem,
    fabric: 'denim',
    focus: [250, 150, 260],
  };
}

function tailored(c: Ctx, g: Legs, waistH: number, shorts: boolean): Drawing {
  const front = c.side === 'front';
  const x0 = g.x0;
  const y1 = g.y + waistH;
  const crease2 = `M${x0 + 66} ${y1 + 10}C${x0 + 70} ${g.y + 300} ${x0 + 74} ${g.hem - 200} ${x0 + 74} ${g.hem - 4}`;
  const turnUp = shorts ? `M186 720L388 744L390 704L190 680Z` : '';
  const base =
    part(c, g.body) +
    legShading(c, g, false) +
    (shorts ? part(c, turnUp, 'v') + part(c, mirror(turnUp), 'v') : '') +
    folds(c, fold(c, both(crease2), 6, 'hi', 0.8));
  const common =
    waistband(c, x0, g.y, waistH, front ? [x0 + 24, 330, 470, 776 - x0] : [x0 + 30, 400, 770 - x0], c.p.thread) +
    (shorts ? seam(c, both('M190 680L390 704'), 0.7) + stitch(c, both('M188 712L388 736')) : stitch(c, both(`M${g.x0 + 4} ${g.hem - 12}L${386} ${g.hem - 12}`)));
  if (!front) {
    const welt = `M${x0 + 34} ${y1 + 62}H${x0 + 104}V${y1 + 70}H${x0 + 34}Z`;
    return {
      sil: dd(g.body),
      base,
      top:
        common +
        seam(c, `M400 ${y1}V${g.crotch}`) +
        area(welt + mirror(welt), c.p.deep, 0.7) +
        seam(c, both(`M${x0 + 34} ${y1 + 62}H${x0 + 104}`), 0.6) +
        button(c, x0 + 69, y1 + 84, 6) +
        button(c, 731 - x0, y1 + 84, 6) +
        seam(c, both(`M${x0 + 69} ${y1 + 2}L${x0 + 71} ${y1 + 52}`), 0.5),
      fabric: 'cotton',
      focus: [x0 - 10, g.y - 20, 240],
    };
  }
  return {
    sil: dd(g.body),
    base: base + folds(c, fold(c, both(`M${x0 + 48} ${y1 + 4}L${x0 + 10} ${y1 + 110}`), 10, 'deep', 0.4)),
    top:
      common +
      seam(c, both(`M${x0 + 48} ${y1}L${x0 + 6} ${y1 + 114}`), 0.8) +
      stitch(c, both(`M${x0 + 56} ${y1}L${x0 + 14} ${y1 + 114}`)) +
      seam(c, both(`M${x0 + 96} ${y1}L${x0 + 98} ${y1 + 70}`), 0.45) +
      seam(c, `M400 ${y1}V${y1 + 150}`, 0.7) +
      stitch(c, `M414 ${y1}V${y1 + 134}Q414 ${y1 + 152} 400 ${y1 + 158}`) +
      line(`M400 ${g.y}h34`, c.p.line, 1.5, 0.5) +
      button(c, 426, g.y + waistH / 2, 7),
    fabric: 'cotton',
    focus: [300, g.y - 20, 220],
  };
}

export function trousers(c: Ctx): Drawing {
  return tailored(
    c,
    { body: sym('M400 176L264 176C258 236 252 300 250 360C254 560 262 740 266 910L390 910C392 760 394 600 400 450'), y: 176, x0: 264, crotch: 450, hem: 910 },
    36,
    false,
  );
}

export function shorts(c: Ctx): Drawing {
  return tailored(
    c,
    { body: sym('M400 250L212 250C204 370 196 560 186 720L388 744C390 690 394 630 400 590'), y: 250, x0: 212, crotch: 590, hem: 744 },
    44,
    true,
  );
}
