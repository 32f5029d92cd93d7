/**
 * Local, deterministic product imagery: draws a studio-style product shot of a garment kind in a
 * colour as a standalone SVG (800 × 1000, 4:5). Pure: the only variation comes from a PRNG seeded
 * by the inputs, so the same input always yields byte-identical output.
 */
import type { ArtKind, ArtView } from '@/lib/catalog/art/kinds';
import { buildDefs, CLASSES, GRAIN } from './defs';
import { hash, n, prng } from './geom';
import { paletteFor } from './paint';
import type { Ctx, Drawing, Shape, Side } from './shapes/kit';
import { coat, jacket } from './shapes/outerwear';
import { puffer } from './shapes/puffer';
import { shirt, tshirt } from './shapes/tops';
import { hoodie, sweater } from './shapes/knits';
import { jeans, shorts, trousers } from './shapes/bottoms';
import { dress, skirt } from './shapes/dresses';
import { boot, sneaker } from './shapes/shoes';
import { backpack, tote } from './shapes/bags';
import { beanie, cap } from './shapes/headwear';
import { scarf, socks } from './shapes/accessories';

const SHAPES: Record<ArtKind, Shape> = {
  puffer,
  coat,
  jacket,
  tshirt,
  shirt,
  sweater,
  hoodie,
  jeans,
  trousers,
  shorts,
  dress,
  skirt,
  sneaker,
  boot,
  tote,
  backpack,
  cap,
  beanie,
  scarf,
  socks,
};

export const ART_WIDTH = 800;
export const ART_HEIGHT = 1000;

export type ProductArtOptions = { kind: ArtKind; color: string; view: ArtView };

export function renderProductArt(opts: ProductArtOptions): string {
  const color = /^[0-9a-f]{6}$/i.test(opts.color) ? opts.color.toLowerCase() : '8a8a8a';
  const seed = hash(`${opts.kind}|${color}|${opts.view}`);
  const prefix = `a${seed.toString(36)}`;
  const id = (name: string): string => `${prefix}-${name}`;
  const p = paletteFor(color);
  const side: Side = opts.view === 'back' ? 'back' : 'front';
  const ctx: Ctx = { p, side, rnd: prng(seed), id };
  const shape = SHAPES[opts.kind] ?? SHAPES.tshirt;
  const d: Drawing = shape(ctx);
  const ref = (name: string, attrs: string): string => `<use href="#${id(name)}" ${attrs}/>`;

  // Grain is drawn in item units, so it coarsens when zoomed: soften it for close-ups and pale cloth.
  const grainOp =
    Math.round(GRAIN[d.fabric][1] * (opts.view === 'detail' ? 0.6 : 1) * (p.pale ? 0.5 : p.dark ? 0.55 : 1) * 100) /
    100;
  const shadow = d.stand
    ? `<ellipse cx="${n(d.stand.cx)}" cy="${n(d.stand.cy)}" rx="${n(d.stand.rx * 1.15)}" ry="${n(d.stand.rx * 0.16)}" fill="url(#${id('gd')})"/>` +
      `<ellipse cx="${n(d.stand.cx)}" cy="${n(d.stand.cy - 2)}" rx="${n(d.stand.rx * 0.9)}" ry="9" fill="${p.bg.shadow}" opacity=".3" filter="url(#${id('bs')})"/>`
    : ref('sil', `fill="${p.bg.shadow}" opacity=".26" transform="translate(5 13)" filter="url(#${id('ds')})"`) +
      ref('sil', `fill="${p.bg.shadow}" opacity=".18" transform="translate(1 3)" filter="url(#${id('bs')})"`);
  const pattern = d.fabric === 'denim' ? 'tw' : d.fabric === 'knit' ? 'kn' : '';
  const texture =
    ref('tex', `filter="url(#${id('tx')})" opacity="${grainOp}"`) +
    (pattern ? ref('tex', `fill="url(#${id(pattern)})" opacity="${pattern === 'tw' ? 0.07 : 0.1}"`) : '');
  let item = shadow + d.base + texture + (d.top ?? '');
  if (d.flip) item = `<g transform="matrix(-1 0 0 1 ${ART_WIDTH} 0)">${item}</g>`;
  if (d.xf) item = `<g transform="${d.xf}">${item}</g>`;
  let extra = '';
  if (d.pair) {
    extra = `<g id="${id('it')}">${item}</g>`;
    item = ref('it', `transform="${d.pair}" filter="url(#${id('dim')})"`) + ref('it', '');
  }

  let stage = item;
  if (opts.view === 'detail') {
    const [fx, fy, fw] = d.focus;
    const s = Math.round((ART_WIDTH / fw) * 100) / 100;
    stage = `<g transform="matrix(${s} 0 0 ${s} ${n(-fx * s)} ${n(-fy * s)})">${item}</g>`;
  }
  const body = `<rect width="${ART_WIDTH}" height="${ART_HEIGHT}" fill="url(#${id('bg')})"/>${stage}`;

  // Emit only the definitions and classes that are referenced, following references between them.
  const all = buildDefs({ extra, id, p, fabric: d.fabric, seed, sil: d.sil, texSil: d.texSil ?? d.sil });
  const rule = (k: string): string => `.${prefix}-${k}{${(CLASSES[k] ?? '').replace('@', `${prefix}-`)}}`;
  const wanted = new Set<string>();
  const used = new Set<string>();
  const visit = (text: string): void => {
    for (const m of text.matchAll(new RegExp(`class="${prefix}-([a-z])"`, 'g'))) {
      const k = m[1] ?? '';
      if (!used.has(k) && CLASSES[k] !== undefined) {
        used.add(k);
        visit(rule(k));
      }
    }
    for (const m of text.matchAll(new RegExp(`#${prefix}-([a-z]+)`, 'g'))) {
      const k = m[1] ?? '';
      if (!wanted.has(k) && all[k] !== undefined) {
        wanted.add(k);
        visit(all[k] ?? '');
      }
    }
  };
  visit(body);
  const style = Object.keys(CLASSES)
    .filter((k) => used.has(k))
    .map(rule)
    .join('');
  const defs =
    (style ? `<style>${style}</style>` : '') +
    Object.keys(all)
      .filter((k) => wanted.has(k))
      .map((k) => all[k])
      .join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ART_WIDTH} ${ART_HEIGHT}" width="${ART_WIDTH}" height="${ART_HEIGHT}">` +
    `<defs>${defs}</defs>${body}</svg>`
  );
}
