import type { NextRequest } from 'next/server';
import { withLiveSession } from '@/lib/auth/live-session';
import { handlers } from '@/lib/auth/next-auth';
import { limitSignIn } from '@/lib/auth/sign-in-limits';
import { getDb } from '@/lib/db';

export const GET = withLiveSession(getDb, handlers.GET);

/** Sign-in attempts are counted (and refused with 429) before next-auth handles them. */
export async function POST(request: NextRequest) {
  const limited = await limitSignIn(await getDb(), request, new Date());
  return limited ?? handlers.POST(request);
}
