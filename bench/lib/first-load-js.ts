import { gzipSync } from 'node:zlib';

/** The shop's pages the benchmark measures and the first-load check budgets, by name. */
export const SHOP_PAGES = [
  { name: 'home', path: '/' },
  { name: 'category', path: '/c/outerwear' },
  { name: 'product', path: '/p/heavy-canvas-tote' },
  { name: 'cart', path: '/cart' },
  { name: 'stores', path: '/stores' },
] as const;

/** Each script the page's HTML loads up front, with its gzip size: what a first visit downloads. */
export async function firstLoadScripts(
  base: string,
  path: string,
  headers?: Record<string, string>,
): Promise<{ src: string; gzipBytes: number }[]> {
  const html = await (await fetch(`${base}${path}`, { headers })).text();
  // Module browsers skip the `noModule` polyfills: they are not part of a first load.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/\snoModule/i.test(m[1]!))
    .map((m) => /\ssrc="([^"]+\.js[^"]*)"/.exec(m[1]!)?.[1])
    .filter((src): src is string => Boolean(src));
  const sized = [];
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sized.push({ src, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return sized;
}

/** The first-load JS of a page in kB (gzip, one decimal). */
export async function firstLoadJsKb(base: string, path: string, headers?: Record<string, string>): Promise<number> {
  const bytes = (await firstLoadScripts(base, path, headers)).reduce((sum, s) => sum + s.gzipBytes, 0);
  return Math.round(bytes / 102.4) / 10;
}
