import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { setStaffPassword } from '@/lib/staff/set-password';

export const POST = route(staffContract.setPassword, async ({ db, now, body }) => setStaffPassword(db, body, now));
