/**
 * Shared <defs> for one product image: backdrop, cloth gradients, soft-shading filters and fabric
 * textures. Only the entries the drawing actually references are emitted, keeping files small.
 */
import { mix, type Palette } from './paint';
import type { Fabric } from './shapes/kit';

const stops = (list: [number, string, number?][]): string =>
  list
    .map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`)
    .join('');

const lin = (id: string, xy: string, list: [number, string, number?][]): string =>
  `<linearGradient id="${id}" ${xy}>${stops(list)}</linearGradient>`;

/** Noise frequency and strength per fabric. */
/** Blur region in item units: bounding-box regions would clip blurred strokes on straight lines. */
const WIDE = 'filterUnits="userSpaceOnUse" x="-100" y="-100" width="1000" height="1200"';

/** Shared presentation for frequent elements, as classes (suffix of the image prefix). */
export const CLASSES: Record<string, string> = {
  l: 'fill:none;stroke-linecap:round;stroke-linejoin:round',
  s: 'fill:none;stroke-linecap:round;stroke-dasharray:5 4',
  b: 'fill:none;stroke-linecap:round;filter:url(#@bl)',
  x: 'fill:none;stroke-linecap:round;filter:url(#@bx)',
  p: 'filter:url(#@in)',
};

export const GRAIN: Record<Fabric, [freq: string, opacity: number]> = {
  jersey: ['1.4', 0.1],
  cotton: ['1.6', 0.1],
  knit: ['1.1', 0.14],
  denim: ['1.5 .9', 0.2],
  nylon: ['1.2', 0.05],
  wool: ['.9', 0.13],
  canvas: ['1.6', 0.18],
  leather: ['.8', 0.06],
};

export function buildDefs(o: {
  id: (name: string) => string;
  p: Palette;
  fabric: Fabric;
  seed: number;
  sil: string;
  texSil: string;
  /** Item markup reused by <use> (pairs). */
  extra: string;
}): Record<string, string> {
  const { id, p } = o;
  const edge = p.dark ? '#000000' : p.deep;
  const [freq] = GRAIN[o.fabric];
  // A smooth (quadratic) ramp from lit to shadow through the true colour: no Mach band at the middle.
  const ctrl = mix(mix(p.base, p.hi, -1), mix(p.base, p.lo, -1), 0.5);
  const ramp: [number, string][] = [0, 0.25, 0.5, 0.75, 1].map((t) => [
    t,
    t === 0.5 ? p.base : mix(mix(p.hi, ctrl, t), mix(ctrl, p.lo, t), t),
  ]);
  const g = p.grain === '#ffffff' ? 1 : 0;
  return {
    bg: `<radialGradient id="${id('bg')}" cx=".5" cy=".4" r=".8">${stops([
      [0, p.bg.inner],
      [1, p.bg.outer],
    ])}</radialGradient>`,
    gd: `<radialGradient id="${id('gd')}">${stops([
      [0, p.bg.shadow, 0.38],
      [0.55, p.bg.shadow, 0.14],
      [1, p.bg.shadow, 0],
    ])}</radialGradient>`,
    f: lin(id('f'), 'x1="0" y1="0" x2=".75" y2="1"', ramp),
    v: lin(id('v'), 'x2="0" y2="1"', ramp),
    y: lin(id('y'), '', [
      [0, p.lo],
      [0.3, p.base],
      [0.45, p.hi],
      [0.75, p.base],
      [1, p.lo],
    ]),
    k: lin(id('k'), 'x2="0" y2="1"', [
      [0, mix(p.deep, '#000000', 0.35)],
      [1, p.deep],
    ]),
    r: lin(id('r'), 'x2="0" y2="1"', [
      [0, '#fbfaf7'],
      [0.6, '#ece9e3'],
      [1, '#cfcac2'],
    ]),
    in:
      `<filter id="${id('in')}" color-interpolation-filters="sRGB" x="0" y="0" width="100%" height="100%"><feGaussianBlur in="SourceAlpha" stdDeviation="7"/>` +
      `<feComposite in2="SourceAlpha" operator="arithmetic" k2="-1" k3="1" result="e"/><feFlood flood-color="${edge}" flood-opacity="${p.pale ? 0.32 : 0.5}"/>` +
      `<feComposite in2="e" operator="in"/><feMerge><feMergeNode in="SourceGraphic"/><feMergeNode/></feMerge></filter>`,
    bl: `<filter id="${id('bl')}" color-interpolation-filters="sRGB" ${WIDE}><feGaussianBlur stdDeviation="8"/></filter>`,
    bx: `<filter id="${id('bx')}" color-interpolation-filters="sRGB" ${WIDE}><feGaussianBlur stdDeviation="16"/></filter>`,
    bs: `<filter id="${id('bs')}" color-interpolation-filters="sRGB" ${WIDE}><feGaussianBlur stdDeviation="2.5"/></filter>`,
    ds: `<filter id="${id('ds')}" color-interpolation-filters="sRGB" x="-15%" y="-15%" width="130%" height="130%"><feGaussianBlur stdDeviation="11"/></filter>`,
    m: `<mask id="${id('m')}" maskUnits="userSpaceOnUse" x="-100" y="-100" width="1000" height="1200"><use href="#${id('sil')}" fill="#fff"/></mask>`,
    tx:
      `<filter id="${id('tx')}" color-interpolation-filters="sRGB" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="1" seed="${o.seed % 997}"/>` +
      `<feColorMatrix values="0 0 0 0 ${g} 0 0 0 0 ${g} 0 0 0 0 ${g} 1.8 0 0 0 -.62"/><feComposite in2="SourceAlpha" operator="in"/></filter>`,
    tw: `<pattern id="${id('tw')}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(32)"><rect width="2" height="5" fill="${p.dark ? '#fff' : '#000'}"/></pattern>`,
    kn: `<pattern id="${id('kn')}" width="12" height="11" patternUnits="userSpaceOnUse"><path d="M1 1l5 8 5-8" fill="none" stroke="${p.grain}" stroke-width="2"/></pattern>`,
    rb:
      `<pattern id="${id('rb')}" width="9" height="9" patternUnits="userSpaceOnUse"><rect width="2.4" height="9" fill="${p.dark ? p.hi : p.lo}" opacity="${p.dark ? 0.55 : 0.6}"/>` +
      `<rect x="4.5" width="2" height="9" fill="${p.hi}" opacity="${p.pale ? 0.8 : 0.35}"/></pattern>`,
    bt:
      `<g id="${id('bt')}"><circle cx="1" cy="2" r="10" opacity=".22"/><circle r="10" fill="${p.trim}"/><circle r="7.2" fill="none" stroke="#fff" stroke-opacity=".22" stroke-width="1.2"/>` +
      `<path d="M-3.2-3.2h.1M3.2-3.2h.1M-3.2 3.2h.1M3.2 3.2h.1" stroke="#000" stroke-opacity=".5" stroke-width="2.4" stroke-linecap="round"/></g>`,
    sil: `<g id="${id('sil')}">${o.sil}</g>`,
    tex: `<g id="${id('tex')}">${o.texSil}</g>`,
    it: o.extra,
    dim: `<filter id="${id('dim')}" color-interpolation-filters="sRGB"><feColorMatrix values=".86 0 0 0 0 0 .86 0 0 0 0 0 .86 0 0 0 0 0 1 0"/></filter>`,
  };
}
