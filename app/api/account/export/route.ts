import { accountContract } from '@/lib/auth/contract';
import { route } from '@/lib/http/route';
import { exportAccountData } from '@/lib/privacy/export-data';

/** "Download my data": a JSON file of the profile, orders (in-store ones included) and cart. */
export const GET = route(accountContract.exportData, async ({ db, now, caller }) => {
  const data = await exportAccountData(db, caller.user.id, now);
  return Response.json(data, {
    headers: {
      'content-disposition': `attachment; filename="aisle-data-${now.toISOString().slice(0, 10)}.json"`,
    },
  });
});
