import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openReadyDb } from '@/lib/db';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Files holding dumps of a migrated PGlite, without and with the demo seed. */
    pgliteSnapshots: { migrated: string; seeded: string } | null;
  }
}

/**
 * Global setup of the integration suite on PGlite: migrating and seeding an empty database takes
 * ~6 s, loading a dump of one ~1 s, and some sixty files each open their own. The dumps are made
 * once per run from the migrations and seed of this tree, so they cannot go stale.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteSnapshots', null);
    return;
  }
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
