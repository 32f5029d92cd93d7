import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';

/** The PostgreSQL the fault and load tests use; they skip when it does not answer. */
export const ADMIN_URL = process.env.CI_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const OWN_POS_SECRET = 'e2e-only-pos-secret-0123456789';

/**
 * A production server of the test's own, beside the suite's shared one, as `npm start` runs it.
 * The server process itself, not npm, so that a signal (SIGKILL included) reaches the process that holds the data;
 * in a process group of its own, so `stopServer` takes any children with it.
 */
export function startServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['server/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
      POS_WEBHOOK_SECRET: OWN_POS_SECRET,
      // Crash and load runs place many orders from one address; its daily unpaid budget is not under test.
      AISLE_HOLD_UNITS_PER_ADDRESS: '1000000',
      ...env,
    },
    stdio: process.env.OWN_SERVER_LOG ? ['ignore', 'inherit', 'inherit'] : 'ignore',
    detached: true,
  });
}

export { freePort } from '../../support/free-port';

export function stopServer(server: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}

export async function waitExit(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  await new Promise<void>((resolve) => server.once('exit', () => resolve()));
}

/** Polls until `check` holds (a failed check counts as not yet). */
export async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for the server's health check to answer 200 (migrations and seed included). */
export const waitHealthy = (base: string, ms = 120_000) =>
  until(async () => (await fetch(`${base}/api/health`)).status === 200, ms);

/**
 * A fresh PostgreSQL database for `run`, dropped afterwards; null (nothing run) when no server
 * answers at ADMIN_URL.
 */
export async function withFreshPostgres<T>(prefix: string, run: (url: URL) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  const reachable = await admin.connect().then(
    () => true,
    () => false,
  );
  if (!reachable) return null;
  const name = `${prefix}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await run(url);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}
