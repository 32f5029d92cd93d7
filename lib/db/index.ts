import 'server-only';
import { dbTarget, readEnv } from '@/lib/env';
import { openDb, type Db, type DbHandle } from './client';
import { seedIfEmpty } from './seed/seed';

export type { Db } from './client';

const KEY = Symbol.for('aisle.db');
type Holder = { [KEY]?: Promise<DbHandle> };

async function start(): Promise<DbHandle> {
  const env = readEnv();
  const handle = await openDb(dbTarget(env));
  await handle.migrate();
  if (env.AISLE_SEED === '1') await seedIfEmpty(handle.db);
  return handle;
}

/**
 * The app's database, opened, migrated and (when empty) seeded on first use.
 * Kept on globalThis because Next bundles route handlers and pages separately and
 * PGlite must have exactly one owner of its data directory per process.
 */
export function getDbHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = start();
    // A failed start (database unreachable) is retried on the next request.
    holder[KEY].catch(() => {
      delete holder[KEY];
    });
  }
  return holder[KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
