import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox, rateLimits } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import { startChallenge, type ChallengeKey } from '@/lib/phone/challenges';
import {
  OTP_SENDS_PER_ADDRESS_PER_DAY,
  OTP_SENDS_PER_PHONE_PER_DAY,
  OTP_SENDS_PER_PHONE_PER_HOUR,
} from '@/lib/phone/schema';
import { api, type ApiClient } from '../support/api';
import { useTestDb } from '../support/test-db';

/**
 * A stranger cannot keep a phone's owner from signing in with it: guesses count only against a
 * live code of the guesser's own, and sends are counted per requester, under ceilings per phone
 * and for the shop that one address alone cannot reach.
 */
const db = useTestDb();
let seq = 0;
const newPhone = () => `+82105566${String(1000 + seq++).padStart(4, '0')}`;
const secret = DEVELOPMENT_AUTH_SECRET;

/** One browser, signed out: the cookies it is given, and the address it comes from. */
const browser = (address: string) => api.guest().with({ from: address });
const csrfTokens = new WeakMap<ApiClient, string>();

const sendCode = (b: ApiClient, phone: string) => b.post('/api/account/phone/start', { phone, purpose: 'sign_in' });

/** Signs in as the sign-in form does; answers what next-auth's client would show. */
async function signIn(b: ApiClient, phone: string, code: string): Promise<{ status: number; error: string | null }> {
  if (!csrfTokens.has(b)) csrfTokens.set(b, (await b.get<{ csrfToken: string }>('/api/auth/csrf')).body.csrfToken);
  const response = await b.post<{ url: string }>(
    '/api/auth/callback/phone',
    new URLSearchParams({ phone, code, csrfToken: csrfTokens.get(b)! }),
    { headers: { 'x-auth-return-redirect': '1' } },
  );
  const url = new URL(response.body.url);
  const signedIn = response.headers.getSetCookie().some((c) => c.startsWith('aisle.session='));
  return {
    status: response.status,
    error: signedIn ? null : (url.searchParams.get('code') ?? url.searchParams.get('error') ?? 'not signed in'),
  };
}

async function lastCode(phone: string): Promise<string> {
  const rows = await db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, phone), eq(outbox.kind, 'otp')))
    .orderBy(outbox.createdAt);
  const code = /code is (\d{6})/.exec(rows.at(-1)?.body ?? '')?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

describe('a stranger and a phone that is not theirs', () => {
  it("guesses with no code of their own count for nothing: the owner's code still signs in", async () => {
    const phone = newPhone();
    const attacker = browser('198.51.100.66');
    const guesses = [];
    for (let i = 0; i < 25; i++) guesses.push((await signIn(attacker, phone, '000000')).error);
    // Every one is simply wrong (or, past the sign-in limit, refused from the stranger's own budget):
    // there is nothing to lock, and nothing was counted against the phone.
    expect(guesses.slice(0, 10).every((e) => e === 'credentials')).toBe(true);
    expect(new Set(guesses.slice(10))).toEqual(new Set(['rate_limited']));
    expect(
      await db.db
        .select()
        .from(rateLimits)
        .where(like(rateLimits.key, `otp-verify:%${phone}`)),
    ).toEqual([]);

    const owner = browser('203.0.113.10');
    expect((await sendCode(owner, phone)).status).toBe(202);
    expect(await signIn(owner, phone, await lastCode(phone))).toMatchObject({ error: null });
  });

  it("guesses at a code they asked for themselves lock only their own; the owner's code still works", async () => {
    const phone = newPhone();
    const owner = browser('203.0.113.11');
    expect((await sendCode(owner, phone)).status).toBe(202);
    const ownerCode = await lastCode(phone);
    const attacker = browser('198.51.100.67');
    expect((await sendCode(attacker, phone)).status).toBe(202);
    const errors = [];
    for (let i = 0; i < 21; i++)
      errors.push((await signIn(attacker, phone, ownerCode === '000000' ? '000001' : '000000')).error);
    expect(errors.slice(0, 4).every((e) => e === 'credentials')).toBe(true);
    // Locked, then (past the sign-in limit of their own browser) refused before being tried.
    expect(errors.slice(4, 10).every((e) => e === 'code_locked')).toBe(true);
    expect(errors.slice(10).every((e) => e === 'rate_limited')).toBe(true);
    // Not even the owner's code signs the stranger in: it was sent to the owner's browser.
    expect((await signIn(attacker, phone, ownerCode)).error).not.toBeNull();
    expect(await signIn(owner, phone, ownerCode)).toMatchObject({ error: null });
  });

  it("asks for codes from many browsers without using up the owner's sends", async () => {
    const phone = newPhone();
    const answers = [];
    // Ten fresh browsers behind one address: more than the old 5 sends per phone an hour.
    for (let i = 0; i < 10; i++) answers.push((await sendCode(browser('198.51.100.68'), phone)).status);
    expect(answers.every((s) => s === 202)).toBe(true);
    const owner = browser('203.0.113.12');
    expect((await sendCode(owner, phone)).status).toBe(202);
    expect(await signIn(owner, phone, await lastCode(phone))).toMatchObject({ error: null });
  });

  it("fills the phone's ceiling from many addresses, yet the owner who signed in with it before still gets a code", async () => {
    const phone = newPhone();
    const owner = browser('203.0.113.14');
    await sendCode(owner, phone);
    expect(await signIn(owner, phone, await lastCode(phone))).toMatchObject({ error: null });
    const known = [...owner.cookies.keys()].find((name) => name.endsWith('aisle-phone-known'));
    expect(known).toBeTruthy();
    // Strangers on two addresses, each browser fresh, fill the phone's hourly ceiling.
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push((await sendCode(browser(`198.51.100.${80 + (i % 2)}`), phone)).status);
    expect(answers.filter((s) => s === 202)).toHaveLength(OTP_SENDS_PER_PHONE_PER_HOUR - 1);
    expect((await sendCode(browser('203.0.113.15'), phone)).status).toBe(429);
    // A forged mark is no mark; the owner's own browser is not held back.
    const forger = browser('198.51.100.82');
    forger.cookies.set(known!, 'A'.repeat(43));
    expect((await sendCode(forger, phone)).status).toBe(429);
    const again = await sendCode(owner, phone);
    expect(again.status).toBe(202);
  });

  it('still locks the owner after five wrong codes of their own', async () => {
    const phone = newPhone();
    const owner = browser('203.0.113.13');
    await sendCode(owner, phone);
    const code = await lastCode(phone);
    const wrong = code === '000000' ? '000001' : '000000';
    const errors = [];
    for (let i = 0; i < 5; i++) errors.push((await signIn(owner, phone, wrong)).error);
    expect(errors).toEqual(['credentials', 'credentials', 'credentials', 'credentials', 'code_locked']);
    expect((await signIn(owner, phone, code)).error).toBe('code_locked');
  });
});

