import { route } from '@/lib/http/route';
import { staffContract } from '@/lib/staff/contract';
import { confirmTotpEnrolment } from '@/lib/staff/enrol';

export const POST = route(staffContract.totpConfirm, async ({ db, now, body, caller }) =>
  confirmTotpEnrolment(db, caller.staff, body.code, now),
);
