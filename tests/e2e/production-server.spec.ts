import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort, startServer, stopServer, waitExit, waitHealthy } from './support/own-server';

// The production build as `npm start` serves it, in servers of the tests' own: neither needs the shared one.

test('a production build has none of the benchmark pages or routes, even with AISLE_BENCH=1', async ({ page }) => {
  // A server of its own migrates and seeds an in-memory database before it answers.
  test.slow();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, { AISLE_DATA_DIR: 'memory://', AISLE_BENCH: '1' });
  try {
    await waitHealthy(base);
    for (const path of ['/bench-floor', '/bench-shell'])
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(404);
    const ping = await fetch(`${base}/api/bench/ping`);
    expect(ping.status).toBe(404);
    expect((await ping.json()).error.code).toBe('not_found');
    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.includes('bench'))).toEqual([]);
  } finally {
    stopServer(server);
    await waitExit(server);
  }
});

/** `npm start` with `env` over a valid production environment: how it ended, and what it said on stderr. */
async function startWith(env: Record<string, string | undefined>) {
  const child = spawn('npm', ['start', '--', '-p', String(await freePort()), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AISLE_DATA_DIR: 'memory://',
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
      POS_WEBHOOK_SECRET: 'e2e-only-pos-secret-0123456789',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 10_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code === null) stopServer(child, 'SIGKILL');
  return { code, seconds: (Date.now() - started) / 1000, lines: stderr.split('\n').filter((l) => l.trim() !== '') };
}

for (const [name, env, variable] of [
  ['a POS secret shorter than 16 characters', { POS_WEBHOOK_SECRET: 'too-short' }, 'POS_WEBHOOK_SECRET'],
  ['no AUTH_SECRET in production', { AUTH_SECRET: undefined }, 'AUTH_SECRET'],
] as const) {
  test(`npm start refuses to start with ${name}: exits non-zero within 10 s, one line naming ${variable}`, async () => {
    const { code, lines } = await startWith(env);
    expect(code, 'still running after 10 s').not.toBeNull();
    expect(code).not.toBe(0);
    expect(lines.filter((l) => l.includes(variable))).toHaveLength(1);
    // A configuration error, not a crash: no stack trace.
    expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
  });
}
