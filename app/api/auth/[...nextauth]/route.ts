import { NextRequest } from 'next/server';
import { withLiveSession } from '@/lib/auth/live-session';
import { handlers } from '@/lib/auth/next-auth';
import { limitSignIn } from '@/lib/auth/sign-in-limits';
import { getDb } from '@/lib/db';
import { readBodyText } from '@/lib/http/read-body';
import { toErrorResponse } from '@/lib/http/route';

export const GET = withLiveSession(getDb, handlers.GET);

/**
 * Sign-in attempts are counted (and refused with 429) before next-auth handles them. The form is
 * read once, no further than 64 KB like every other body, and handed on.
 */
export async function POST(request: NextRequest) {
  let read: NextRequest;
  let limited: Response | null;
  try {
    const body = await readBodyText(request);
    read = new NextRequest(request.url, { method: 'POST', headers: request.headers, body });
    limited = await limitSignIn(await getDb(), read, new Date());
  } catch (error) {
    // Too large (413), or the database out of reach (503): JSON like every other answer.
    return toErrorResponse(error);
  }
  return limited ?? handlers.POST(read);
}
