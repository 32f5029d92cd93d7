import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, sum } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { categories, offerRedemptions, offers, stores, type OfferRow } from '@/lib/db/schema';
import { inTransaction } from '@/lib/db/in-transaction';
import { AppError, notFoundError, type FieldErrors } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { storeMarket } from '@/lib/stores/store-market';
import { toAdminOffer, toOfferInput, toOfferValues, type OfferUsage } from './admin-rows';
import { offerInputSchema, type AdminOffer, type OfferInput, type OfferPatch } from './admin-schema';

/**
 * What a console write changed, handed to the caller's audit in the same transaction (the staff
 * audit log: who is the route's to say), so a write and its record commit or fail together.
 */
export type OfferChange = {
  action: 'offer.created' | 'offer.updated' | 'offer.ended';
  offerId: string;
  before: OfferInput | null;
  after: OfferInput;
};
export type RecordOfferChange = (tx: Db, change: OfferChange) => Promise<void>;

const noUsage = (currency: string): OfferUsage => ({
  redemptions: 0,
  online: 0,
  store: 0,
  discounted: { amount: 0, currency },
});

async function usageOf(
  db: Db,
  ids: string[] | null,
): Promise<Map<string, Omit<OfferUsage, 'discounted'> & { amount: number }>> {
  const rows = await db
    .select({
      offerId: offerRedemptions.offerId,
      channel: offerRedemptions.channel,
      n: count(),
      amount: sum(offerRedemptions.amount),
    })
    .from(offerRedemptions)
    .where(ids ? inArray(offerRedemptions.offerId, ids) : undefined)
    .groupBy(offerRedemptions.offerId, offerRedemptions.channel);
  const out = new Map<string, Omit<OfferUsage, 'discounted'> & { amount: number }>();
  for (const r of rows) {
    const u = out.get(r.offerId) ?? { redemptions: 0, online: 0, store: 0, amount: 0 };
    u[r.channel] += Number(r.n);
    u.redemptions += Number(r.n);
    u.amount += Number(r.amount ?? 0);
    out.set(r.offerId, u);
  }
  return out;
}

function withUsage(row: OfferRow, usage: Awaited<ReturnType<typeof usageOf>>, now: Date): AdminOffer {
  const u = usage.get(row.id);
  const { amount, ...counts } = u ?? { ...noUsage(row.currency), amount: 0 };
  return toAdminOffer(row, { ...counts, discounted: { amount, currency: row.currency } } as OfferUsage, now);
}

/** Every offer with its uses so far: newest first (a retailer runs dozens, not thousands). */
export async function listAdminOffers(db: Db, now: Date): Promise<AdminOffer[]> {
  const rows = await db.select().from(offers).orderBy(desc(offers.createdAt), asc(offers.id));
  const usage = await usageOf(db, null);
  return rows.map((r) => withUsage(r, usage, now));
}

export async function getAdminOffer(db: Db, id: string, now: Date): Promise<AdminOffer> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  if (!row) throw notFoundError('offer');
  return withUsage(row, await usageOf(db, [id]), now);
}

/**
 * What the schema cannot know: the store exists and sells in the offer's market, the categories
 * exist, the code is no other offer's, a usage limit is not below the uses already made (the
 * table would refuse it), and a used offer keeps its market (its uses are in that currency).
 */
async function referenceIssues(db: Db, input: OfferInput, current: OfferRow | null): Promise<FieldErrors> {
  const fields: FieldErrors = {};
  if (input.target.kind === 'store') {
    const [store] = await db
      .select({ id: stores.id, country: stores.country })
      .from(stores)
      .where(eq(stores.id, input.target.storeId));
    if (!store) fields['target.storeId'] = ['No such store'];
    else if (storeMarket(store.country).code !== input.market) {
      fields['target.storeId'] = [`Not a store of ${input.market}: choose one there, or the store's market`];
    }
  }
  if (current && current.market !== input.market && current.redeemedCount > 0) {
    fields.market = [`Already used in ${current.market}: make a new offer for ${input.market}`];
  }
  if (input.categoryIds) {
    const known = await db
      .select({ id: categories.id })
      .from(categories)
      .where(inArray(categories.id, input.categoryIds));
    if (known.length !== new Set(input.categoryIds).size) fields.categoryIds = ['No such category'];
  }
  if (input.code) {
    const taken = await db
      .select({ id: offers.id })
      .from(offers)
      .where(current ? and(eq(offers.code, input.code), ne(offers.id, current.id)) : eq(offers.code, input.code));
    if (taken.length > 0) fields.code = ['Another offer has this code'];
  }
  if (current && input.usageLimit !== null && input.usageLimit < current.redeemedCount) {
    fields.usageLimit = [`Already used ${current.redeemedCount} times`];
  }
  return fields;
}

