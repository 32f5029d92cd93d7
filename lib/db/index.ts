import 'server-only';
import { dbTarget, readEnv } from '@/lib/env';
import { scatterCartViewEpoch } from './epoch-cache';
import { openDb, type DbHandle, type DbTarget } from './open-db';
import { seedIfEmpty } from './seed/seed';

export type { Db, DbHandle } from './open-db';

/** Opens a database, applies migrations and, when asked, seeds it if it is empty. */
export async function openReadyDb(target: DbTarget, opts: { seed: boolean }): Promise<DbHandle> {
  const handle = await openDb(target);
  try {
    await handle.migrate();
    await scatterCartViewEpoch(handle.db);
    if (opts.seed) await seedIfEmpty(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

const KEY = Symbol.for('aisle.db');
type Holder = { [KEY]?: Promise<DbHandle> };

/** How long a request waits for a start in progress (migrations, seed) before it answers 503. */
const START_WAIT_MS = 15_000;

/**
 * The app's database, opened, migrated and (when empty) seeded on first use.
 * Kept on globalThis because Next bundles route handlers and pages separately and
 * PGlite must have exactly one owner of its data directory per process.
 */
export function getDbHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = readEnv();
    holder[KEY] = openReadyDb(dbTarget(env), { seed: env.AISLE_SEED === '1' });
    // A failed start (database unreachable) is retried on the next request.
    holder[KEY].catch(() => {
      delete holder[KEY];
    });
  }
  return withinStartWait(holder[KEY]);
}

/** Starts seen to finish: the common case skips the timer. */
const started = new WeakSet<Promise<unknown>>();

/**
 * A long migration, or a database that stops answering in the middle of one, must not hold
 * every request: past the wait they fail as PostgreSQL's "the database system is starting up"
 * (57P03), a 503, while the start goes on.
 */
export function withinStartWait<T>(start: Promise<T>, waitMs = START_WAIT_MS): Promise<T> {
  if (started.has(start)) return start;
  start.then(
    () => started.add(start),
    () => undefined,
  );
  let timer: NodeJS.Timeout | undefined;
  const startingUp = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('The database is still starting'), { code: '57P03' })),
      waitMs,
    );
  });
  return Promise.race([start, startingUp]).finally(() => clearTimeout(timer));
}

export async function getDb() {
  return (await getDbHandle()).db;
}

/** Makes `handle` the app's database: for tests that call route handlers directly. */
export function provideDb(handle: DbHandle | undefined): void {
  const holder = globalThis as Holder;
  if (handle) holder[KEY] = Promise.resolve(handle);
  else delete holder[KEY];
}
