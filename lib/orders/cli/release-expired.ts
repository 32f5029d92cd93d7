import { openDb } from '@/lib/db/open-db';
import { dbTarget, readEnv } from '@/lib/env';
import { releaseExpiredPickups } from '../pickup-lifecycle';

/** `npm run jobs:release-expired`: the sweeper's work, once, for cron or by hand. */
const handle = await openDb(dbTarget(readEnv()));
try {
  const released = await releaseExpiredPickups(handle.db, new Date());
  console.info(`Released ${released} expired pickup(s).`);
} finally {
  await handle.close();
}
