/**
 * Drawing primitives shared by every product shape: painted panels, seams, stitching, soft folds,
 * buttons, zips. The gradients, filters and masks they point at are defined once per SVG by
 * render.ts (see ./defs.ts) under a per-image id prefix.
 */
import type { Palette } from '../paint';
import { band, move, n, rungs, type Pt } from '../geom';

export type Side = 'front' | 'back';

/** Cloth finish: picks the texture laid over the silhouette. */
export type Fabric = 'jersey' | 'knit' | 'denim' | 'nylon' | 'wool' | 'cotton' | 'canvas' | 'leather';

export type Ctx = {
  p: Palette;
  side: Side;
  rnd: () => number;
  /** Prefixed id, unique to this image. */
  id: (name: string) => string;
};

/** Detail crop: top-left corner and width, in frame units (height is 1.25 × width). */
export type Focus = readonly [x: number, y: number, w: number];

export type Drawing = {
  /** Silhouette geometry (unfilled paths): drop shadow, fold mask and texture all use it. */
  sil: string;
  /** The painted item. */
  base: string;
  /** Details drawn over the texture: stitching, hardware, labels. */
  top?: string;
  fabric: Fabric;
  /** Where the texture goes when it should not cover the whole silhouette (e.g. not the sole). */
  texSil?: string;
  /** Items that stand on the floor (shoes, bags) get a contact shadow here instead of a drop shadow. */
  stand?: { cx: number; cy: number; rx: number };
  focus: Focus;
  /** Draw mirrored (e.g. the other side of a shoe). */
  flip?: boolean;
  /** Extra placement transform for the whole item (scale small items up to fill the frame). */
  xf?: string;
  /** Transform for a partner copy drawn behind the item (a pair of shoes). */
  pair?: string;
};

export type Shape = (c: Ctx) => Drawing;

/** Paint reference to a shared gradient/pattern: 'f' lit cloth, 'v' top-lit, 'y' cylinder, 'k' inside. */
export const url = (c: Ctx, name: string): string => `url(#${c.id(name)})`;

export const area = (d: string, fill: string, op?: number): string =>
  `<path d="${d}" fill="${fill}"${op === undefined ? '' : ` opacity="${op}"`}/>`;

/** A cloth panel: gradient fill plus the soft inner-edge shading that gives it thickness. */
export const part = (c: Ctx, d: string, grad = 'f'): string =>
  `<path d="${d}" fill="${grad.startsWith('#') ? grad : url(c, grad)}" class="${c.id('p')}"/>`;

/** A stroked line; `cls` picks the shared style (see defs.ts): 'l' plain, 's' stitched. */
export const line = (c: Ctx, d: string, color: string, w: number, op?: number, extra = '', cls = 'l'): string =>
  `<path d="${d}" class="${c.id(cls)}" stroke="${color}" stroke-width="${n(w)}"${op === undefined ? '' : ` opacity="${op}"`}${extra}/>`;

/** A seam: a fine tone-on-tone line. */
export const seam = (c: Ctx, d: string, op = 0.7, w = 2): string => line(c, d, c.p.line, w, op);

/** Topstitching: a dashed line of thread. */
export const stitch = (c: Ctx, d: string, color = c.p.thread, w = 1.5, op = 0.85): string =>
  line(c, d, color, w, op, '', 's');

/** A soft, blurred fold: 'lo' shadow, 'hi' highlight, 'deep' crease. */
export function fold(c: Ctx, d: string, w: number, tone: 'lo' | 'hi' | 'deep', op: number): string {
  const color = tone === 'hi' ? c.p.hi : tone === 'lo' ? c.p.lo : c.p.deep;
  return `<path d="${d}" class="${c.id(w > 34 ? 'x' : 'b')}" stroke="${color}" stroke-width="${n(w)}" opacity="${op}"/>`;
}

