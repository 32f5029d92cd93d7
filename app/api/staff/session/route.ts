import { route } from '@/lib/http/route';
import { recordStaffAction } from '@/lib/staff/audit';
import { clearStaffCookie, staffCookie } from '@/lib/staff/cookie';
import { staffContract } from '@/lib/staff/contract';
import { inTransaction } from '@/lib/db/in-transaction';
import { revokeStaffSession } from '@/lib/staff/sessions';
import { signInStaff } from '@/lib/staff/sign-in';

export const POST = route(staffContract.signIn, async (ctx) => {
  const { token, staff } = await signInStaff(ctx, ctx.body);
  return Response.json({ staff }, { headers: { 'set-cookie': staffCookie(ctx.env, token) } });
});

export const GET = route(staffContract.me, async ({ caller }) => {
  const { sessionId: _session, ...staff } = caller.staff;
  return { staff };
});

export const DELETE = route(staffContract.signOut, async ({ db, now, env, caller }) => {
  await inTransaction(db, async (tx) => {
    await revokeStaffSession(tx, caller.staff.sessionId, now);
    await recordStaffAction(tx, caller.staff, { action: 'staff.signed_out', target: caller.staff.email, at: now });
  });
  return Response.json({ status: 'signed_out' }, { headers: { 'set-cookie': clearStaffCookie(env) } });
});
