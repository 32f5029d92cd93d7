import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { products, stores, variants } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import type { Fulfillment } from '@/lib/cart/schema';
import { locationIdFor, type LineLocation } from '@/lib/cart/stock';

export type AisleLine = { variantId: string; quantity: number };

/**
 * What every endless-aisle action checks first: the associate's store exists, the place the
 * bag goes to (the warehouse, or a store that takes pickups) exists, and every line is a variant
 * on sale. Stock is not checked here: the order reserves it (or the shopper's bag caps it).
 */
export async function checkAisleBag(
  db: Db,
  input: { storeId: string; lines: AisleLine[]; fulfillment: Fulfillment },
): Promise<{
  place: LineLocation;
  store: { name: string; timezone: string };
  titles: Map<string, { sku: string; title: string }>;
}> {
  const [store] = await db
    .select({ name: stores.name, timezone: stores.timezone })
    .from(stores)
    .where(eq(stores.id, input.storeId));
  if (!store) throw notFoundError('Store');
  const place: LineLocation =
    input.fulfillment.type === 'pickup'
      ? { fulfillment: 'pickup', storeId: input.fulfillment.storeId }
      : { fulfillment: 'ship', storeId: null };
  await locationIdFor(db, place);
  const ids = [...new Set(input.lines.map((l) => l.variantId))];
  const rows = await db
    .select({ id: variants.id, sku: variants.sku, title: products.title, status: products.status })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(variants.id, ids));
  const titles = new Map(rows.filter((r) => r.status === 'active').map((r) => [r.id, { sku: r.sku, title: r.title }]));
  const unknown = input.lines.flatMap((l, i) => (titles.has(l.variantId) ? [] : [i]));
  if (unknown.length) {
    throw new AppError('invalid_request', 'An item in the bag is not on sale', {
      fields: Object.fromEntries(unknown.map((i) => [`lines.${i}.variantId`, ['Not on sale']])),
    });
  }
  return { place, store, titles };
}
