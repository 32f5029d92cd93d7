/** Flat-lay bottoms: five-pocket jeans, tailored trousers and chino shorts. */
import { mirror, sym } from '../geom';
import {
  area,
  button,
  crease,
  fold,
  folds,
  jit,
  line,
  part,
  rivet,
  seam,
  stitch,
  url,
  type Ctx,
  type Drawing,
} from './kit';
import { both, dd } from './tops';

const GOLD = '#c8903e';

/** Waistband from x0 to 800 - x0 between y and y + h, with belt loops at the given x positions. */
function waistband(c: Ctx, x0: number, y: number, h: number, loops: number[], thread: string): string {
  const band = `M${x0} ${y}H${800 - x0}L${800 - x0 - 1} ${y + h}H${x0 + 1}Z`;
  let out =
    part(c, band, 'v') + stitch(c, `M${x0 + 2} ${y + 6}H${798 - x0}M${x0 + 2} ${y + h - 6}H${798 - x0}`, thread);
  for (const x of loops) {
    const loop = `M${x - 5} ${y - 5}h10l.5 ${h + 10}h-11Z`;
    out +=
      `<path d="${loop}" fill="#000" opacity=".16" transform="translate(1.5 2)"/>` +
      area(loop, url(c, 'v')) +
      seam(c, loop, 0.5, 1);
    out += stitch(c, `M${x - 5} ${y}h10M${x - 5} ${y + h}h10`, thread, 1.4);
  }
  return out;
}

/** Outline and key lines; hem = outer and inner hem corners of the left leg. */
type Legs = { body: string; y: number; x0: number; crotch: number; hem: [number, number, number, number] };

function legShading(c: Ctx, g: Legs, whiskers: boolean): string {
  const j = (): number => jit(c, 12);
  const [ox, oy, ix] = g.hem;
  const mid = (g.y + oy) / 2;
  const at = (t: number, dx: number, y: number): string =>
    `${Math.round(g.x0 + 66 + ((ox + ix) / 2 - g.x0 - 66) * t + dx)} ${Math.round(y)}`;
  const centre = `M${at(0, 0, g.y + 80)}C${at(0.4, 6, mid)} ${at(0.7, 4, mid + 200)} ${at(1, 0, oy - 40)}`;
  const knee = `M${at(0.55, -54, mid + 60 + j())}C${at(0.55, -20, mid + 40)} ${at(0.55, 20, mid + 70)} ${at(0.55, 56, mid + 50)}`;
  const ankle = `M${at(0.9, -50, oy - 90 + j())}C${at(0.9, -20, oy - 110)} ${at(0.9, 20, oy - 80)} ${at(0.9, 50, oy - 100)}`;
  return folds(
    c,
    fold(c, centre, 60, 'hi', 0.45) +
      fold(c, mirror(centre), 50, 'hi', 0.25) +
      crease(c, both(knee), 12, 0.3) +
      crease(c, both(ankle), 10, 0.25) +
      fold(c, both(`M396 ${g.crotch}L${ix} ${oy}`), 14, 'deep', 0.3) +
      (whiskers
        ? fold(
            c,
            both(
              `M388 ${g.crotch - 40}L330 ${g.crotch - 70}M386 ${g.crotch - 20}L320 ${g.crotch - 36}M384 ${g.crotch}L326 ${g.crotch - 4}`,
            ),
            8,
            'hi',
            0.8,
          )
        : ''),
  );
}

export function jeans(c: Ctx): Drawing {
  const g: Legs = {
    body: sym('M400 170L262 170C256 220 250 280 246 340C238 520 224 720 212 900L340 906C348 740 370 560 400 440'),
    y: 170,
    x0: 262,
    crotch: 440,
    hem: [212, 900, 340, 906],
  };
  const t = c.p.pale ? '#b07a36' : GOLD;
  const hem = stitch(c, both('M214 888L341 894'), t) + stitch(c, both('M214 882L341 888'), t, 1.2, 0.6);
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
  const [ox, oy, ix, iy] = g.hem;
  const cx = (ox + ix) / 2;
  const crease2 = `M${x0 + 66} ${y1 + 10}C${x0 + 68} ${g.y + 300} ${cx + 4} ${oy - 200} ${cx} ${oy}`;
  const turnUp = shorts ? `M186 720L388 744L390 704L190 680Z` : '';
  const base =
    part(c, g.body) +
    legShading(c, g, false) +
    (shorts ? part(c, turnUp, 'v') + part(c, mirror(turnUp), 'v') : '') +
    folds(c, fold(c, both(crease2), 6, 'hi', 0.8));
  const common =
    waistband(c, x0, g.y, waistH, front ? [x0 + 24, 330, 470, 776 - x0] : [x0 + 30, 400, 770 - x0], c.p.thread) +
    (shorts
      ? seam(c, both('M190 680L390 704'), 0.7) + stitch(c, both('M188 712L388 736'))
      : stitch(c, both(`M${ox + 2} ${oy - 12}L${ix} ${iy - 12}`)));
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
      line(c, `M400 ${g.y}h34`, c.p.line, 1.5, 0.5) +
      button(c, 426, g.y + waistH / 2, 7),
    fabric: 'cotton',
    focus: [x0 - 24, g.y - 30, 270],
  };
}

export function trousers(c: Ctx): Drawing {
  return tailored(
    c,
    {
      body: sym('M400 176L264 176C258 236 252 300 250 360C246 560 236 740 228 910L362 914C366 760 378 600 400 450'),
      y: 176,
      x0: 264,
      crotch: 450,
      hem: [228, 910, 362, 914],
    },
    36,
    false,
  );
}

export function shorts(c: Ctx): Drawing {
  return tailored(
    c,
    {
      body: sym('M400 250L212 250C204 370 196 560 186 720L388 744C390 690 394 630 400 590'),
      y: 250,
      x0: 212,
      crotch: 590,
      hem: [186, 720, 388, 744],
    },
    44,
    true,
  );
}
