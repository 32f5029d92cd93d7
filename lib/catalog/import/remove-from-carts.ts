import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';

/**
 * Variants no longer sold (archived, or their product archived) leave every cart: each line
 * becomes a `discontinued` notice in its bag, as the bag tells of anything else it had to change,
 * and the bag's version moves on so open devices reload it. The carts are locked first, in id
 * order, as a cart write locks them, so this never deadlocks with a shopper's change.
 */
export async function removeFromCarts(tx: Db, variantIds: string[], now: Date): Promise<void> {
  if (variantIds.length === 0) return;
  const ids = sql.param(variantIds);
  await tx.execute(sql`
    SELECT id FROM carts WHERE id IN (SELECT cart_id FROM cart_lines WHERE variant_id = ANY(${ids}::text[]))
    ORDER BY id FOR UPDATE`);
  await tx.execute(sql`
    WITH gone AS (
      DELETE FROM cart_lines l USING variants v, products p
      WHERE l.variant_id = ANY(${ids}::text[]) AND v.id = l.variant_id AND p.id = v.product_id
      RETURNING l.cart_id, v.sku, p.title, l.quantity
    ), told AS (
      SELECT cart_id, jsonb_agg(jsonb_build_object('code', 'discontinued', 'sku', sku, 'title', title, 'count', quantity)) AS notices
      FROM gone GROUP BY cart_id
    )
    UPDATE carts c SET notices = coalesce(c.notices, '[]'::jsonb) || told.notices, version = c.version + 1,
      updated_at = ${now.toISOString()}::timestamptz
    FROM told WHERE c.id = told.cart_id`);
}
