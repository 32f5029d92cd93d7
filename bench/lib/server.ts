import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

export type Server = {
  url: string;
  coldStartSeconds: number;
  stop: () => Promise<void>;
  apiKey?: string;
  /** The process group of `npm start` and the server under it (what the sync benchmark measures). */
  pgid: number;
  /** The one-time set-password link of the associate asked for (`staffAssociate`). */
  staffLink?: string;
};

/**
 * `npm start` on an empty data folder (or a fresh PostgreSQL database), timed from spawn to
 * the first 200 on `/`: migrations and the seed included. In a process group of its own, so
 * stopping it (or giving up on it) takes npm's children with it.
 */
export async function startServer(opts: {
  port: number;
  databaseUrl?: string;
  /** Makes an integration key with these scopes first (keys:create; it migrates the database, so the cold start is shorter). */
  apiKeyScopes?: string;
  /** Settings of this server's own (a limit raised for one benchmark). */
  env?: Record<string, string>;
  /** Seeds first and makes an associate of this store (staff:create), for the console's pages; the cold start is then shorter. */
  staffAssociate?: { store: string; email: string };
}): Promise<Server> {
  const url = `http://127.0.0.1:${opts.port}`;
  // Another server on the port would answer for this one and be measured instead.
  if (
    await fetch(url).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${opts.port} is taken: stop what runs there`);
  const dataDir = `.data/bench-${opts.port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    AISLE_DATA_DIR: dataDir,
    // Serves the benchmark's build (server/build-dir.mjs), which has the floor pages and the ceiling route.
    AISLE_BENCH_BUILD: '1',
    AUTH_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
    POS_WEBHOOK_SECRET: 'bench-only-pos-secret-0123',
    // The checkout benchmark orders from one address all run long.
    AISLE_HOLD_UNITS_PER_ADDRESS: '1000000',
    AISLE_CHECKOUT_LIMIT_PER_ADDRESS: '1000000',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DATABASE_URL: '' }),
    ...opts.env,
  };
  // The CLIs run before the server owns the data folder, and answer their result on their last line.
  const cli = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', script, ...args], {
      env: { ...env, NODE_ENV: 'development' },
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1);
  const apiKey = opts.apiKeyScopes
    ? cli('lib/integrations/cli/keys.ts', 'create', '--name', 'bench', '--scopes', opts.apiKeyScopes)
    : undefined;
  let staffLink: string | undefined;
  if (opts.staffAssociate) {
    cli('lib/db/cli/seed.ts');
    const { store, email } = opts.staffAssociate;
    staffLink = cli('lib/staff/cli/staff-create.ts', '--email', email, '--role', 'associate', '--store', store);
  }
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '-p', String(opts.port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!killed) process.kill(-child.pid, 'SIGKILL');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 180_000) throw new Error('The server did not answer within 3 minutes');
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, coldStartSeconds: (performance.now() - started) / 1000, stop, apiKey, staffLink, pgid: child.pid! };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
