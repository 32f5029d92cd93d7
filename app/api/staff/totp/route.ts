import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { startTotpEnrolment } from '@/lib/staff/enrol';

export const POST = route(staffContract.totpStart, async ({ db, caller }) => startTotpEnrolment(db, caller.staff));
