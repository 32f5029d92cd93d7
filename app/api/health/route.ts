import { sql } from 'drizzle-orm';
import { getDbHandle } from '@/lib/db';
import { route } from '@/lib/http/route';

export const GET = route({}, async () => {
  const handle = await getDbHandle();
  await handle.db.execute(sql`SELECT 1`);
  return { status: 'ok', database: handle.kind };
});