describe('the ceilings above each requester', () => {
  const at = (t0: Date, s: number, clientAddress: string, sendsPerHour?: number) => ({
    now: new Date(t0.getTime() + s * 1000),
    secret,
    clientAddress,
    sendsPerHour,
  });

  it('a phone gets at most 30 codes an hour whoever asks, more than one address may send', async () => {
    const phone = newPhone();
    const t0 = new Date('2026-12-02T08:00:00Z');
    const key = (i: number): ChallengeKey => ({ phone, purpose: 'sign_in', requester: `browser:${i}` });
    const sent = [];
    for (let i = 0; i <= OTP_SENDS_PER_PHONE_PER_HOUR; i++) {
      sent.push(
        await startChallenge(db.db, key(i), at(t0, i, `192.0.2.${Math.floor(i / 20)}`)).then(
          () => 'sent',
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(sent.filter((s) => s === 'sent')).toHaveLength(OTP_SENDS_PER_PHONE_PER_HOUR);
    expect(sent.at(-1)).toBe('rate_limited');
    // An hour later, codes again.
    await startChallenge(db.db, key(99), at(t0, 3601, '192.0.2.9'));
  });

  it('a phone gets at most 100 codes a day, and one address may send at most 60, fewer than that', async () => {
    const phone = newPhone();
    const t0 = new Date('2026-12-03T00:00:00Z');
    const key = (i: number): ChallengeKey => ({ phone, purpose: 'sign_in', requester: `browser:day-${i}` });
    const send = (k: ChallengeKey, s: number, address: string) =>
      startChallenge(db.db, k, at(t0, s, address)).then(
        () => 'sent',
        (e: { code: string }) => e.code,
      );
    // 25 an hour for four hours, from ten addresses: under every hourly limit.
    const sent = [];
    for (let i = 0; i <= OTP_SENDS_PER_PHONE_PER_DAY; i++) {
      sent.push(await send(key(i), Math.floor(i / 25) * 3600 + (i % 25), `192.0.3.${i % 10}`));
    }
    expect(sent.filter((s) => s === 'sent')).toHaveLength(OTP_SENDS_PER_PHONE_PER_DAY);
    expect(sent.at(-1)).toBe('rate_limited');
    expect(await send(key(999), 86_401, '192.0.3.1')).toBe('sent');

    // One address, many phones, within every hourly limit: the 61st of the day is refused.
    const fromOne = [];
    for (let i = 0; i <= OTP_SENDS_PER_ADDRESS_PER_DAY; i++) {
      const other: ChallengeKey = { phone: newPhone(), purpose: 'sign_in', requester: `browser:one-${i}` };
      fromOne.push(await send(other, 2 * 86_400 + Math.floor(i / 15) * 3600 + (i % 15), '192.0.3.200'));
    }
    expect(fromOne.filter((s) => s === 'sent')).toHaveLength(OTP_SENDS_PER_ADDRESS_PER_DAY);
    expect(fromOne.at(-1)).toBe('rate_limited');
  });

  it('the shop sends at most AISLE_OTP_SENDS_PER_HOUR codes an hour, to any phones from any addresses', async () => {
    const t0 = new Date('2031-01-01T00:00:00Z');
    const sent = [];
    for (let i = 0; i < 4; i++) {
      const key: ChallengeKey = { phone: newPhone(), purpose: 'sign_in', requester: `browser:${i}` };
      sent.push(
        await startChallenge(db.db, key, at(t0, i, `192.0.2.${100 + i}`, 3)).then(
          () => 'sent',
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(sent).toEqual(['sent', 'sent', 'sent', 'rate_limited']);
  });
});
