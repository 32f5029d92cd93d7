import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { AppError } from '@/lib/http/errors';
import { shownAvailableSql } from '@/lib/inventory/available-sql';
import type { AisleLine } from './check-lines';

const FIELD = 'fulfillment.from';

/**
 * Ship-from-store: the store named to send the bag must exist, hold stock, and have every line
 * free to promise (on hand − reserved − safety stock) — a clear refusal before anything is
 * written. This is advice only: the order's conditional reservation (lib/orders/place-order.ts)
 * is what keeps two associates from both selling its last unit.
 */
export async function checkShipFromStore(db: Db, storeId: string, lines: AisleLine[]): Promise<void> {
  const [location] = rowsOf(
    z.object({ id: z.string() }),
    await db.execute(sql`
      SELECT l.id FROM inventory_locations l JOIN stores s ON s.id = l.store_id
      WHERE l.kind = 'store' AND l.store_id = ${storeId}`),
  );
  if (!location) {
    throw new AppError('invalid_request', 'No such store to ship from', { fields: { [FIELD]: ['No such store'] } });
  }
  const wanted = new Map<string, number>();
  for (const l of lines) wanted.set(l.variantId, (wanted.get(l.variantId) ?? 0) + l.quantity);
  const ids = [...wanted.keys()];
  const rows = rowsOf(
    z.object({ variant_id: z.string(), available: sqlNumber }),
    await db.execute(sql`
      SELECT s.variant_id, ${shownAvailableSql('s', 'l')} AS available
      FROM stock_levels s JOIN inventory_locations l ON l.id = s.location_id
      WHERE s.location_id = ${location.id} AND s.variant_id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`),
  );
  const available = new Map(rows.map((r) => [r.variant_id, r.available]));
  const short = [...wanted].flatMap(([variantId, requested]) => {
    const left = available.get(variantId) ?? 0;
    return left < requested ? [{ variantId, requested, available: left }] : [];
  });
  if (short.length) {
    throw new AppError('insufficient_stock', 'That store does not have the whole bag to ship', {
      fields: { [FIELD]: ['Not enough stock at this store'] },
      details: { lines: short },
    });
  }
}
