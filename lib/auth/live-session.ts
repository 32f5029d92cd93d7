import 'server-only';
import type { NextRequest } from 'next/server';
import type { Db } from '@/lib/db';
import { readEnv } from '@/lib/env';
import { CACHE, toErrorResponse } from '@/lib/http/route';
import { getSessionUserById } from './accounts';
import { authActionOf } from './auth-action';
import { clearSessionCookie } from './cookies';

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * next-auth's session endpoint (`GET`, and `POST`, which re-signs the token and issues a fresh
 * 30-day cookie) trusts the token alone. A token whose server session was revoked (signed out
 * elsewhere, rotated, account deleted) answers `null` here, as every other handler already
 * treats it: next-auth's answer, new cookie included, is dropped and the stale cookie is cleared.
 */
export function withLiveSession(getDb: () => Promise<Db>, handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request);
    if (authActionOf(request.url)?.action !== 'session' || !response.ok) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { sid?: unknown } | null;
    if (body === null) return response;
    const sid = typeof body.sid === 'string' ? body.sid : null;
    try {
      if (sid && (await getSessionUserById(await getDb(), sid, new Date()))) return response;
    } catch (error) {
      // The database out of reach: 503 JSON, neither the session nor a signed-out answer.
      return toErrorResponse(error);
    }
    return Response.json(null, {
      headers: { 'cache-control': CACHE.private, 'set-cookie': clearSessionCookie(readEnv()) },
    });
  };
}
