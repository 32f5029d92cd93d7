import { route } from '@/lib/http/route';
import { requestLocale } from '@/lib/i18n/request-locale';
import { staffContract } from '@/lib/staff/contract';
import { inviteMember, listMembers } from '@/lib/staff/team';

export const GET = route(staffContract.listMembers, async ({ db, caller }) => ({
  members: await listMembers(db, caller.staff),
}));

export const POST = route(staffContract.invite, async ({ db, now, env, body, caller, request }) => {
  const invited = await inviteMember(db, caller.staff, body, { now, env, locale: requestLocale(request.headers) });
  return Response.json(invited, { status: 201 });
});