/** A wrinkle: shadow along the path with a highlight just above-left of it (key light is top-left). */
export const crease = (c: Ctx, d: string, w: number, op = 0.35): string =>
  fold(c, move(d, -w * 0.45, -w * 0.3), w * 0.8, 'hi', op * 1.3) + fold(c, d, w, 'lo', op);

/** Folds and highlights confined to the silhouette. */
export const folds = (c: Ctx, body: string): string => `<g mask="${url(c, 'm')}">${body}</g>`;

export function button(c: Ctx, x: number, y: number, r: number, color = c.p.trim): string {
  if (color === c.p.trim)
    return `<use href="#${c.id('bt')}" transform="matrix(${n(r / 10)} 0 0 ${n(r / 10)} ${n(x)} ${n(y)})"/>`;
  const h = r * 0.32;
  return (
    `<circle cx="${n(x + 1)}" cy="${n(y + 2)}" r="${n(r)}" fill="#000" opacity=".22"/>` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${color}"/>` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.72)}" fill="none" stroke="#fff" stroke-opacity=".22" stroke-width="${n(r * 0.12)}"/>` +
    `<path d="M${n(x - h)} ${n(y - h)}h.1M${n(x + h)} ${n(y - h)}h.1M${n(x - h)} ${n(y + h)}h.1M${n(x + h)} ${n(y + h)}h.1" stroke="#000" stroke-opacity=".5" stroke-width="${n(r * 0.24)}" stroke-linecap="round"/>`
  );
}

export function rivet(c: Ctx, x: number, y: number, r = 4): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${c.p.metal}"/><circle cx="${n(x - r * 0.3)}" cy="${n(y - r * 0.3)}" r="${n(r * 0.4)}" fill="${c.p.metalHi}"/>`;
}

/** A zip: dark tape, metal or coil teeth, tone picked for the cloth. */
export function zipper(c: Ctx, d: string, w = 10): string {
  return (
    line(c, d, c.p.deep, w + 4, 0.85) +
    `<path d="${d}" fill="none" stroke="${c.p.metal}" stroke-width="${n(w)}" stroke-dasharray="2 2.4"/>`
  );
}

/** Zip puller hanging from (x, y). */
export function puller(c: Ctx, x: number, y: number, len = 34, w = 11): string {
  const d = `M${n(x - w / 2)} ${n(y)}h${n(w)}l-1.5 ${n(len)}h${n(-w + 3)}Z`;
  return (
    `<path d="${d}" fill="#000" opacity=".25" transform="translate(2 3)"/>` +
    `<path d="${d}" fill="${c.p.metal}"/>` +
    `<path d="M${n(x - 2)} ${n(y + 7)}v${n(len - 14)}" stroke="${c.p.metalHi}" stroke-width="2.5" stroke-linecap="round" opacity=".8"/>`
  );
}

/** Slight random offset for organic folds, from the seeded PRNG. */
export const jit = (c: Ctx, amt: number): number => (c.rnd() - 0.5) * 2 * amt;

/** Groove colour for ribs and quilting: darker on light cloth, lighter on near-black. */
export const groove = (c: Ctx): string => (c.p.dark ? c.p.hi : c.p.lo);

/**
 * A ribbed band (cuff, hem, collar) between two curves. Straight bands take the shared rib
 * pattern; curved ones get `count` ribs fanned along the curve.
 */
export function rib(c: Ctx, a: readonly Pt[], b: readonly Pt[], count: number, grad = 'v'): string {
  const d = band(a, b);
  if (a.length === 2 && b.length === 2) return part(c, d, grad) + area(d, url(c, 'rb'));
  const half = 0.5 / count;
  return (
    part(c, d, grad) +
    line(c, rungs(a, b, count - 1, half, 1 - half), c.p.hi, 1.6, c.p.pale ? 0.8 : 0.35) +
    line(c, rungs(a, b, count), groove(c), 1.8, c.p.dark ? 0.5 : 0.6)
  );
}
