import 'server-only';
import type { NextRequest } from 'next/server';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { CACHE } from '@/lib/http/route';
import { getSessionUserById } from './accounts';
import { clearSessionCookie } from './cookies';

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * next-auth's `GET /api/auth/session` trusts the token alone. A token whose server session was
 * revoked (signed out elsewhere, rotated, account deleted) answers `null` here, as every other
 * handler already treats it, and the stale cookie is cleared.
 */
export function withLiveSession(getDb: () => Promise<Db>, handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request);
    if (!new URL(request.url).pathname.endsWith('/api/auth/session') || !response.ok) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { sid?: unknown } | null;
    if (typeof body?.sid !== 'string') return response;
    if (await getSessionUserById(await getDb(), body.sid, new Date())) return response;
    return Response.json(null, {
      headers: { 'cache-control': CACHE.private, 'set-cookie': clearSessionCookie(readEnv()) },
    });
  };
}
