import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_LIMIT_PER_EMAIL } from '@/lib/auth/sign-in-limits';
import { rowsOf, sqlNumber } from '@/lib/db/rows';
import { CHECKOUT_LIMIT_PER_CALLER } from '@/lib/orders/checkout-limits';
import { hitRateLimitIn, type RateLimitStore } from '@/lib/security/rate-limit';
import { api, cookiesSetBy } from '../support/api';
import { guestCartWith, pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { useTestDb } from '../support/test-db';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const db = useTestDb();
let redisA: Redis | null = null;
let redisB: Redis | null = null;
// Keys of this run only: Redis outlives test runs.
const run = randomBytes(6).toString('hex');

async function reachable(url: string): Promise<Redis | null> {
  const client = new Redis(url, { maxRetriesPerRequest: 0, connectTimeout: 1_000, lazyConnect: true });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch {
    client.disconnect();
    return null;
  }
}

beforeAll(async () => {
  redisA = await reachable(REDIS_URL);
  redisB = redisA ? await reachable(REDIS_URL) : null;
});
afterAll(async () => {
  if (redisA) {
    const keys = await redisA.keys(`aisle:rl:*${run}*`);
    if (keys.length) await redisA.del(...keys);
  }
  redisA?.disconnect();
  redisB?.disconnect();
  delete process.env.REDIS_URL;
});

describe('rate limits', () => {
  it('count in a window that every instance shares, in the database and in Redis', async () => {
    const stores: [string, RateLimitStore, RateLimitStore][] = [
      ['database', { kind: 'db', db: db.db }, { kind: 'db', db: db.db }],
    ];
    // Two Redis connections stand for two app instances.
    if (redisA && redisB) stores.push(['redis', { kind: 'redis', redis: redisA }, { kind: 'redis', redis: redisB }]);
    else console.warn(`[rate-limits] no Redis at ${REDIS_URL}: only the database store is tested`);
    for (const [name, one, two] of stores) {
      const now = new Date();
      const hit = { key: `test:${name}:${run}`, limit: 3, windowMs: 1_500, now };
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await hitRateLimitIn(i % 2 ? two : one, hit));
      expect(
        answers.map((a) => a.allowed),
        name,
      ).toEqual([true, true, true, false, false]);
      expect(answers[3]!.retryAfterSeconds, name).toBeGreaterThanOrEqual(1);
      expect(answers[3]!.retryAfterSeconds, name).toBeLessThanOrEqual(2);
      // Concurrent hits are counted exactly.
      const burst = { ...hit, key: `test:${name}:burst:${run}`, limit: 10 };
      const results = await Promise.all(Array.from({ length: 25 }, (_, i) => hitRateLimitIn(i % 2 ? two : one, burst)));
      expect(
        results.filter((r) => r.allowed),
        name,
      ).toHaveLength(10);
      // After the window, attempts are allowed again.
      await new Promise((r) => setTimeout(r, 1_600));
      const later = { ...hit, now: new Date() };
      expect((await hitRateLimitIn(one, later)).allowed, name).toBe(true);
    }
  });

  it('checkout: past the per-bag limit a 429 with Retry-After, and nothing placed', async () => {
    const item = await pickStoreVariant(db.db, 7);
    await setStock(db.db, item.locationId, item.variantId, 30);
    const { token } = await guestCartWith(db.db, item, 1);
    const tester = api.guest({ 'aisle-cart': token }).with({ from: `203.0.113.${run.length}` });
    const attempt = (i: number) =>
      tester.post(
        '/api/checkout',
        // A declined test card: the attempts card testers make.
        {
          contact: { email: 'tester@example.com' },
          payment: { method: 'test_card', cardNumber: '4000 0000 0000 0002' },
        },
        { idempotencyKey: `declined-${i}` },
      );
    for (let i = 0; i < CHECKOUT_LIMIT_PER_CALLER; i++) expect((await attempt(i)).status).not.toBe(429);
    const refused = await attempt(99);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // A retry with a key already used is not a new attempt: it gets its first answer, not 429.
    const retried = await attempt(0);
    expect(retried.status).toBe(402);
    expect(retried.body.error?.code).toBe('payment_declined');
  });

  it('sign-up and phone codes answer 429 with Retry-After past their limits', async () => {
    const address = `198.51.100.${Number.parseInt(run.slice(0, 2), 16) % 250}`;
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 25 && last !== 429; i++) {
      const res = await api.post(
        '/api/account/signup',
        { email: `u${i}-${run}@example.com`, password: 'correct horse battery', name: 'U' },
        // A new forged address in front each time: the proxy's entry (the last) is what counts.
        { from: `10.9.${i}.1, ${address}` },
      );
      last = res.status;
      retryAfter = res.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    let phoneStatus = 0;
    for (let i = 0; i < 30 && phoneStatus !== 429; i++) {
      const res = await api.post(
        '/api/account/phone/start',
        { phone: `010-5${String(i).padStart(3, '0')}-0000`, purpose: 'sign_in' },
        { from: address },
      );
      phoneStatus = res.status;
      if (phoneStatus === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(phoneStatus).toBe(429);
  });

  it("sign-in: past the per-e-mail limit a 429 with Retry-After, in a shape next-auth's client reads", async () => {
    const email = `target-${run}@example.com`;
    // Real attempts, as the sign-in form makes them: with next-auth's CSRF token and cookie.
    const csrf = await api.get<{ csrfToken: string }>('/api/auth/csrf');
    const { csrfToken } = csrf.body;
    const cookie = cookiesSetBy(csrf);
    const attempt = (i: number) =>
      api.post<{ url: string }>(
        '/api/auth/callback/password',
        new URLSearchParams({ email, password: `guess-${i}`, csrfToken }),
        { from: `192.0.2.${i}`, headers: { 'x-auth-return-redirect': '1', cookie } },
      );
    for (let i = 0; i < SIGN_IN_LIMIT_PER_EMAIL; i++) {
      const tried = await attempt(i);
      expect(tried.status).not.toBe(429);
      // Refused for the wrong password, not before it was checked.
      expect(new URL(tried.body.url).searchParams.get('error')).toBe('CredentialsSignin');
    }
    const refused = await attempt(99);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = refused.body;
    expect(body.error?.code).toBe('rate_limited');
    expect(new URL(body.url).searchParams.get('code')).toBe('rate_limited');
  });

  it('with REDIS_URL set, the counters live in Redis', async () => {
    if (!redisA) return console.warn('[rate-limits] no Redis: skipped');
    process.env.REDIS_URL = REDIS_URL;
    vi.resetModules();
    const { hitRateLimit } = await import('@/lib/security/rate-limit');
    const key = `test:shared:${run}`;
    await hitRateLimit(db.db, { key, limit: 5, windowMs: 60_000, now: new Date() });
    expect(await redisA.get(`aisle:rl:${key}`)).toBe('1');
    const rows = rowsOf(
      z.object({ n: sqlNumber }),
      await db.db.execute(sql`SELECT count(*)::int AS n FROM rate_limits WHERE key = ${key}`),
    );
    expect(rows[0]!.n).toBe(0);
  });
});
