import { dbTarget, readEnv } from '@/lib/env';
import { openDb } from '../open-db';
import { sweepExpired } from '../sweep-expired';

/** `npm run jobs:sweep`: the hourly housekeeping, once, for cron or by hand. */
const handle = await openDb(dbTarget(readEnv()));
try {
  const swept = await sweepExpired(handle.db, new Date());
  console.info(`Swept ${JSON.stringify(swept)}`);
} finally {
  await handle.close();
}
