import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { exportAccountData } from '@/lib/privacy/export-data';

/** "Download my data": a JSON file of the profile, orders (in-store ones included) and cart. */
export const GET = route({}, async () => {
  const db = await getDb();
  const user = await getSessionUser(db);
  if (!user) throw new AppError('unauthorized', 'Sign in to download your data');
  const now = new Date();
  const data = await exportAccountData(db, user.id, now);
  return Response.json(data, {
    headers: {
      'content-disposition': `attachment; filename="aisle-data-${now.toISOString().slice(0, 10)}.json"`,
    },
  });
});
