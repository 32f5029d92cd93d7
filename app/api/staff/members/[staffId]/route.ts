import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { removeMember } from '@/lib/staff/team';

export const DELETE = route(staffContract.removeMember, async ({ db, now, params, caller }) => {
  await removeMember(db, caller.staff, params.staffId, now);
  return { status: 'removed' as const };
});
