import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openReadyDb, type DbHandle } from '@/lib/db';

export type TestDb = DbHandle & { label: string; databaseName?: string; drop: () => Promise<void> };

/**
 * A database of this test's own: in-memory PGlite by default; with DATABASE_URL set,
 * a fresh database on that PostgreSQL server, dropped afterwards.
 */
export async function createTestDb(opts: { seed?: boolean } = {}): Promise<TestDb> {
  const seed = opts.seed ?? true;
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const handle = await openReadyDb({ kind: 'pglite' }, { seed });
    return { ...handle, label: 'pglite', drop: () => handle.close() };
  }
  const name = `aisle_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openReadyDb({ kind: 'postgres', url: url.toString() }, { seed });
  return {
    ...handle,
    label: 'postgres',
    databaseName: name,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A throwaway folder for an on-disk PGlite, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-pglite-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
