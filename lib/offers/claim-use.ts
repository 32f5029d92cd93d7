import 'server-only';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { offerRedemptions } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';

/** Takes one use of the offer, or fails: the total limit, then this customer's own. */
export async function claimOfferUse(
  tx: Db,
  rule: { id: string; title: string; perCustomerLimit: number | null },
  key: string | null,
): Promise<void> {
  const taken = rowsOf(
    await tx.execute(sql`
      UPDATE offers SET redeemed_count = redeemed_count + 1
      WHERE id = ${rule.id} AND (usage_limit IS NULL OR redeemed_count < usage_limit)
      RETURNING id`),
  );
  if (taken.length === 0) throw offerGone(rule.title, 'used_up');
  if (rule.perCustomerLimit !== null && key) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`offer:${rule.id}:${key}`}))`);
    const [uses] = await tx
      .select({ n: count() })
      .from(offerRedemptions)
      .where(and(eq(offerRedemptions.offerId, rule.id), eq(offerRedemptions.customerKey, key)));
    if (Number(uses?.n ?? 0) >= rule.perCustomerLimit) throw offerGone(rule.title, 'customer_limit');
  }
}

function offerGone(title: string, why: 'used_up' | 'customer_limit'): AppError {
  return new AppError('offers_changed', `The offer "${title}" is no longer available`, undefined, undefined, {
    offer: { title, why },
  });
}
