import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { products, variants } from '@/lib/db/schema';
import { removeFromCarts } from './remove-from-carts';

/**
 * After a whole-catalog import: every active product the file did not name is archived (hidden
 * from the shop, kept in past orders, out of carts with a notice), a batch at a time. Its stored
 * payload hash is cleared, so the same product sent again later is applied, not `unchanged`.
 * Returns the handles archived.
 */
export async function archiveMissing(db: Db, named: ReadonlySet<string>, now: Date): Promise<string[]> {
  const active = await db
    .select({ id: products.id, handle: products.handle })
    .from(products)
    .where(eq(products.status, 'active'));
  const missing = active.filter((p) => !named.has(p.handle));
  for (let i = 0; i < missing.length; i += 200) {
    const batch = missing.slice(i, i + 200).map((p) => p.id);
    await inTransaction(db, async (tx) => {
      await tx
        .update(products)
        .set({ status: 'archived', sourceHash: null, updatedAt: now })
        .where(and(inArray(products.id, batch), eq(products.status, 'active')));
      const leaving = await tx.select({ id: variants.id }).from(variants).where(inArray(variants.productId, batch));
      await removeFromCarts(
        tx,
        leaving.map((v) => v.id),
        now,
      );
    });
  }
  return missing.map((p) => p.handle).sort((a, b) => (a < b ? -1 : 1));
}
