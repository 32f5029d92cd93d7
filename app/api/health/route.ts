import { opsContract } from '@/lib/http/contract';
import { sql } from 'drizzle-orm';
import { getDbHandle } from '@/lib/db';
import { route } from '@/lib/http/route';

/** Opens the database itself rather than taking the context's: it reports which kind it is. */
export const GET = route(opsContract.health, async () => {
  const handle = await getDbHandle();
  await handle.db.execute(sql`SELECT 1`);
  return { status: 'ok', database: handle.kind };
});
