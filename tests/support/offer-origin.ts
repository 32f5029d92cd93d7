import { expect } from 'vitest';
import type { Db } from '@/lib/db';
import { offers } from '@/lib/db/schema';
import { toOfferInput } from '@/lib/offers/admin-rows';
import type { OfferInput } from '@/lib/offers/admin-schema';
import { api } from './api';
import { fixedOffCode } from './checkout-fixtures';
import { staffWith, type TestStaff } from './staff';

/**
 * Where a test's offers come from: the seed (rows written straight into the table), or the staff
 * console (the same fields sent as an admin would). The offer tests run with both, so an offer made
 * in the console is shown, priced and redeemed exactly as a seeded one.
 */
export type OfferOrigin = 'seeded' | 'console';

/** Makes an offer in the console, as an admin would. */
export type ConsoleMaker = (input: OfferInput) => Promise<{ id: string }>;

/** An admin of this database, made once: the console's offers are posted as one. */
const admins = new WeakMap<Db, Promise<TestStaff>>();

/** POST /api/staff/offers as an admin, as the console's form sends it. */
const viaConsole =
  (db: Db): ConsoleMaker =>
  async (input) => {
    let admin = admins.get(db);
    if (!admin) admins.set(db, (admin = staffWith(db, { role: 'admin' })));
    const made = await api.staff(await admin).post<{ offer: { id: string } }>('/api/staff/offers', input);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    return made.body.offer;
  };

/**
 * In console mode: every seeded offer is taken out and made again through the console with the
 * same fields (a fresh id), before any test uses one.
 */
export async function remakeSeededOffers(db: Db, origin: OfferOrigin, make: ConsoleMaker = viaConsole(db)) {
  if (origin === 'seeded') return;
  const seeded = await db.select().from(offers);
  await db.delete(offers);
  for (const row of seeded) await make(toOfferInput(row));
  // The console stores exactly the seeded rows, but for their ids, when they were made, and the
  // Korean and Japanese texts: the console writes the English title and terms only (README).
  const same = ({ id: _id, createdAt: _at, translations: _texts, ...fields }: typeof offers.$inferSelect) => fields;
  const remade = await db.select().from(offers);
  expect(remade.map(same)).toEqual(expect.arrayContaining(seeded.map(same)));
  expect(remade).toHaveLength(seeded.length);
  expect(remade.some((r) => seeded.some((s) => s.id === r.id))).toBe(false);
}

/** `fixedOffCode` from either origin; the id the offer got. */
export async function fixedOffCodeFrom(
  db: Db,
  origin: OfferOrigin,
  offer: { id: string; code: string; title: string; usageLimit?: number },
  make: ConsoleMaker = viaConsole(db),
): Promise<string> {
  if (origin === 'seeded') {
    await fixedOffCode(db, offer);
    return offer.id;
  }
  const made = await make({
    market: 'KR',
    title: offer.title,
    description: 'Test code',
    code: offer.code,
    discount: { type: 'fixed', amount: { amount: 1000, currency: 'KRW' } },
    startsAt: new Date('2026-01-01').toISOString(),
    endsAt: null,
    channels: 'both',
    audience: 'everyone',
    minSubtotal: null,
    categoryIds: null,
    usageLimit: offer.usageLimit ?? null,
    perCustomerLimit: null,
    target: { kind: 'everywhere' },
    listed: true,
  });
  return made.id;
}
