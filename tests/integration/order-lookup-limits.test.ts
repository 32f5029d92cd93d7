import { beforeAll, describe, expect, it } from 'vitest';
import { ORDER_LOOKUP_LIMITS } from '@/lib/orders/read-order';
import { api } from '../support/api';
import { guestCartWith, pickStoreVariant, pickupCheckout, setStock } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let placed: { number: string; email: string };
let seq = 0;

beforeAll(async () => {
  const item = await pickStoreVariant(db.db, 3);
  await setStock(db.db, item.locationId, item.variantId, 10);
  const { token } = await guestCartWith(db.db, item, 1);
  const email = 'lookup-owner@example.com';
  const res = await api
    .guest({ 'aisle-cart': token })
    .post<{ order: { number: string } }>(
      '/api/checkout',
      { ...pickupCheckout, contact: { ...pickupCheckout.contact, email } },
      { idempotencyKey: 'lookup-1' },
    );
  expect(res.status).toBe(201);
  placed = { number: res.body.order.number, email };
});

/** Every look-up from a new address, as a client rotating its X-Forwarded-For would come. */
const lookUp = (number: string, email: string) =>
  api.get(`/api/orders/lookup?${new URLSearchParams({ number, email })}`, {
    from: `10.77.${Math.floor(seq / 250)}.${seq++ % 250}`,
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
