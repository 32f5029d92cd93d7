import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { listSessions } from '@/lib/staff/team';

export const GET = route(staffContract.listSessions, async ({ db, now, params, caller }) => ({
  sessions: await listSessions(db, caller.staff, params.staffId, now),
}));
