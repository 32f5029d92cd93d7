import { NextRequest } from 'next/server';
import { authActionOf } from '@/lib/auth/auth-action';
import { guardCallbackUrl } from '@/lib/auth/callback-guard';
import { withLiveSession } from '@/lib/auth/live-session';
import { handlers } from '@/lib/auth/next-auth';
import { FORM_TYPE, readSignInForm } from '@/lib/auth/sign-in-form';
import { phoneCredentials } from '@/lib/auth/credentials';
import { limitSignIn } from '@/lib/auth/sign-in-limits';
import { knownPhoneCookie } from '@/lib/phone/requester';
import type { Env } from '@/lib/env';
import { sessionCookieName } from '@/lib/auth/cookies';
import { getDb } from '@/lib/db';
import { readBodyText } from '@/lib/http/read-body';
import { openRequestContext } from '@/lib/http/request-context';
import { toErrorResponse } from '@/lib/http/route';

const handleGet = withLiveSession(getDb, handlers.GET);

export async function GET(request: NextRequest) {
  let guarded: NextRequest;
  try {
    guarded = guardCallbackUrl(request);
  } catch (error) {
    return toErrorResponse(error);
  }
  return handleGet(guarded);
}

const handlePost = withLiveSession(getDb, handlers.POST);

/**
 * The body is read once, no further than 64 KB like every other body. A credentials callback's
 * form is counted (and refused with 429) before next-auth handles it, and next-auth is handed
 * that same form, re-serialised, so it cannot read other credentials than those counted.
 */
export async function POST(request: NextRequest) {
  let forwarded: NextRequest;
  let limited: Response | null = null;
  // A phone sign-in, to mark the browser as the phone's owner once next-auth has let it in.
  let phoneSignIn: { phone: string; env: Env } | undefined;
  try {
    request = guardCallbackUrl(request);
    const text = await readBodyText(request);
    const target = authActionOf(request.url);
    if (target?.action === 'callback') {
      const form = readSignInForm(request.headers.get('content-type'), text);
      const headers = new Headers(request.headers);
      headers.set('content-type', FORM_TYPE);
      headers.delete('content-length');
      forwarded = new NextRequest(request.url, { method: 'POST', headers, body: form.toString() });
      const context = await openRequestContext(request, { db: true });
      limited = await limitSignIn(context, { provider: target.providerId, form });
      const phone = target.providerId === 'phone' ? phoneCredentials(Object.fromEntries(form))?.phone : undefined;
      if (phone) phoneSignIn = { phone, env: context.env };
    } else {
      forwarded = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text });
    }
  } catch (error) {
    // Not a single-valued form (415, 422), too large (413), or the database out of reach (503): JSON like every other answer.
    return toErrorResponse(error);
  }
  if (limited) return limited;
  const answer = await handlePost(forwarded);
  return phoneSignIn ? markKnownPhone(answer, phoneSignIn) : answer;
}

/** After a phone sign-in, the browser is marked as the phone's owner (lib/phone/requester.ts). */
function markKnownPhone(answer: Response, { phone, env }: { phone: string; env: Env }): Response {
  const session = `${sessionCookieName(env)}=`;
  const signedIn = answer.headers.getSetCookie().some((c) => c.startsWith(session) && !/Max-Age=0/i.test(c));
  if (!signedIn) return answer;
  const headers = new Headers(answer.headers);
  headers.append('set-cookie', knownPhoneCookie(phone, env));
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}
