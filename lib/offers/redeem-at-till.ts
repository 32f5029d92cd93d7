import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { offerRedemptions, offers, stores } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { claimOfferUse } from './claim-use';
import { evaluateOffer } from './engine';
import { loadStorePlaces, toRule } from './repository';
import type { PosRedeemBody } from './schema';

export type TillRedemption = {
  id: string;
  offerId: string;
  code: string;
  title: string;
  storeId: string;
  externalId: string;
  discount: { amount: number; currency: string };
};

/**
 * A till redeems an offer code for a sale: checked for that store (its place and region), the
 * in-store channel, the dates and the subtotal the till says the offer covers; recorded once per
 * (offer, store, externalId), so a retried request answers the same and one code is honoured
 * once across web and till. Limits are taken as online, under the same conditional update.
 */
export async function redeemAtTill(
  db: Db,
  body: PosRedeemBody,
  now: Date,
): Promise<{ redemption: TillRedemption; created: boolean }> {
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const [row] = await db.select().from(offers).where(eq(offers.code, body.code));
  if (!row)
    throw new AppError('offer_code_unknown', `There is no offer with code ${body.code}`, { code: ['Unknown code'] });
  const [store] = await db.select({ id: stores.id }).from(stores).where(eq(stores.id, body.storeId));
  if (!store) throw new AppError('invalid_request', 'No such store', { storeId: ['No such store'] });
  const rule = toRule(row);
  const answer = (r: typeof offerRedemptions.$inferSelect): TillRedemption => ({
    id: r.id,
    offerId: rule.id,
    code: body.code,
    title: rule.title,
    storeId: body.storeId,
    externalId: body.externalId,
    discount: { amount: r.amount, currency: rule.currency },
  });
  const existing = async () => {
    const [r] = await db
      .select()
      .from(offerRedemptions)
      .where(
        and(
          eq(offerRedemptions.offerId, rule.id),
          eq(offerRedemptions.storeId, body.storeId),
          eq(offerRedemptions.externalId, body.externalId),
        ),
      );
    if (r && r.requestHash !== requestHash) {
      throw new AppError('external_id_conflict', 'This externalId already redeemed the code with other content');
    }
    return r;
  };
  const before = await existing();
  if (before) return { redemption: answer(before), created: false };

  const verdict = evaluateOffer(
    // The till sends the subtotal the offer covers, so categories are its business.
    { ...rule, categoryIds: null },
    { now, channel: 'store', place: { storeId: body.storeId }, stores: await loadStorePlaces(db), priorOrders: null },
    { lines: [{ categoryId: '', amount: body.subtotal }] },
  );
  if (!verdict.applies) {
    throw new AppError(
      'offer_not_applicable',
      `Code ${body.code} does not apply here (${verdict.why})`,
      undefined,
      undefined,
      {
        why: verdict.why,
      },
    );
  }
  const created = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const inserted = await tx
      .insert(offerRedemptions)
      .values({
        id: newId('red'),
        offerId: rule.id,
        channel: 'store',
        storeId: body.storeId,
        externalId: body.externalId,
        amount: verdict.discount,
        requestHash,
        createdAt: now,
      })
      // A concurrent repeat of the same sale waits here for the first, then inserts nothing.
      .onConflictDoNothing({
        target: [offerRedemptions.offerId, offerRedemptions.storeId, offerRedemptions.externalId],
      })
      .returning();
    if (inserted.length === 0) return null;
    await claimOfferUse(tx, rule, null).catch((error: unknown) => {
      // The last use went to someone else a moment ago.
      throw error instanceof AppError
        ? new AppError('offer_not_applicable', `Code ${body.code} has been used up`, undefined, undefined, {
            why: 'used_up',
          })
        : error;
    });
    return inserted[0]!;
  });
  if (created) return { redemption: answer(created), created: true };
  const after = await existing();
  if (!after) throw new Error('A concurrent redemption vanished');
  return { redemption: answer(after), created: false };
}
