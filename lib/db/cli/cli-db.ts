import { dbTarget, readEnv } from '@/lib/env';
import type { Db } from '../open-db';
import { DataDirInUseError } from '../data-dir-owner';
import { openDb } from '../open-db';

/**
 * A command-line tool's database: the one the app uses (PostgreSQL when DATABASE_URL is set,
 * else PGlite's folder), migrated. On PGlite a running storefront owns the folder: then the tool
 * says so in one line and exits 1, touching nothing. Closed when `work` ends, however it ends.
 */
export async function withCliDb<T>(work: (db: Db, kind: 'pglite' | 'postgres') => Promise<T>): Promise<T> {
  let handle;
  try {
    handle = await openDb(dbTarget(readEnv()));
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  try {
    await handle.migrate();
    return await work(handle.db, handle.kind);
  } finally {
    await handle.close();
  }
}
