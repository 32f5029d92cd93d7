import 'server-only';
import { productImages } from '@/lib/db/schema';
import type { Db } from '@/lib/db';
import { catalogCache } from '@/lib/cache/catalog-cache';
import { listCategories } from '@/lib/catalog/list-categories';
import { HOME_ART, TILE_COLORS, tileKind } from './site-art';

const IMAGE_URL = /^\/media\/art\/([a-z]+)\/([0-9a-f]{6})\/[a-z]+\.svg$/;

/**
 * Every `kind/colour` the shop shows: the products' images and the home page's and category
 * tiles' art. Only these are drawn, so a loop over random colours costs a cache look-up, not a
 * render. From the catalog cache: a product added with a new colour draws once its copy expires.
 */
export const knownArt = catalogCache(loadKnownArt, () => 'all', 1);

async function loadKnownArt(db: Db): Promise<string[]> {
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
  return [...known].sort();
}
