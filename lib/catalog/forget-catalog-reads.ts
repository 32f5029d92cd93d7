import 'server-only';
import type { Db } from '@/lib/db';
import { forgetFacets } from './facets';
import { getProduct } from './get-product';
import { listCategories } from './list-categories';
import { forgetCatalogTexts } from './localize-catalog';
import { forgetProductLists } from './list-products';

/**
 * After a catalog write: this instance drops the catalog reads it keeps, so the writer's own
 * next read (an archived product's page, a new price) is the new one. Other instances catch up
 * within AISLE_CATALOG_CACHE_SECONDS.
 */
export function forgetCatalogReads(db: Db): void {
  getProduct.forget(db);
  forgetProductLists(db);
  forgetFacets(db);
  listCategories.forget(db);
  forgetCatalogTexts(db);
}
