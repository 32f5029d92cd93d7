import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { offerRedemptions, offers, stores } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { toE164 } from '@/lib/phone/normalize';
import { storeMarket } from '@/lib/stores/store-market';
import { claimOfferUse } from './claim-use';
import { bumpCartViewEpoch } from '@/lib/db/epoch-cache';
import { evaluateOffer, type NotApplicable } from './engine';
import { loadStorePlaces, toRule } from './repository';
import type { PosRedeemBody } from './schema';
import { tillCustomer } from './till-customer';

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
 * in-store channel, the dates, the subtotal the till says the offer covers and the audience (by
 * the customer's phone). One code per sale, as online: the sale's redemption is read and
 * written under a lock on (store, externalId), so a retried request answers the same, a second
 * code is a 409, and two codes sent at once cannot both land. Limits are taken as online.
 */
export async function redeemAtTill(
  db: Db,
  body: PosRedeemBody,
  now: Date,
): Promise<{ redemption: TillRedemption; created: boolean }> {
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const [row] = await db.select().from(offers).where(eq(offers.code, body.code));
  if (!row)
    throw new AppError('offer_code_unknown', `There is no offer with code ${body.code}`, {
      fields: { code: ['Unknown code'] },
    });
  const [store] = await db
    .select({ id: stores.id, country: stores.country })
    .from(stores)
    .where(eq(stores.id, body.storeId));
  if (!store) throw new AppError('invalid_request', 'No such store', { fields: { storeId: ['No such store'] } });
  const market = storeMarket(store.country);
  if (row.market !== market.code) {
    throw new AppError('offer_code_other_market', `Code ${body.code} is not valid in this store's market`, {
      fields: { code: [`Not valid in ${market.code}: the offer is for ${row.market}`] },
      details: { market: market.code, offerMarket: row.market },
    });
  }
  const phone = body.phone === undefined ? null : toE164(body.phone, market.phoneRegion);
  if (body.phone !== undefined && !phone) {
    throw new AppError('invalid_request', 'Enter a valid phone number', {
      fields: { phone: ['Enter a valid phone number'] },
    });
  }
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
  const sale = { storeId: body.storeId, externalId: body.externalId };

  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`till-sale:${sale.storeId}:${sale.externalId}`}))`);
    const [taken] = await tx
      .select()
      .from(offerRedemptions)
      .where(and(eq(offerRedemptions.storeId, sale.storeId), eq(offerRedemptions.externalId, sale.externalId)));
    if (taken && taken.offerId !== rule.id) {
      throw new AppError('sale_has_offer_code', 'This sale already took another offer code: one code per sale');
    }
    if (taken && taken.requestHash !== requestHash) {
      throw new AppError('external_id_conflict', 'This externalId already redeemed the code with other content');
    }
    if (taken) return { redemption: answer(taken), created: false };

    const customer = phone ? await tillCustomer(tx, phone, sale) : null;
    const verdict = evaluateOffer(
      // The till sends the subtotal the offer covers, so categories are its business.
      { ...rule, categoryIds: null },
      {
        market: market.code,
        now,
        channel: 'store',
        place: { storeId: body.storeId },
        stores: await loadStorePlaces(tx),
        priorOrders: customer?.priorOrders ?? null,
      },
      { lines: [{ categoryId: '', amount: body.subtotal }] },
    );
    if (!verdict.applies) throw notApplicable(body.code, verdict.why, phone !== null);
    const { usedUp } = await claimOfferUse(tx, rule, customer?.keys ?? []).catch((error: unknown) => {
      // The last use went to someone else a moment ago, or this customer has had theirs.
      const why = error instanceof AppError ? (error.details?.offer as { why?: NotApplicable })?.why : undefined;
      throw why ? notApplicable(body.code, why, true) : error;
    });
    // The offer's last use: bags stop showing it.
    if (usedUp) await bumpCartViewEpoch(tx);
    const [inserted] = await tx
      .insert(offerRedemptions)
      .values({
        id: newId('red'),
        offerId: rule.id,
        channel: 'store',
        storeId: sale.storeId,
        externalId: sale.externalId,
        customerKey: customer?.keys[0] ?? null,
        amount: verdict.discount,
        requestHash,
        createdAt: now,
      })
      .returning();
    return { redemption: answer(inserted!), created: true };
  });
}

function notApplicable(code: string, why: NotApplicable, phoneGiven: boolean): AppError {
  const message =
    why === 'audience' && !phoneGiven
      ? `Code ${code} depends on the customer's earlier orders: send their phone`
      : why === 'used_up'
        ? `Code ${code} has been used up`
        : `Code ${code} does not apply here (${why})`;
  return new AppError('offer_not_applicable', message, { details: { why } });
}
