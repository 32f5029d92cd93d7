import { describe, expect, it, vi } from 'vitest';
import { revokeAllAuthSessions } from '@/lib/auth/accounts';
import { withLiveSession } from '@/lib/auth/live-session';
import { deleteAccount } from '@/lib/privacy/delete-account';
import { makeUser } from '../support/accounts';
import { api, cookiesSetBy } from '../support/api';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb({ seed: false });

type SessionBody = { user?: { email?: string } } | null;

/** Signs in through next-auth's own routes, as the sign-in form does; returns the browser's cookies. */
async function signIn(email: string, origin = 'http://aisle.test'): Promise<string> {
  return (await signInCookies(email, origin)).map((c) => c.split(';')[0]!).join('; ');
}

/** The Set-Cookie lines of a sign-in (the CSRF step's and the callback's), attributes included. */
async function signInCookies(email: string, origin: string): Promise<string[]> {
  const csrf = await api.get<{ csrfToken: string }>(`${origin}/api/auth/csrf`);
  const signedIn = await api.post(
    `${origin}/api/auth/callback/password`,
    new URLSearchParams({ email, password: 'correct horse battery', csrfToken: csrf.body.csrfToken }),
    { headers: { 'x-auth-return-redirect': '1', cookie: cookiesSetBy(csrf) } },
  );
  return [...csrf.headers.getSetCookie(), ...signedIn.headers.getSetCookie()].filter((c) => !/^[^=]+=;/.test(c));
}

const readSession = (cookie: string) => api.get<SessionBody>('/api/auth/session', { headers: { cookie } });

/** next-auth's session update, as `useSession().update()` sends it: JSON with the CSRF token. */
async function updateSession(cookie: string, path = '/api/auth/session') {
  const csrf = await api.get<{ csrfToken: string }>('/api/auth/csrf', { headers: { cookie } });
  const csrfCookie = cookiesSetBy(csrf);
  return api.post<SessionBody>(
    path,
    { csrfToken: csrf.body.csrfToken, data: {} },
    { headers: { cookie: [cookie, csrfCookie].filter(Boolean).join('; ') } },
  );
}

/** The session cookie a response sets with a value (a fresh token), if any. */
const freshSessionCookie = (response: { headers: Headers }) =>
  response.headers.getSetCookie().find((c) => /^aisle\.session=[^;]/.test(c));

describe(`sessions (${DB_LABEL})`, () => {
  it('a session revoked on the server reads as signed out at /api/auth/session too, and its cookie is cleared', async () => {
    const user = await makeUser(db.db, 'revoked@example.com');
    const cookie = await signIn(user.email!);
    expect(cookie).toContain('aisle.session=');

    const live = await readSession(cookie);
    expect(live.body?.user?.email).toBe(user.email);

    await revokeAllAuthSessions(db.db, user.id, new Date());
    const revoked = await readSession(cookie);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toBeNull();
    expect(revoked.headers.get('cache-control')).toBe('private, no-store');
    expect(revoked.headers.getSetCookie().some((c) => /^aisle\.session=;.*Max-Age=0/.test(c))).toBe(true);
  });

  it('a session update (POST /api/auth/session) by a revoked or deleted account answers signed out and never re-issues the cookie', async () => {
    const live = await makeUser(db.db, 'update-live@example.com');
    const liveCookie = await signIn(live.email!);
    const updated = await updateSession(liveCookie);
    expect(updated.status).toBe(200);
    expect(updated.body?.user?.email).toBe(live.email);
    expect(freshSessionCookie(updated)).toBeTruthy();

    const revoked = await makeUser(db.db, 'update-revoked@example.com');
    const revokedCookie = await signIn(revoked.email!);
    await revokeAllAuthSessions(db.db, revoked.id, new Date());
    const deleted = await makeUser(db.db, 'update-deleted@example.com');
    const deletedCookie = await signIn(deleted.email!);
    await deleteAccount(db.db, deleted.id);

    for (const [cookie, path] of [
      [revokedCookie, '/api/auth/session'],
      [deletedCookie, '/api/auth/session'],
      // next-auth ignores empty path segments; so does the check.
      [revokedCookie, '/api/auth//session/'],
    ] as const) {
      const answer = await updateSession(cookie, path);
      expect(answer.status, path).toBe(200);
      expect(answer.body).toBeNull();
      expect(freshSessionCookie(answer)).toBeUndefined();
      expect(answer.headers.getSetCookie().some((c) => /^aisle\.session=;.*Max-Age=0/.test(c))).toBe(true);
    }
  });

  it('with the database out of reach the session endpoint answers 503 JSON, not the unchecked session', async () => {
    const down = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    };
    const session = async () => Response.json({ user: { name: 'Mina' }, sid: 'some-sid' });
    const answer = await withLiveSession(down, session)(new Request('http://aisle.test/api/auth/session') as never);
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('service_unavailable');
  });

  it('over HTTPS in production the session cookie is __Host-, Secure, HttpOnly and SameSite=Lax', async () => {
    const user = await makeUser(db.db, 'https@example.com');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AISLE_PUBLIC_URL', 'https://shop.aisle.test');
    vi.stubEnv('AUTH_SECRET', 'integration-only-secret-0123456789abcdef');
    vi.stubEnv('POS_WEBHOOK_SECRET', 'integration-only-pos-secret');
    try {
      const cookies = await signInCookies(user.email!, 'https://shop.aisle.test');
      const session = cookies.find((c) => c.startsWith('__Host-aisle.session='));
      expect(session, cookies.join('\n')).toBeTruthy();
      const attrs = session!.split(/;\s*/).map((a) => a.toLowerCase());
      expect(attrs).toEqual(expect.arrayContaining(['path=/', 'httponly', 'samesite=lax', 'secure']));
      expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
      // No cookie of the sign-in goes out without Secure over HTTPS.
      expect(cookies.filter((c) => !/;\s*Secure/i.test(c))).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a sign-in body over 64 KB is refused with 413 JSON before it is read to the end', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`email=a%40example.com&password=${'x'.repeat(16 * 1024)}`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 640) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await api.post('/api/auth/callback/password', undefined, {
      raw: endless,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(413);
    expect(response.body.error?.code).toBe('payload_too_large');
    expect(pulled).toBeLessThan(10);
  });
});
