import { and, eq } from 'drizzle-orm';
import { describe, beforeAll, expect, it, vi } from 'vitest';
import { SIGN_IN_LIMIT_PER_EMAIL, SIGN_IN_LIMIT_PER_PHONE } from '@/lib/auth/sign-in-limits';
import { outbox } from '@/lib/db/schema';
import { makeUser } from '../support/accounts';
import { api, cookiesSetBy, type Answer } from '../support/api';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb({ seed: false });

const ORIGIN = 'http://aisle.test';
const PASSWORD = 'correct horse battery';
const FORM = 'application/x-www-form-urlencoded';

type SignInAnswer = Answer<{ url?: string; error?: { code: string; message: string } }>;

/** next-auth's CSRF token and the cookie that goes with it, as the sign-in form gets them. */
async function csrf(): Promise<{ csrfToken: string; cookie: string }> {
  const answer = await api.get<{ csrfToken: string }>('/api/auth/csrf');
  return { csrfToken: answer.body.csrfToken, cookie: cookiesSetBy(answer) };
}

/** A body as the browser sends it, of whatever type it says, to next-auth's sign-in. */
const post = (path: string, cookie: string, contentType: string, body: string): Promise<SignInAnswer> =>
  api.post(path, undefined, {
    raw: body,
    headers: { 'content-type': contentType, 'x-auth-return-redirect': '1', cookie },
  });

const signedIn = (response: { headers: Headers }) =>
  response.headers.getSetCookie().some((c) => /^aisle\.session=[^;]/.test(c));

/** The error next-auth's client reads from a refused attempt (`error` and `code` of its `url`). */
function refusal(response: SignInAnswer): string | null {
  const { url } = response.body;
  return url ? new URL(url).searchParams.get('error') : null;
}

