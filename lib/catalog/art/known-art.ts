import 'server-only';
import { productImages } from '@/lib/db/schema';
import type { Db } from '@/lib/db';
import { readCache } from '@/lib/cache/read-cache';
import { readEnv } from '@/lib/env';
import { listCategories } from '@/lib/catalog/list-categories';
import { HOME_ART, TILE_COLORS, tileKind } from './site-art';

const IMAGE_URL = /^\/media\/art\/([a-z]+)\/([0-9a-f]{6})\/[a-z]+\.svg$/;

/**
 * Every `kind/colour` the shop shows: the products' images and the home page's and category
 * tiles' art. Only these are drawn, so a loop over random colours costs a cache look-up, not a
 * render. Kept as long as catalog reads (AISLE_CATALOG_CACHE_SECONDS): a product added with a new
 * colour draws once that expires. Not copied per caller like other catalog reads: every request
 * for an image asks, and nobody changes the set.
 */
export const knownArt: (db: Db) => Promise<ReadonlySet<string>> = readCache(loadKnownArt, () => 'all', {
  ttlMs: () => readEnv().AISLE_CATALOG_CACHE_SECONDS * 1000,
  maxEntries: 1,
});

async function loadKnownArt(db: Db): Promise<ReadonlySet<string>> {
  const [images, categories] = await Promise.all([
    db.selectDistinct({ url: productImages.url }).from(productImages),
    listCategories(db),
  ]);
  const known = new Set<string>(HOME_ART.map((a) => `${a.kind}/${a.color}`));
  for (const { url } of images) {
    const m = IMAGE_URL.exec(url);
    if (m) known.add(`${m[1]}/${m[2]}`);
  }
  for (const c of categories) for (const color of TILE_COLORS) known.add(`${tileKind(c.imageKind)}/${color}`);
  return known;
}
