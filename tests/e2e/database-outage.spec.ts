import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { startServer, stopServer, until, withFreshPostgres } from './support/own-server';

const APP_PORT = 3190;

/** A TCP switch in front of PostgreSQL: down, nothing listens (connection refused); up, it forwards. */
class DatabaseSwitch {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Stops listening and cuts every open connection, as a database crash or failover would. */
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

test('with the database unreachable at start and mid-run: 503 JSON, a clear page, and recovery when it returns', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ran = await withFreshPostgres('aisle_outage', (url) => outageAndRecovery(page, url));
  test.skip(ran === null, 'no PostgreSQL server answers');
});

async function outageAndRecovery(page: Page, url: URL): Promise<void> {
  const dbSwitch = new DatabaseSwitch(await freePort(), { host: url.hostname, port: Number(url.port || 5432) });
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
    await dbSwitch.up();
    await until(async () => (await fetch(availability)).status === 200, 30_000);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  } finally {
    stopServer(server);
    await dbSwitch.down();
  }
}
