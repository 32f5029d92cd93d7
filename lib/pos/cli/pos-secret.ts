import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { withCliDb } from '@/lib/db/cli/cli-db';
import type { Db } from '@/lib/db';
import { authSecret, readEnv } from '@/lib/env';
import { revokePreviousStoreSecret, rotateStoreSecret, UnknownStoreError } from '../store-secrets';

const USAGE = 'Usage: pos:secret -- --store CODE [--revoke-previous]';

/**
 * `npm run pos:secret -- --store CODE`: a new till secret for the store, printed alone on the
 * last line (shown this once). The one it replaces keeps verifying for 24 h, so the store's tills
 * can be moved over; `--revoke-previous` ends that overlap now (after a leak, or once every till
 * has the new one). Answers the exit code; `run(argv, withDb)` is what a test calls.
 */
export async function run(
  argv: string[],
  withDb: <T>(work: (db: Db) => Promise<T>) => Promise<T> = withCliDb,
  now = new Date(),
): Promise<number> {
  let values: { store?: string; 'revoke-previous'?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { store: { type: 'string' }, 'revoke-previous': { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const code = values.store?.trim();
  if (!code) {
    console.error(`Name the store with --store CODE\n${USAGE}`);
    return 2;
  }
  try {
    if (values['revoke-previous']) {
      const ended = await withDb((db) => revokePreviousStoreSecret(db, code, now));
      console.info(
        ended
          ? `The previous till secret of ${code} no longer verifies; only the newest does.`
          : `${code} had no previous till secret still verifying.`,
      );
      return 0;
    }
    const made = await withDb((db) => rotateStoreSecret(db, code, { now, authSecret: authSecret(readEnv()) }));
    console.info(
      made.previousUntil
        ? `New till secret for ${code}. The previous one still verifies until ${made.previousUntil.toISOString()} (end it now with --revoke-previous). Shown this once:`
        : `Till secret for ${code}. Shown this once:`,
    );
    console.info(made.secret);
    return 0;
  } catch (error) {
    if (error instanceof UnknownStoreError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

// Run as a command (not when a test imports run()).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await run(process.argv.slice(2));
}
