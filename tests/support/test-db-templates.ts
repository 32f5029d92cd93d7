import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openReadyDb } from '@/lib/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Files holding dumps of a migrated PGlite, without and with the demo seed. */
    pgliteSnapshots: { migrated: string; seeded: string } | null;
    /** Names of PostgreSQL template databases, migrated without and with the demo seed. */
    postgresTemplates: { migrated: string; seeded: string } | null;
  }
}

/**
 * Global setup of the integration suite: migrating and seeding an empty database takes ~6 s, and
 * some sixty files each open their own. On PGlite a file loads a dump (~1 s); on PostgreSQL it is
 * created from a template database (a file copy). Both are made once per run from the migrations
 * and seed of this tree, so they cannot go stale, and dropped at the end of the run.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    project.provide('pgliteSnapshots', null);
    return makePostgresTemplates(project, adminUrl);
  }
  project.provide('postgresTemplates', null);
  const dir = mkdtempSync(path.join(tmpdir(), 'aisle-pglite-snapshots-'));
  const files = { migrated: path.join(dir, 'migrated.tar'), seeded: path.join(dir, 'seeded.tar') };
  for (const [name, seed] of [
    ['migrated', false],
    ['seeded', true],
  ] as const) {
    const handle = await openReadyDb({ kind: 'pglite' }, { seed });
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    writeFileSync(files[name], Buffer.from(await dump.arrayBuffer()));
    await handle.close();
  }
  project.provide('pgliteSnapshots', files);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function makePostgresTemplates(project: TestProject, adminUrl: string) {
  const stem = `aisle_tpl_${Date.now()}_${Math.random().toString(16).slice(2, 10)}`;
  const names = { migrated: `${stem}_migrated`, seeded: `${stem}_seeded` };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const [name, seed] of [
      [names.migrated, false],
      [names.seeded, true],
    ] as const) {
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const handle = await openReadyDb({ kind: 'postgres', url: url.toString() }, { seed });
      await handle.close();
    }
  } finally {
    await admin.end();
  }
  project.provide('postgresTemplates', names);
  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    for (const name of Object.values(names)) await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
}
