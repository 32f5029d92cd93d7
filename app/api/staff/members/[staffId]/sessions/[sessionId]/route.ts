import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { revokeSession } from '@/lib/staff/team';

export const DELETE = route(staffContract.revokeSession, async ({ db, now, params, caller }) => {
  await revokeSession(db, caller.staff, params.staffId, params.sessionId, now);
  return { status: 'revoked' as const };
});
