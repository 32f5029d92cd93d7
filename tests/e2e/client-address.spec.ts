import { expect, test } from '@playwright/test';

/**
 * The production server as `npm start` runs it, with no proxy in front: per-address limits key
 * on the socket's address, so a client that writes a new X-Forwarded-For each time is still
 * one client. (Order look-ups: this spec spends 127.0.0.1's whole budget, so playwright.config.ts runs it
 * after every journey, some of which use a look-up or two.)
 */
test('rotating X-Forwarded-For does not escape the per-address limit', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    // A new address, e-mail and number each time: only the per-address limit can trip.
    const res = await request.get('/api/orders/lookup', {
      params: { number: `AI-261201-X${String(i).padStart(4, '0')}`, email: `rotate-${i}@example.com` },
      headers: {
        'x-forwarded-for': `198.51.${i}.${i + 1}`,
        'x-real-ip': `192.0.2.${i}`,
        forwarded: `for=192.0.2.${i}`,
      },
    });
    statuses.push(res.status());
  }
  // The journeys before this spec used a few of the address's 30 look-ups (the Korean miss): the
  // misses run until the budget is spent, then every rotation is refused. Were the headers
  // believed, each request would have a budget of its own and all 31 would be misses.
  const firstRefusal = statuses.indexOf(429);
  expect(firstRefusal, statuses.join(',')).toBeGreaterThan(20);
  expect(statuses.slice(0, firstRefusal).every((s) => s === 404)).toBe(true);
  expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
});
