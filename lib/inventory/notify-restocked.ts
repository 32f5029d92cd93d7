import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { LOCALES } from '@/lib/i18n/translate';
import { availableSql } from './available-sql';
import { enqueueMessages } from '@/lib/notifications/outbox';
import { backInStockMessage } from '@/lib/notifications/back-in-stock-message';

const answered = z.object({
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  locale: z.enum(LOCALES),
  title: z.string(),
  handle: z.string(),
  size: z.string().nullable(),
  color: z.string().nullable(),
  store_name: z.string(),
});

/**
 * Answers every open "tell me when it is back" request for these variants at this location whose
 * stock is now available, in the caller's transaction: each request is marked and its message
 * queued together, once. Call it from every write that can raise a location's available stock.
 *
 * Two restocks at once: each first changed the stock row, so the second waits on that row lock
 * and then finds the requests already answered (the UPDATE re-checks `notified_at IS NULL`).
 */
export async function notifyRestocked(tx: Db, locationId: string, variantIds: string[], now: Date): Promise<number> {
  if (variantIds.length === 0) return 0;
  const rows = rowsOf(
    answered,
    await tx.execute(sql`
      UPDATE back_in_stock_requests r SET notified_at = ${now}
      FROM stock_levels s, variants v, products p, inventory_locations l, stores st
      WHERE r.location_id = ${locationId} AND r.variant_id = ANY(${sql.param(variantIds)}::text[])
        AND r.notified_at IS NULL
        AND s.location_id = r.location_id AND s.variant_id = r.variant_id AND ${availableSql('s', 'l')} > 0
        AND v.id = r.variant_id AND p.id = v.product_id AND l.id = r.location_id AND st.id = l.store_id
      RETURNING r.channel, r."to", r.locale, p.handle, v.size, v.color,
        -- The product and the store as the shopper's language names them, else the base text.
        COALESCE((SELECT t.title FROM product_translations t WHERE t.product_id = p.id AND t.locale = r.locale), p.title) AS title,
        COALESCE(st.translations -> r.locale ->> 'name', st.name) AS store_name`),
  );
  await enqueueMessages(
    tx,
    rows.map((r) =>
      backInStockMessage({
        channel: r.channel,
        to: r.to,
        locale: r.locale,
        title: r.title,
        handle: r.handle,
        options: [r.color, r.size].filter((o): o is string => Boolean(o)),
        storeName: r.store_name,
      }),
    ),
    now,
  );
  return rows.length;
}
