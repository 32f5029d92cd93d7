import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openReadyDb, provideDb, type Db, type DbHandle } from '@/lib/db';

type Opened = DbHandle & { label: 'pglite' | 'postgres'; databaseName?: string; drop: () => Promise<void> };

/** What the suite runs on: PostgreSQL when DATABASE_URL is set, else in-memory PGlite. */
export const DB_LABEL = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** The test database of a file (or a describe block), open from its beforeAll to its afterAll. */
export type TestDb = { readonly db: Db; readonly label: 'pglite' | 'postgres'; readonly databaseName?: string };

/**
 * A database of this file's own, made before its tests and dropped after them: in-memory PGlite
 * by default; with DATABASE_URL set, a fresh database on that PostgreSQL server. It is the app's
 * database for the route handlers too (`provide: false` leaves the app's alone), seeded unless
 * `seed: false`. Call it at the top of the file, or of a describe block, before other hooks.
 */
export function useTestDb(options: { seed?: boolean; provide?: boolean } = {}): TestDb {
  let opened: Opened | undefined;
  beforeAll(async () => {
    opened = await openTestDb(options.seed ?? true);
    if (options.provide ?? true) provideDb(opened);
  });
  afterAll(async () => {
    if (options.provide ?? true) provideDb(undefined);
    await opened?.drop();
  });
  const current = () => {
    if (!opened) throw new Error('The test database opens in beforeAll: use it inside hooks and tests');
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get label() {
      return current().label;
    },
    get databaseName() {
      return current().databaseName;
    },
  };
}

async function openTestDb(seed: boolean): Promise<Opened> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // From the run's dump when there is one (tests/support/test-db-templates.ts).
    const snapshots = inject('pgliteSnapshots');
    const snapshot = snapshots ? new Blob([readFileSync(seed ? snapshots.seeded : snapshots.migrated)]) : undefined;
    const handle = await openReadyDb({ kind: 'pglite', snapshot }, { seed });
    return { ...handle, label: 'pglite', drop: () => handle.close() };
  }
  const name = `aisle_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // From the run's template when there is one (tests/support/test-db-templates.ts).
  const templates = inject('postgresTemplates');
  const template = templates ? (seed ? templates.seeded : templates.migrated) : undefined;
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
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
