/**
 * Path geometry for the product-art generator. Shapes are authored as absolute M/L/C/Q paths;
 * symmetric garments are drawn as a left half and mirrored about the centre line.
 */

export type Pt = readonly [number, number];

/** Compact number: at most one decimal, no trailing zeros. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);

type Seg = { c: 'M' | 'L' | 'C' | 'Q'; p: number[] };

function parse(d: string): Seg[] {
  const segs: Seg[] = [];
  for (const m of d.matchAll(/([MLCQ])([^MLCQZ]*)/g)) {
    const nums = (m[2] ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    segs.push({ c: m[1] as Seg['c'], p: nums });
  }
  return segs;
}

const fmt = (segs: Seg[]): string => segs.map((s) => s.c + s.p.map(n).join(' ')).join('');

const flipX = (p: number[], cx: number): number[] => p.map((v, i) => (i % 2 === 0 ? 2 * cx - v : v));

/** Mirror a path about the vertical line x = cx. */
export function mirror(d: string, cx = 400): string {
  const closed = /Z\s*$/i.test(d);
  return fmt(parse(d).map((s) => ({ c: s.c, p: flipX(s.p, cx) }))) + (closed ? 'Z' : '');
}

/** Shift every point of a path. */
export function move(d: string, dx: number, dy: number): string {
  const closed = /Z\s*$/i.test(d);
  return (
    fmt(parse(d).map((s) => ({ c: s.c, p: s.p.map((v, i) => (i % 2 === 0 ? v + dx : v + dy)) }))) + (closed ? 'Z' : '')
  );
}

/**
 * Close a left half-outline into a symmetric shape: the half runs from a point on (or near) the
 * centre line round the left side to another; the right side is the half reversed and mirrored.
 */
export function sym(half: string, cx = 400): string {
  const segs = parse(half);
  const pts: number[][] = segs.map((s) => s.p.slice(-2));
  const back: Seg[] = [];
  for (let i = segs.length - 1; i >= 1; i--) {
    const s = segs[i]!;
    const prev = pts[i - 1]!;
    if (s.c === 'C') back.push({ c: 'C', p: flipX([s.p[2]!, s.p[3]!, s.p[0]!, s.p[1]!, prev[0]!, prev[1]!], cx) });
    else if (s.c === 'Q') back.push({ c: 'Q', p: flipX([s.p[0]!, s.p[1]!, prev[0]!, prev[1]!], cx) });
    else back.push({ c: 'L', p: flipX([prev[0]!, prev[1]!], cx) });
  }
  const last = pts[pts.length - 1]!;
  const joint: Seg[] = Math.abs(last[0]! - cx) > 0.01 ? [{ c: 'L', p: flipX(last, cx) }] : [];
  return `${fmt(segs)}${fmt([...joint, ...back])}Z`;
}

/** Point on a Bézier curve of any degree (de Casteljau). */
export function bez(pts: readonly Pt[], t: number): Pt {
  let cur = pts.map((p) => [p[0], p[1]] as [number, number]);
  while (cur.length > 1) {
    const next: [number, number][] = [];
    for (let i = 0; i < cur.length - 1; i++) {
      const a = cur[i]!;
      const b = cur[i + 1]!;
      next.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
    cur = next;
  }
  return cur[0] ?? [0, 0];
}

const P = (p: Pt): string => `${n(p[0])} ${n(p[1])}`;

/** The drawing command from the first point of a 2/3/4-point curve to its last (L, Q or C). */
export function seg(pts: readonly Pt[]): string {
  const rest = pts.slice(1).map(P).join(' ');
  return (pts.length === 2 ? 'L' : pts.length === 3 ? 'Q' : 'C') + rest;
}

/** A 2/3/4-point curve as an open path. */
export const cv = (pts: readonly Pt[]): string => `M${P(pts[0] ?? [0, 0])}${seg(pts)}`;

/** Closed band between two curves running the same way. */
export const band = (a: readonly Pt[], b: readonly Pt[]): string =>
  `${cv(a)}L${P(b[b.length - 1] ?? [0, 0])}${seg([...b].reverse())}Z`;

/**
 * Segments through consecutive points, each bowed sideways by `amt` (positive bows to the right
 * of the direction of travel): puffy, quilted outlines.
 */
export function scallop(pts: readonly Pt[], amt: number): string {
  let d = '';
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    d += `Q${n((a[0] + b[0]) / 2 - (dy / len) * amt)} ${n((a[1] + b[1]) / 2 + (dx / len) * amt)} ${n(b[0])} ${n(b[1])}`;
  }
  return d;
}

/** Short strokes joining matching points of two curves: knit ribs, quilting, teeth. */
export function rungs(a: readonly Pt[], b: readonly Pt[], count: number, from = 0, to = 1): string {
  let d = '';
  for (let i = 0; i <= count; i++) {
    const t = from + ((to - from) * i) / count;
    const p = bez(a, t);
    const q = bez(b, t);
    d += `M${Math.round(p[0])} ${Math.round(p[1])}L${Math.round(q[0])} ${Math.round(q[1])}`;
  }
  return d;
}

/** 32-bit FNV-1a hash. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeded PRNG (mulberry32): the only source of variation, so output is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
