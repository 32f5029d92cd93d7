import { beforeEach, describe, expect, it, vi } from 'vitest';
import { carriesSessionCookie } from '@/lib/auth/cookies';
import type { Db } from '@/lib/db';

const request = vi.hoisted(() => ({ cookie: null as string | null, authCalls: 0 }));
// next-auth's session call: what it would find, counted.
vi.mock('@/lib/auth/next-auth', () => ({
  auth: async () => {
    request.authCalls++;
    return request.cookie?.includes('aisle.session') ? { sid: 'ses_1' } : null;
  },
  unstable_update: async () => undefined,
}));
vi.mock('@/lib/auth/accounts', () => ({
  getSessionUserById: async (_db: Db, sid: string) => ({ id: `usr_of_${sid}`, email: 'mina@example.com' }),
}));

const { getSessionUser } = await import('@/lib/auth/session');
const db = {} as Db;
const headers = () => new Headers(request.cookie === null ? {} : { cookie: request.cookie });

describe('the session cookie', () => {
  it('is found whole or in next-auth chunks, and only under its own name', () => {
    expect(carriesSessionCookie(null, 'aisle.session')).toBe(false);
    expect(carriesSessionCookie('', 'aisle.session')).toBe(false);
    expect(carriesSessionCookie('aisle.session=abc', 'aisle.session')).toBe(true);
    expect(carriesSessionCookie('aisle-cart=x; aisle.session=abc', 'aisle.session')).toBe(true);
    expect(carriesSessionCookie('aisle.session.0=abc; aisle.session.1=def', 'aisle.session')).toBe(true);
    expect(carriesSessionCookie('aisle.sessions=abc; x.aisle.session=1', 'aisle.session')).toBe(false);
    expect(carriesSessionCookie('aisle.session.csrf=abc', 'aisle.session')).toBe(false);
    expect(carriesSessionCookie('aisle.session=abc', '__Host-aisle.session')).toBe(false);
    expect(carriesSessionCookie('__Host-aisle.session=abc', '__Host-aisle.session')).toBe(true);
  });
});

describe('getSessionUser', () => {
  beforeEach(() => {
    request.authCalls = 0;
  });

  it("answers a route's request without the session cookie (a guest) without calling next-auth", async () => {
    request.cookie = 'aisle-cart=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await getSessionUser(db, new Date(), { headers: headers() })).toBeNull();
    request.cookie = null;
    expect(await getSessionUser(db, new Date(), { headers: headers() })).toBeNull();
    expect(request.authCalls).toBe(0);
  });

  it('asks next-auth, then the server session, when the cookie is there, and always for a page', async () => {
    request.cookie = 'aisle-cart=x; aisle.session=token';
    expect(await getSessionUser(db, new Date(), { headers: headers() })).toMatchObject({ id: 'usr_of_ses_1' });
    expect(request.authCalls).toBe(1);
    request.cookie = null;
    expect(await getSessionUser(db)).toBeNull();
    expect(request.authCalls).toBe(2);
  });
});
