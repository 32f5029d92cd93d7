import { dbTarget, readEnv } from '@/lib/env';
import { openDb } from '../open-db';
import { seed } from '../seed/seed';

/** `npm run db:seed`: migrate, then insert whatever of the demo retailer is missing. */
const handle = await openDb(dbTarget(readEnv()));
try {
  await handle.migrate();
  const counts = await seed(handle.db);
  console.info(`Seeded ${handle.kind}: ${counts.products} products, ${counts.stores} stores (existing rows kept).`);
} finally {
  await handle.close();
}
