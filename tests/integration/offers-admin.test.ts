import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { offerRedemptions, offers } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';
import { stableId } from '@/lib/ids';
import {
  createOffer,
  endOffer,
  getAdminOffer,
  listAdminOffers,
  updateOffer,
  type OfferChange,
} from '@/lib/offers/admin';
import { offerInputSchema, type OfferInput } from '@/lib/offers/admin-schema';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb();
const SEONGSU = stableId('str', 'seongsu');
const now = new Date('2026-12-02T03:00:00Z');

const nearSeongsu: OfferInput = {
  market: 'KR',
  title: 'Seongsu lunch: ₩5,000 off',
  description: 'Within 900 m of Aisle Seongsu, ₩5,000 off ₩50,000 or more.',
  code: null,
  discount: { type: 'fixed', amount: { amount: 5000, currency: 'KRW' } },
  startsAt: '2026-12-01T00:00:00Z',
  endsAt: '2027-01-01T00:00:00+09:00',
  channels: 'online',
  audience: 'returning',
  minSubtotal: { amount: 50_000, currency: 'KRW' },
  categoryIds: [stableId('cat', 'outerwear')],
  usageLimit: 100,
  perCustomerLimit: 2,
  target: { kind: 'store', storeId: SEONGSU, radiusMeters: 900 },
  listed: false,
};

/** The audit the route would write, kept here so each test can see what a write recorded. */
function recorder() {
  const changes: OfferChange[] = [];
  return { changes, record: async (_tx: unknown, change: OfferChange) => void changes.push(change) };
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};
const offerCount = async () => Number((await db.db.select({ n: count() }).from(offers))[0]!.n);

