import { dbTarget, readEnv } from '@/lib/env';
import { openDb } from '../open-db';

/** `npm run db:migrate`: apply pending migrations (the server also does this on start). */
const handle = await openDb(dbTarget(readEnv()));
try {
  await handle.migrate();
  console.info(`Migrated ${handle.kind}.`);
} finally {
  await handle.close();
}