describe(`sign-in bodies (${DB_LABEL})`, () => {
  describe('past the per-e-mail limit, the right password is refused whatever the body looks like', () => {
    let email = '';
    let token = { csrfToken: '', cookie: '' };
    const form = (...pairs: [string, string][]) =>
      new URLSearchParams([...pairs, ['csrfToken', token.csrfToken]]).toString();
    const right = () => form(['email', email], ['password', PASSWORD]);
    const json = () => JSON.stringify({ email, password: PASSWORD, csrfToken: token.csrfToken });

    beforeAll(async () => {
      email = (await makeUser(db.db, 'target@example.com')).email!;
      token = await csrf();
      for (let i = 0; i < SIGN_IN_LIMIT_PER_EMAIL; i++) {
        const tried = await post(
          '/api/auth/callback/password',
          token.cookie,
          FORM,
          form(['email', email], ['password', `guess-${i}`]),
        );
        expect(tried.status).not.toBe(429);
        expect(refusal(tried)).toBe('CredentialsSignin');
      }
    });

    it.each<[string, string, string, () => string, number]>([
      ['the form, as the sign-in page sends it', '/api/auth/callback/password', FORM, right, 429],
      // next-auth reads JSON too, which the limit never counted.
      ['JSON', '/api/auth/callback/password', 'application/json', json, 415],
      [
        'JSON under a type that merely mentions it',
        '/api/auth/callback/password',
        `${FORM}; x=application/json`,
        json,
        415,
      ],
      ['another content type', '/api/auth/callback/password', 'text/plain', right, 415],
      // A decoy e-mail first was counted; next-auth took the last one.
      [
        'a decoy e-mail first',
        '/api/auth/callback/password',
        FORM,
        () => form(['email', 'decoy@example.com'], ['email', email], ['password', PASSWORD]),
        422,
      ],
      [
        'a repeated password',
        '/api/auth/callback/password',
        FORM,
        () => form(['email', email], ['password', 'x'], ['password', PASSWORD]),
        422,
      ],
      // The e-mail is counted as the provider reads it.
      [
        'the e-mail in capitals with spaces',
        '/api/auth/callback/password',
        FORM,
        () => form(['email', ` ${email.toUpperCase()} `], ['password', PASSWORD]),
        429,
      ],
      // next-auth ignores empty path segments; so does the limit.
      ['a path with empty segments', '/api/auth/callback//password/', FORM, right, 429],
      ['a form with a charset', '/api/auth/callback/password', `${FORM}; charset=UTF-8`, right, 429],
    ])('%s', async (_, path, type, body, status) => {
      const answer = await post(path, token.cookie, type, body());
      expect(signedIn(answer), 'signed in').toBe(false);
      expect(answer.status).toBe(status);
      const error = answer.body.error;
      expect(typeof error?.code).toBe('string');
      expect(typeof error?.message).toBe('string');
    });
  });

  it('a form body is handed to next-auth as read: a clean form still signs in', async () => {
    const user = await makeUser(db.db, 'clean@example.com');
    const { csrfToken, cookie } = await csrf();
    const body = new URLSearchParams({ email: user.email!, password: PASSWORD, csrfToken, callbackUrl: '/bag' });
    const answer = await post('/api/auth/callback/password', cookie, `${FORM};charset=UTF-8`, body.toString());
    expect(answer.status).toBe(200);
    expect(signedIn(answer)).toBe(true);
    expect(answer.body.url).toBe(`${ORIGIN}/bag`);
  });

  it('phone sign-in is counted per phone number, however the number is written', async () => {
    const { csrfToken, cookie } = await csrf();
    const written = ['010-4321-8765', '+82 10 4321 8765', '01043218765'];
    const attempt = (i: number) =>
      post(
        '/api/auth/callback/phone',
        cookie,
        FORM,
        new URLSearchParams({ phone: written[i % written.length]!, code: '000000', csrfToken }).toString(),
      );
    for (let i = 0; i < SIGN_IN_LIMIT_PER_PHONE; i++) {
      const tried = await attempt(i);
      expect(tried.status).not.toBe(429);
      expect(refusal(tried)).toBe('CredentialsSignin');
    }
    const refused = await attempt(SIGN_IN_LIMIT_PER_PHONE);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.error?.code).toBe('rate_limited');
    // The browser that asked for a code of its own (the owner's) has a budget of its own.
    const owner = await post(
      '/api/auth/callback/phone',
      `${cookie}; aisle-phone=${'o'.repeat(24)}`,
      FORM,
      new URLSearchParams({ phone: written[0]!, code: '000000', csrfToken }).toString(),
    );
    expect(owner.status).not.toBe(429);

    const json = JSON.stringify({ phone: written[0], code: '000000', csrfToken });
    expect((await post('/api/auth/callback/phone', cookie, 'application/json', json)).status).toBe(415);
    const repeated = new URLSearchParams([
      ['phone', '010-0000-0001'],
      ['phone', written[0]!],
      ['code', '000000'],
      ['csrfToken', csrfToken],
    ]);
    expect((await post('/api/auth/callback/phone', cookie, FORM, repeated.toString())).status).toBe(422);
  });

  it('a phone and its texted code still sign in through the re-serialised form, and name the new account', async () => {
    const phone = '+821098761234';
    const sent = await api.post('/api/account/phone/start', { phone: '010-9876-1234', purpose: 'sign_in' });
    expect(sent.status).toBe(202);
    const [message] = await db.db
      .select({ body: outbox.body })
      .from(outbox)
      .where(and(eq(outbox.to, phone), eq(outbox.kind, 'otp')));
    const code = /code is (\d{6})/.exec(message?.body ?? '')?.[1];
    expect(code).toBeTruthy();

    const { csrfToken, cookie } = await csrf();
    const body = new URLSearchParams({ phone: '010-9876-1234', code: code!, name: 'Jiwoo', csrfToken });
    // The code can be used only from the browser that asked for it (its aisle-phone cookie).
    const asked = cookiesSetBy(sent);
    const answer = await post('/api/auth/callback/phone', `${cookie}; ${asked}`, FORM, body.toString());
    expect(answer.status).toBe(200);
    expect(signedIn(answer)).toBe(true);
    const session = await api.get<{ user: { name: string } }>('/api/auth/session', {
      headers: { cookie: cookiesSetBy(answer) },
    });
    expect(session.body.user.name).toBe('Jiwoo');
  });

  it('a hostile callbackUrl sends a real sign-in back to the site, not elsewhere', async () => {
    const user = await makeUser(db.db, 'redirect@example.com');
    for (const callbackUrl of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example/x',
      '/\t/evil.example/x',
      'javascript:alert(1)',
    ]) {
      const { csrfToken, cookie } = await csrf();
      const body = new URLSearchParams({ email: user.email!, password: PASSWORD, csrfToken, callbackUrl });
      const answer = await post('/api/auth/callback/password', cookie, FORM, body.toString());
      expect(signedIn(answer), callbackUrl).toBe(true);
      expect(new URL(answer.body.url!).origin, callbackUrl).toBe(ORIGIN);
    }
  });

  it('a failed sign-in is logged as one line with its reason, no stack', async () => {
    const user = await makeUser(db.db, 'logged@example.com');
    const { csrfToken, cookie } = await csrf();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const body = new URLSearchParams({ email: user.email!, password: 'wrong password', csrfToken });
      await post('/api/auth/callback/password', cookie, FORM, body.toString());
      const lines = spy.mock.calls.map((args) => args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('CredentialsSignin');
      expect(lines[0]).not.toContain('\n');
    } finally {
      spy.mockRestore();
    }
  });

  it('a callback URL next-auth cannot use is bad input (422 JSON), never a 500 with a logged stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const path of ['/api/auth/session?callbackUrl=javascript:1', '/api/auth/signin?callbackUrl=ftp://x']) {
        const answer = await api.get(path);
        expect(answer.status, path).toBe(422);
        expect(answer.body.error?.code).toBe('invalid_request');
      }
      const { csrfToken, cookie } = await csrf();
      const body = new URLSearchParams({ email: 'x@example.com', password: 'x', csrfToken }).toString();
      const posted = await post('/api/auth/callback/password?callbackUrl=javascript:1', cookie, FORM, body);
      expect(posted.status).toBe(422);
      // Such a value in next-auth's own cookie is dropped: the answer is the ordinary one.
      for (const bad of ['ftp://x', 'javascript:alert(1)', '%E0%A4']) {
        const answer = await api.get('/api/auth/session', { headers: { cookie: `authjs.callback-url=${bad}` } });
        expect(answer.status, bad).toBe(200);
      }
      const signInPage = await post(
        '/api/auth/callback/password',
        `${cookie}; authjs.callback-url=javascript:1`,
        FORM,
        body,
      );
      expect(signInPage.status).toBe(200);
      expect(refusal(signInPage)).toBe('CredentialsSignin');
      const logged = errors.mock.calls.map((args) => args.map(String).join(' '));
      expect(logged.filter((line) => /InvalidCallbackUrl/.test(line))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });
});