describe(`offers console domain (${DB_LABEL})`, () => {
  it('creates an offer with every field, stored as the engine reads it, and records it', async () => {
    const { changes, record } = recorder();
    const made = await createOffer(db.db, now, offerInputSchema.parse(nearSeongsu), record);
    expect(made).toMatchObject({
      ...nearSeongsu,
      startsAt: '2026-12-01T00:00:00.000Z',
      endsAt: '2026-12-31T15:00:00.000Z',
      status: 'active',
    });
    expect(made.usage).toEqual({ redemptions: 0, online: 0, store: 0, discounted: { amount: 0, currency: 'KRW' } });
    const [row] = await db.db.select().from(offers).where(eq(offers.id, made.id));
    expect(row).toMatchObject({
      discountType: 'fixed',
      discountValue: 5000,
      currency: 'KRW',
      minSubtotal: 50_000,
      targetKind: 'store',
      targetStoreId: SEONGSU,
      targetRadiusMeters: 900,
      targetRegion: null,
      redeemedCount: 0,
    });
    expect(changes).toEqual([
      expect.objectContaining({ action: 'offer.created', offerId: made.id, before: null, after: expect.any(Object) }),
    ]);
  });

  it('refuses what the schema cannot know, by field, and writes nothing', async () => {
    const before = await offerCount();
    const { changes, record } = recorder();
    const bad = offerInputSchema.parse({
      ...nearSeongsu,
      code: 'welcome10',
      target: { kind: 'store', storeId: 'str_nowhere', radiusMeters: 500 },
      categoryIds: ['cat_nowhere'],
    });
    const error = await refusal(createOffer(db.db, now, bad, record));
    expect(error.code).toBe('invalid_request');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['categoryIds', 'code', 'target.storeId']);
    expect(await offerCount()).toBe(before);
    expect(changes).toEqual([]);
  });

  it('checks fields and their rules together: dates, currencies, limits, percent and region shapes', () => {
    const issues = (input: unknown) =>
      offerInputSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(issues({ ...nearSeongsu, endsAt: '2026-11-30T00:00:00Z' })).toEqual(['endsAt']);
    expect(issues({ ...nearSeongsu, minSubtotal: { amount: 1, currency: 'JPY' } })).toEqual(['minSubtotal.currency']);
    expect(issues({ ...nearSeongsu, perCustomerLimit: 101 })).toEqual(['perCustomerLimit']);
    expect(issues({ ...nearSeongsu, discount: { type: 'percent', percent: 101 } })).toEqual(['discount.percent']);
    expect(issues({ ...nearSeongsu, target: { kind: 'region', region: 'Busan' } })).toEqual(['target.region']);
    expect(issues({ ...nearSeongsu, target: { kind: 'store', storeId: SEONGSU, radiusMeters: 0 } })).toEqual([
      'target.radiusMeters',
    ]);
    expect(issues({ ...nearSeongsu, code: 'no spaces' })).toEqual(['code']);
    expect(issues({ ...nearSeongsu, startsAt: 'tomorrow' })).toEqual(['startsAt']);
    expect(issues({ ...nearSeongsu, extra: 1 })).toEqual(['']);
    expect(offerInputSchema.parse({ ...nearSeongsu, code: ' lunch-5k ' }).code).toBe('LUNCH-5K');
  });

  it('edits by patch, checked whole; records before and after; an edit that changes nothing records nothing', async () => {
    const made = await createOffer(
      db.db,
      now,
      offerInputSchema.parse({ ...nearSeongsu, code: 'EDITME' }),
      async () => {},
    );
    const { changes, record } = recorder();
    const edited = await updateOffer(db.db, now, made.id, { target: { kind: 'region', region: 'KR-26' } }, record);
    expect(edited.target).toEqual({ kind: 'region', region: 'KR-26' });
    const [row] = await db.db.select().from(offers).where(eq(offers.id, made.id));
    expect(row).toMatchObject({
      targetKind: 'region',
      targetRegion: 'KR-26',
      targetStoreId: null,
      targetRadiusMeters: null,
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before?.target).toEqual(nearSeongsu.target);
    expect(changes[0]!.after.target).toEqual({ kind: 'region', region: 'KR-26' });

    await updateOffer(db.db, now, made.id, { title: nearSeongsu.title }, record);
    expect(changes).toHaveLength(1);

    const wrong = await refusal(updateOffer(db.db, now, made.id, { endsAt: '2020-01-01T00:00:00Z' }, record));
    expect(wrong.fields).toHaveProperty('endsAt');
    const taken = await refusal(updateOffer(db.db, now, made.id, { code: 'AISLE20K' }, record));
    expect(taken.fields).toHaveProperty('code');
    expect((await refusal(updateOffer(db.db, now, 'off_missing', { title: 'x' }, record))).code).toBe('not_found');
  });

  it('will not set a usage limit below the uses made', async () => {
    const made = await createOffer(
      db.db,
      now,
      offerInputSchema.parse({ ...nearSeongsu, code: 'USED2' }),
      async () => {},
    );
    await db.db.update(offers).set({ redeemedCount: 2 }).where(eq(offers.id, made.id));
    const error = await refusal(
      updateOffer(db.db, now, made.id, { usageLimit: 1, perCustomerLimit: 1 }, async () => {}),
    );
    expect(error.fields?.usageLimit?.[0]).toMatch(/2/);
  });

  it('ends an offer now, once; a scheduled offer ended early is ended', async () => {
    const scheduled = await createOffer(
      db.db,
      now,
      offerInputSchema.parse({ ...nearSeongsu, startsAt: '2026-12-20T00:00:00Z' }),
      async () => {},
    );
    expect(scheduled.status).toBe('scheduled');
    const { changes, record } = recorder();
    const ended = await endOffer(db.db, now, scheduled.id, record);
    expect(ended).toMatchObject({ status: 'ended', endsAt: now.toISOString() });
    expect(await endOffer(db.db, new Date(now.getTime() + 60_000), scheduled.id, record)).toMatchObject({
      endsAt: now.toISOString(),
    });
    expect(changes.map((c) => c.action)).toEqual(['offer.ended']);
  });

  it('lists every offer with its uses by channel and what they took off', async () => {
    const welcome = stableId('off', 'welcome');
    const at = new Date('2026-11-01');
    await db.db.insert(offerRedemptions).values([
      { id: 'red_a', offerId: welcome, channel: 'online', amount: 3900, customerKey: 'email:a@x', createdAt: at },
      {
        id: 'red_b',
        offerId: welcome,
        channel: 'store',
        storeId: SEONGSU,
        externalId: 's1',
        amount: 4500,
        createdAt: at,
      },
    ]);
    const list = await listAdminOffers(db.db, now);
    expect(list.find((o) => o.id === welcome)?.usage).toEqual({
      redemptions: 2,
      online: 1,
      store: 1,
      discounted: { amount: 8400, currency: 'KRW' },
    });
    expect(list.find((o) => o.code === 'AISLE20K')?.status).toBe('active');
    expect((await getAdminOffer(db.db, welcome, now)).usage.redemptions).toBe(2);
  });
});
