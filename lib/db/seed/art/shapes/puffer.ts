/** Quilted down puffer: boxy baffles with puffed outlines, stand collar, centre zip, elastic cuffs. */
import { mirror, scallop, sym, type Pt } from '../geom';
import { area, fold, folds, part, puller, seam, stitch, url, zipper, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

const ROWS = [330, 414, 498, 582, 666, 750];

export function puffer(c: Ctx): Drawing {
  const front = c.side === 'front';
  const side: Pt[] = [
    [232, 414],
    [233, 498],
    [234, 582],
    [235, 666],
    [236, 750],
    [236, 830],
  ];
  const body = sym(`M400 244L330 236L210 266C222 314 230 364 232 414${scallop(side, 12)}Q320 846 400 846`);
  const outer: Pt[] = [
    [210, 266],
    [190, 360],
    [170, 450],
    [152, 540],
    [136, 620],
    [118, 692],
  ];
  const inner: Pt[] = [
    [196, 706],
    [206, 632],
    [216, 552],
    [228, 462],
    [232, 414],
  ];
  const sleeve = `M210 266${scallop(outer, 10)}L196 706${scallop(inner, 8)}C226 364 218 314 210 266Z`;
  const cuff = 'M118 692L196 706L194 740L122 728Z';
  const collar = sym(
    front
      ? 'M400 150C366 150 338 156 324 164L322 240C350 250 376 254 400 254'
      : 'M400 146C366 146 338 152 324 160L322 240C350 246 376 248 400 248',
  );

  // Baffle seams across body and sleeves; a crease along each seam and a sheen along each tube.
  const bodySeams = ROWS.map((y) => `M${y < 414 ? 222 : 233} ${y}Q400 ${y + 10} ${y < 414 ? 578 : 567} ${y}`).join('');
  const sleeveSeams = 'M190 360L228 372M170 450L228 462M152 540L216 552M136 620L206 632';
  const tubes = ROWS.map((y) => `M250 ${y + 38}Q400 ${y + 50} 550 ${y + 38}`).join('');
  const sleeveTubes = 'M196 312L222 318M178 404L222 414M160 494L220 506M144 580L210 592M128 658L198 670';
  const sheen = folds(
    c,
    fold(c, bodySeams + sleeveSeams + mirror(sleeveSeams), 16, 'deep', c.p.dark ? 0.6 : 0.45) +
      fold(c, tubes + `M262 290Q400 300 538 290` + sleeveTubes + mirror(sleeveTubes), 22, 'hi', c.p.pale ? 0.7 : 0.55) +
      fold(c, 'M280 300L300 800', 70, 'hi', 0.25) +
      fold(c, 'M560 300L540 800', 60, 'lo', 0.25),
  );
  const sleeves = part(c, sleeve, 'y') + part(c, mirror(sleeve), 'y') + part(c, cuff, 'v') + part(c, mirror(cuff), 'v');
  const cuffs = area(cuff + mirror(cuff), c.p.deep, 0.35) + stitch(c, both('M121 700L195 713'));
  const base =
    part(c, body) +
    sleeves +
    sheen +
    cuffs +
    part(c, collar, 'v') +
    (front
      ? area(
          'M334 164C350 176 380 180 400 180C420 180 450 176 466 164C450 154 420 148 400 148C380 148 350 154 334 164Z',
          url(c, 'k'),
        )
      : folds(c, fold(c, 'M340 190Q400 206 460 190', 14, 'hi', 0.5)));
  const top =
    seam(c, bodySeams + sleeveSeams + mirror(sleeveSeams), 0.6, 1.6) +
    seam(c, both('M210 266C222 314 230 364 232 414'), 0.6) +
    seam(
      c,
      front
        ? 'M322 240C350 250 376 254 400 254C424 254 450 250 478 240'
        : 'M322 240C350 246 376 248 400 248C424 248 450 246 478 240',
      0.6,
    ) +
    stitch(c, 'M238 832Q320 836 400 836Q480 836 562 832') +
    (front
      ? zipper(c, 'M400 160V842', 8) +
        puller(c, 400, 176, 38, 12) +
        seam(c, both('M272 560L294 680'), 0.8, 3) +
        stitch(c, both('M279 558L301 678'))
      : seam(c, 'M340 200Q400 214 460 200', 0.4));
  return {
    sil: dd(body, sleeve, mirror(sleeve), cuff, mirror(cuff), collar),
    base,
    top,
    fabric: 'nylon',
    focus: [270, 110, 260],
  };
}