async function assertReferences(db: Db, input: OfferInput, current: OfferRow | null) {
  const fields = await referenceIssues(db, input, current);
  if (Object.keys(fields).length > 0) {
    throw new AppError('invalid_request', 'The offer is not valid', { fields });
  }
}

export async function createOffer(
  db: Db,
  now: Date,
  input: OfferInput,
  record: RecordOfferChange,
): Promise<AdminOffer> {
  return inTransaction(db, async (tx) => {
    await assertReferences(tx, input, null);
    const [row] = await tx
      .insert(offers)
      .values({ id: newId('off'), ...toOfferValues(input), createdAt: now })
      .returning();
    await record(tx, { action: 'offer.created', offerId: row!.id, before: null, after: toOfferInput(row!) });
    return withUsage(row!, new Map(), now);
  });
}

/** Locks the row, so two edits of one offer apply one after the other and each audits what it saw. */
async function lockedOffer(tx: Db, id: string): Promise<OfferRow> {
  const [row] = await tx.select().from(offers).where(eq(offers.id, id)).for('update');
  if (!row) throw notFoundError('offer');
  return row;
}

async function writeChange(
  tx: Db,
  now: Date,
  current: OfferRow,
  next: OfferInput,
  action: OfferChange['action'],
  record: RecordOfferChange,
): Promise<AdminOffer> {
  const before = toOfferInput(current);
  const [row] = await tx.update(offers).set(toOfferValues(next)).where(eq(offers.id, current.id)).returning();
  const after = toOfferInput(row!);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await record(tx, { action, offerId: current.id, before, after });
  }
  return withUsage(row!, await usageOf(tx, [current.id]), now);
}

/** An edit: the patch over the stored offer, checked whole, as a new offer is. */
export async function updateOffer(
  db: Db,
  now: Date,
  id: string,
  patch: OfferPatch,
  record: RecordOfferChange,
): Promise<AdminOffer> {
  return inTransaction(db, async (tx) => {
    const current = await lockedOffer(tx, id);
    const parsed = offerInputSchema.safeParse({ ...toOfferInput(current), ...patch });
    if (!parsed.success) {
      const fields: FieldErrors = {};
      for (const issue of parsed.error.issues) (fields[issue.path.join('.') || '_'] ??= []).push(issue.message);
      throw new AppError('invalid_request', 'The offer is not valid', { fields });
    }
    await assertReferences(tx, parsed.data, current);
    return writeChange(tx, now, current, parsed.data, 'offer.updated', record);
  });
}

/** Ends the offer now (a scheduled one never starts); ending an ended offer changes nothing. */
export async function endOffer(db: Db, now: Date, id: string, record: RecordOfferChange): Promise<AdminOffer> {
  return inTransaction(db, async (tx) => {
    const current = await lockedOffer(tx, id);
    if (current.endsAt && current.endsAt <= now) return withUsage(current, await usageOf(tx, [id]), now);
    const next = { ...toOfferInput(current), endsAt: now.toISOString() };
    return writeChange(tx, now, current, next, 'offer.ended', record);
  });
}

/** For the form's pickers: every store (with where it is) and category. */
export async function offerFormChoices(db: Db) {
  const [storeRows, categoryRows] = await Promise.all([
    db
      .select({
        id: stores.id,
        name: stores.name,
        lat: stores.lat,
        lng: stores.lng,
        region: stores.region,
        country: stores.country,
      })
      .from(stores)
      .orderBy(asc(stores.name)),
    db
      .select({ id: categories.id, name: categories.name, slug: categories.slug })
      .from(categories)
      .orderBy(asc(categories.position)),
  ]);
  return {
    stores: storeRows.map(({ country, ...s }) => ({ ...s, market: storeMarket(country).code })),
    categories: categoryRows,
  };
}
