import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as checkoutRoute } from '@/app/api/checkout/route';
import { GET as lookupRoute } from '@/app/api/orders/lookup/route';
import { provideDb } from '@/lib/db';
import { ORDER_LOOKUP_LIMITS } from '@/lib/orders/read-order';
import { acting } from '../support/acting-user';
import { callRoute } from '../support/call-route';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { createTestDb, type TestDb } from '../support/test-db';

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => acting.user, rotateSession: async () => {} }));

let db: TestDb;
let placed: { number: string; email: string };
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  provideDb(db);
  acting.user = null;
  const item = await pickStoreVariant(db.db, 3);
  await setStock(db.db, item.locationId, item.variantId, 10);
  const { token } = await guestCartWith(db.db, item, 1);
  const email = 'lookup-owner@example.com';
  const res = await callRoute<{ order: { number: string } }>(checkoutRoute, '/api/checkout', {
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `aisle-cart=${token}`, 'idempotency-key': 'lookup-1' },
      body: JSON.stringify({ ...pickupCheckout, contact: { ...pickupCheckout.contact, email } }),
    },
  });
  expect(res.status).toBe(201);
  placed = { number: res.body.order.number, email };
});
afterAll(async () => {
  provideDb(undefined);
  await db.drop();
});

/** Every look-up from a new address, as a client rotating its X-Forwarded-For would come. */
const lookUp = (number: string, email: string) =>
  callRoute<{ error?: { code: string } }>(lookupRoute, `/api/orders/lookup?${new URLSearchParams({ number, email })}`, {
    init: { headers: { 'x-forwarded-for': `10.77.${Math.floor(seq / 250)}.${seq++ % 250}` } },
  });

describe('guest order look-up', () => {
  it('finds the order by its number and e-mail', async () => {
    expect((await lookUp(placed.number, placed.email)).status).toBe(200);
  });

  it('takes a limited number of guesses at the orders of one e-mail, whatever the address', async () => {
    const email = 'guessed@example.com';
    const answers = [];
    for (let i = 0; i <= ORDER_LOOKUP_LIMITS.perEmail; i++)
      answers.push((await lookUp(`AI-261201-${10000 + i}`, email)).status);
    expect(answers.slice(0, -1).every((s) => s === 404)).toBe(true);
    const refused = await lookUp('AI-261201-99999', email);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("takes a limited number of guesses at one order number's e-mail; then even the right one waits", async () => {
    const answers = [];
    for (let i = 1; i < ORDER_LOOKUP_LIMITS.perNumber; i++)
      answers.push((await lookUp(placed.number, `guess-${i}@example.com`)).status);
    expect(answers.every((s) => s === 404)).toBe(true);
    expect((await lookUp(placed.number, 'guess-last@example.com')).status).toBe(429);
    // Refused, not answered: past the limit an answer would tell a right guess from a wrong one.
    expect((await lookUp(placed.number, placed.email)).status).toBe(429);
  });
});
