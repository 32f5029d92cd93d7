import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { SessionUser } from '@/lib/auth/schema';
import { route } from '@/lib/http/route';
import { callRoute } from '../support/call-route';
import { testOperation } from '../support/test-operation';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => session.user }));
// The caller is looked up through the session (mocked); no query reaches this stand-in.
vi.mock('@/lib/db', () => ({ getDb: async () => ({}) }));

const mina: SessionUser = { id: 'usr_mina', email: 'mina@example.com', name: 'Mina', phone: null };
const ok = async () => ({ ok: true });
type Answer = { ok?: boolean; error?: { code: string; message: string } };

describe('the auth a route declares', () => {
  beforeEach(() => {
    session.user = null;
  });

  it("'user' refuses a guest with 401 and the route's own message, and admits a signed-in user", async () => {
    const handler = route(
      testOperation({ auth: 'user', signIn: 'Sign in to see your orders' }),
      async ({ caller }) => ({
        ok: caller.user.id === mina.id,
      }),
    );
    const refused = await callRoute<Answer>(handler, '/x');
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatchObject({ code: 'unauthorized', message: 'Sign in to see your orders' });
    session.user = mina;
    expect((await callRoute<Answer>(handler, '/x')).body).toEqual({ ok: true });
  });

  it("'shopper' admits a guest, with no user", async () => {
    const handler = route(testOperation({ auth: 'shopper' }), async ({ caller }) => ({ ok: caller.user === null }));
    expect((await callRoute<Answer>(handler, '/x')).body).toEqual({ ok: true });
  });

  it('a staff route refuses a guest and a signed-in shopper alike with 401: a shopper session is no staff session', async () => {
    const handler = route(testOperation({ auth: 'staff:associate' }), ok);
    expect((await callRoute<Answer>(handler, '/x')).status).toBe(401);
    session.user = mina;
    const refused = await callRoute<Answer>(handler, '/x');
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('unauthorized');
    const withKey = await callRoute<Answer>(handler, '/x', {
      init: { headers: { authorization: 'Bearer aisle_sk_x' } },
    });
    expect(withKey.body.error?.code).toBe('api_key_not_accepted');
  });

  it('an API-key route refuses a call without a key with 401, whoever is signed in (cookies are not keys)', async () => {
    session.user = mina;
    const answer = await callRoute<Answer>(route(testOperation({ auth: 'key:stock:write' }), ok), '/x');
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe('unauthorized');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('a shopper route refuses a Bearer key with 401 (keys never speak for shoppers), and ignores other schemes', async () => {
    const handler = route(testOperation({ auth: 'shopper' }), ok);
    const withKey = await callRoute<Answer>(handler, '/x', {
      init: { headers: { authorization: 'Bearer aisle_sk_x' } },
    });
    expect(withKey.status).toBe(401);
    expect(withKey.body.error?.code).toBe('api_key_not_accepted');
    // A staging site's Basic auth in front of the shop is not a key.
    const basic = await callRoute<Answer>(handler, '/x', { init: { headers: { authorization: 'Basic dTpw' } } });
    expect(basic.body).toEqual({ ok: true });
  });

  it('a route without the database admits no one it would have to look up (fails closed)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    session.user = mina;
    expect((await callRoute<Answer>(route(testOperation({ auth: 'user', db: false }), ok), '/x')).status).toBe(500);
    error.mockRestore();
  });

  it('an auth that depends on the request is decided after the input is read', async () => {
    const handler = route(
      testOperation({
        auth: { accepts: ['none', 'user'], of: ({ body }) => (body.purpose === 'link' ? 'user' : 'none') },
        body: z.object({ purpose: z.enum(['link', 'sign_in']) }),
      }),
      ok,
    );
    const post = (purpose: string) => ({
      init: { method: 'POST', body: JSON.stringify({ purpose }), headers: { 'content-type': 'application/json' } },
    });
    expect((await callRoute<Answer>(handler, '/x', post('sign_in'))).status).toBe(200);
    expect((await callRoute<Answer>(handler, '/x', post('link'))).status).toBe(401);
  });
});
