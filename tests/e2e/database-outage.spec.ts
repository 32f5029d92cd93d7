import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { DatabaseSwitch } from '../support/database-switch';
import { startServer, stopServer, until, withFreshPostgres } from './support/own-server';

// Beside the suite's own server, on a port of its own: E2E_PORT + 90 (3190 by default).
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 90;

test('with the database unreachable at start, cut, hung and cut mid-request: 503 JSON, a clear page, and recovery when it returns', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const ran = await withFreshPostgres('aisle_outage', (url) => outageAndRecovery(page, url));
  test.skip(ran === null, 'no PostgreSQL server answers');
});

async function outageAndRecovery(page: Page, url: URL): Promise<void> {
  const dbSwitch = await DatabaseSwitch.on({ host: url.hostname, port: Number(url.port || 5432) });
  const base = `http://127.0.0.1:${APP_PORT}`;
  let server: ChildProcess | null = null;
  try {
    // The database is down before the shop starts.
    server = startServer(APP_PORT, {
      DATABASE_URL: `postgres://${url.username}@127.0.0.1:${dbSwitch.port}${url.pathname}`,
    });
    await until(async () => (await fetch(`${base}/api/health`)).status > 0, 60_000);

    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    const products = await fetch(`${base}/api/products?limit=1`);
    expect(products.status).toBe(503);
    expect(Number(products.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await products.json()).error.code).toBe('service_unavailable');
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'The shop is briefly unavailable' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

    // It comes back: the shop migrates, seeds and serves without a restart.
    await dbSwitch.up();
    await until(async () => (await fetch(`${base}/api/health`)).status === 200, 90_000);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Layers for the cold months' })).toBeVisible();
    const product = await (await fetch(`${base}/api/products/heavy-canvas-tote`)).json();
    const availability = `${base}/api/availability?variantId=${product.variants[0].id}`;
    expect((await fetch(availability)).status).toBe(200);

    // Mid-run: every connection is cut and new ones are refused. Live reads answer 503, the
    // process stays up, and the next requests after the database returns succeed.
    await dbSwitch.down();
    const during = await fetch(availability);
    expect(during.status).toBe(503);
    expect((await during.json()).error.code).toBe('service_unavailable');
    expect(server.exitCode).toBeNull();
    // A page that needs live stock fails inside the shell (its categories are cached): it too
    // says the shop is briefly unavailable, not that something went wrong.
    await page.goto(`${base}/p/heavy-canvas-tote`);
    await expect(page.getByRole('heading', { level: 1, name: 'The shop is briefly unavailable' })).toBeVisible();
    await dbSwitch.up();
    await until(async () => (await fetch(availability)).status === 200, 30_000);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    // The database stops answering: connections are accepted and held, nothing flows. Reads
    // on pooled connections and writes in a transaction answer 503 within the driver's bounds
    // (connect 5 s, query 15 s): never a 500, never a hung request.
    expect((await fetch(availability)).status).toBe(200);
    dbSwitch.freeze();
    const asked = Date.now();
    const [hungRead, hungWrite] = await Promise.all([
      fetch(availability, { signal: AbortSignal.timeout(30_000) }),
      fetch(`${base}/api/cart/lines`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ variantId: product.variants[0].id, quantity: 1 }),
        signal: AbortSignal.timeout(30_000),
      }),
    ]);
    for (const answer of [hungRead, hungWrite]) {
      expect(answer.status).toBe(503);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await answer.json()).error.code).toBe('service_unavailable');
    }
    expect(Date.now() - asked).toBeLessThan(25_000);
    // It answers again: the shop recovers without a restart.
    dbSwitch.thaw();
    await until(async () => (await fetch(availability)).status === 200, 30_000);

    // A connection cut while a request is waiting on it: 503, then recovery.
    dbSwitch.freeze();
    const inFlight = fetch(availability, { signal: AbortSignal.timeout(30_000) });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await dbSwitch.down();
    const cut = await inFlight;
    expect(cut.status).toBe(503);
    expect((await cut.json()).error.code).toBe('service_unavailable');
    await dbSwitch.up();
    await until(async () => (await fetch(availability)).status === 200, 30_000);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(server.exitCode).toBeNull();
  } finally {
    stopServer(server);
    await dbSwitch.down();
  }
}
