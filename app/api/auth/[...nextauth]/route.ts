import { NextRequest } from 'next/server';
import { authActionOf } from '@/lib/auth/auth-action';
import { withLiveSession } from '@/lib/auth/live-session';
import { handlers } from '@/lib/auth/next-auth';
import { FORM_TYPE, readSignInForm } from '@/lib/auth/sign-in-form';
import { limitSignIn } from '@/lib/auth/sign-in-limits';
import { getDb } from '@/lib/db';
import { readBodyText } from '@/lib/http/read-body';
import { openRequestContext } from '@/lib/http/request-context';
import { toErrorResponse } from '@/lib/http/route';

export const GET = withLiveSession(getDb, handlers.GET);

const handlePost = withLiveSession(getDb, handlers.POST);

/**
 * The body is read once, no further than 64 KB like every other body. A credentials callback's
 * form is counted (and refused with 429) before next-auth handles it, and next-auth is handed
 * that same form, re-serialised, so it cannot read other credentials than those counted.
 */
export async function POST(request: NextRequest) {
  let forwarded: NextRequest;
  let limited: Response | null = null;
  try {
    const text = await readBodyText(request);
    const target = authActionOf(request.url);
    if (target?.action === 'callback') {
      const form = readSignInForm(request.headers.get('content-type'), text);
      const headers = new Headers(request.headers);
      headers.set('content-type', FORM_TYPE);
      headers.delete('content-length');
      forwarded = new NextRequest(request.url, { method: 'POST', headers, body: form.toString() });
      limited = await limitSignIn(await openRequestContext(request, { db: true }), {
        provider: target.providerId,
        form,
      });
    } else {
      forwarded = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text });
    }
  } catch (error) {
    // Not a single-valued form (415, 422), too large (413), or the database out of reach (503): JSON like every other answer.
    return toErrorResponse(error);
  }
  return limited ?? handlePost(forwarded);
}
