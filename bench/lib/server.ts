import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export type Server = { url: string; coldStartSeconds: number; stop: () => Promise<void> };

/**
 * `next start` on an empty data folder (or a fresh PostgreSQL database), timed from spawn to
 * the first 200 on `/`: migrations and the seed included.
 */
export async function startServer(opts: { port: number; databaseUrl?: string }): Promise<Server> {
  const dataDir = `.data/bench-${opts.port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const started = performance.now();
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(opts.port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AISLE_DATA_DIR: dataDir,
      AISLE_BENCH: '1',
      AUTH_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
      POS_WEBHOOK_SECRET: 'bench-only-pos-secret-0123',
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DATABASE_URL: '' }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${opts.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (performance.now() - started > 180_000) throw new Error('The server did not answer within 3 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  const coldStartSeconds = (performance.now() - started) / 1000;
  return {
    url,
    coldStartSeconds,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
