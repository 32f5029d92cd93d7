import 'server-only';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';
import { offerRedemptions } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import type { OfferRule } from './engine';

/**
 * Takes one use of the offer, or fails: the total limit, then this customer's own, counted over
 * every key the customer is known by (at the till: their phone and the account that verified
 * it). The conditional update locks the offer's row until commit, so the count that follows
 * sees every earlier use of it. Answers whether this use was the offer's last: the caller then
 * moves the catalog epoch on (bumpCartViewEpoch), once its claims are all made, so bags stop
 * showing it (a use count is not catalog: migration 0028).
 */
export async function claimOfferUse(
  tx: Db,
  rule: Pick<OfferRule, 'id' | 'title' | 'perCustomerLimit' | 'audience'>,
  keys: string[],
): Promise<{ usedUp: boolean }> {
  const taken = rowsOf(
    z.object({ id: z.string(), used_up: z.boolean() }),
    await tx.execute(sql`
      UPDATE offers SET redeemed_count = redeemed_count + 1
      WHERE id = ${rule.id} AND (usage_limit IS NULL OR redeemed_count < usage_limit)
      RETURNING id, (usage_limit IS NOT NULL AND redeemed_count >= usage_limit) AS used_up`),
  );
  if (taken.length === 0) throw offerGone(rule.title, 'used_up');
  const usedUp = taken[0]!.used_up;
  // A first order happens once, whatever per-customer limit the offer was given.
  const limit = rule.audience === 'first_order' ? Math.min(rule.perCustomerLimit ?? 1, 1) : rule.perCustomerLimit;
  if (limit === null || keys.length === 0) return { usedUp };
  for (const key of [...keys].sort()) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`offer:${rule.id}:${key}`}))`);
  }
  const [uses] = await tx
    .select({ n: count() })
    .from(offerRedemptions)
    .where(and(eq(offerRedemptions.offerId, rule.id), inArray(offerRedemptions.customerKey, keys)));
  if (Number(uses?.n ?? 0) >= limit) throw offerGone(rule.title, 'customer_limit');
  return { usedUp };
}

function offerGone(title: string, why: 'used_up' | 'customer_limit'): AppError {
  return new AppError('offers_changed', `The offer "${title}" is no longer available`, {
    details: {
      offer: { title, why },
    },
  });
}
