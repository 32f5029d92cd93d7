import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findOrCreatePhoneAccount } from '@/lib/auth/accounts';
import type { SessionUser } from '@/lib/auth/schema';
import { inTransaction } from '@/lib/db/in-transaction';
import { outbox, phoneChallenges, users } from '@/lib/db/schema';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/env';
import { startChallenge, verifyChallenge, type ChallengeKey } from '@/lib/phone/challenges';
import { makeUser } from '../support/accounts';
import { sessionRotations as rotations } from '../support/acting';
import { api, type Answer, type ApiClient } from '../support/api';
import { useTestDb } from '../support/test-db';

const db = useTestDb();
let alice: SessionUser;
let bob: SessionUser;
const secret = DEVELOPMENT_AUTH_SECRET;
let phoneSeq = 0;
/** A fresh Korean mobile number per test, so limits from one test never touch another. */
const newPhone = () => `+82105555${String(1000 + phoneSeq++).padStart(4, '0')}`;

async function lastCode(phone: string): Promise<string> {
  const [message] = await db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, phone), eq(outbox.kind, 'otp')))
    .orderBy(outbox.createdAt)
    .then((rows) => rows.slice(-1));
  const code = /code is (\d{6})/.exec(message?.body ?? '')?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** Who asks for and enters the codes: Alice unless a test says otherwise. */
let shopper: ApiClient;
type Res = Answer<Record<string, unknown>>;
const start = (phone: string, purpose = 'link', from = '203.0.113.9'): Promise<Res> =>
  shopper.post('/api/account/phone/start', { phone, purpose }, { from });
const verify = (phone: string, code: string): Promise<Res> =>
  shopper.post('/api/account/phone/verify', { phone, code }, { from: '203.0.113.9' });

beforeAll(async () => {
  alice = await makeUser(db.db, 'alice@example.com');
  bob = await makeUser(db.db, 'bob@example.com');
});
beforeEach(() => {
  shopper = api.as(alice);
});

describe('linking a phone by one-time code', () => {
  it('sends a 6-digit code through the outbox, keeps only a keyed hash, and links on the right code', async () => {
    const phone = newPhone();
    const sent = await start(phone.replace('+82', '0'));
    expect(sent.status).toBe(202);
    expect(sent.headers.get('cache-control')).toBe('private, no-store');
    expect(sent.body).toEqual({ status: 'sent', resendAfterSeconds: 30, expiresInSeconds: 300 });
    const code = await lastCode(phone);
    const [row] = await db.db.select().from(phoneChallenges).where(eq(phoneChallenges.phone, phone));
    expect(row!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code);

    const before = rotations.count;
    const ok = await verify(phone, code);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ phone });
    expect(rotations.count).toBe(before + 1);
    const [user] = await db.db.select().from(users).where(eq(users.id, alice.id));
    expect(user!.phone).toBe(phone);
    // Single use: the same code again is refused (the account is told it already has it instead).
    shopper = api.as(bob);
    expect((await verify(phone, code)).body.error?.code).toBe('code_invalid');
  });

  it('refuses the sixth try after five wrong codes, even with the right code', async () => {
    const phone = newPhone();
    await start(phone);
    const code = await lastCode(phone);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await verify(phone, wrong(code)));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 429]);
    expect(answers.map((a) => a.body.error?.code)).toEqual([
      'code_invalid',
      'code_invalid',
      'code_invalid',
      'code_invalid',
      'code_locked',
    ]);
    expect(answers[0]!.body.error).toMatchObject({ attemptsLeft: 4 });
    // Retry-After: when a new code may be asked for (the 30-second resend cool-down, from the send).
    const retryAfter = Number(answers[4]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const sixth = await verify(phone, code);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error?.code).toBe('code_locked');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const [user] = await db.db.select().from(users).where(eq(users.id, alice.id));
    expect(user!.phone).not.toBe(phone);
  });

  it('keeps the failure count across a resend; only a new challenge after a lock starts afresh', async () => {
    const phone = newPhone();
    const key: ChallengeKey = { phone, purpose: 'link', requester: alice.id };
    const t0 = new Date('2026-11-24T10:00:00Z');
    const at = (s: number) => ({ now: new Date(t0.getTime() + s * 1000), secret, clientAddress: 'resend-test' });
    await startChallenge(db.db, key, at(0));
    for (let i = 0; i < 4; i++) {
      await expect(verifyChallenge(db.db, key, '000000', at(1), async () => 'ok')).rejects.toMatchObject({
        code: 'code_invalid',
      });
    }
    await startChallenge(db.db, key, at(31)); // a resend
    const resent = await lastCode(phone);
    // One try was left before the resend, and one is left after it: a wrong one locks, and says a
    // new code may be asked for when the resend cool-down (30 s from the send at 31 s) is over.
    await expect(verifyChallenge(db.db, key, wrong(resent), at(32), async () => 'ok')).rejects.toMatchObject({
      code: 'code_locked',
      retryAfterSeconds: 29,
    });
    await expect(verifyChallenge(db.db, key, resent, at(33), async () => 'ok')).rejects.toMatchObject({
      code: 'code_locked',
      retryAfterSeconds: 28,
    });
    await expect(startChallenge(db.db, key, at(60))).rejects.toMatchObject({ code: 'resend_too_soon' });
    await startChallenge(db.db, key, at(61)); // a new code after the lock, as soon as Retry-After said
    expect(await verifyChallenge(db.db, key, await lastCode(phone), at(62), async () => 'ok')).toBe('ok');
  });

  it('takes at most 20 guesses a day from one requester for a phone, whatever codes are sent; then 429', async () => {
    const phone = newPhone();
    const key: ChallengeKey = { phone, purpose: 'link', requester: alice.id };
    const t0 = new Date('2026-11-25T10:00:00Z');
    const at = (s: number) => ({ now: new Date(t0.getTime() + s * 1000), secret, clientAddress: 'daily-test' });
    // Four codes, each locked by five wrong guesses: 20 guesses, from 1 s on.
    for (let k = 0; k < 4; k++) {
      await startChallenge(db.db, key, at(31 * k));
      for (let i = 0; i < 5; i++) {
        await expect(verifyChallenge(db.db, key, '000000', at(31 * k + 1), async () => 'ok')).rejects.toMatchObject({
          code: i < 4 ? 'code_invalid' : 'code_locked',
        });
      }
    }
    // A fifth code, and the right one: refused until a day after the first guess.
    await startChallenge(db.db, key, at(124));
    const code = await lastCode(phone);
    await expect(verifyChallenge(db.db, key, code, at(125), async () => 'ok')).rejects.toMatchObject({
      code: 'code_locked',
      retryAfterSeconds: 86_400 + 1 - 125,
    });
    // The day's allowance was this requester's: another account may still prove the phone.
    const bobs = { ...key, requester: bob.id };
    await startChallenge(db.db, bobs, at(126));
    expect(await verifyChallenge(db.db, bobs, await lastCode(phone), at(127), async () => 'ok')).toBe('ok');
    await startChallenge(db.db, key, at(86_401));
    expect(await verifyChallenge(db.db, key, await lastCode(phone), at(86_401), async () => 'ok')).toBe('ok');

    // Over HTTP: with no code sent there is nothing to guess, so no guess is counted or locks anything.
    const other = newPhone();
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await verify(other, '123456'));
    expect(answers.every((a) => a.status === 400 && a.body.error?.code === 'code_invalid')).toBe(true);
    await start(other);
    expect((await verify(other, await lastCode(other))).status).toBe(200);
  });

  it('counts parallel guesses one by one and sends one code for parallel requests', async () => {
    const phone = newPhone();
    const key: ChallengeKey = { phone, purpose: 'link', requester: alice.id };
    const now = new Date();
    const opts = { now, secret, clientAddress: 'parallel-test' };
    const starts = await Promise.allSettled(Array.from({ length: 10 }, () => startChallenge(db.db, key, opts)));
    expect(starts.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.db.select().from(outbox).where(eq(outbox.to, phone))).toHaveLength(1);
    const code = await lastCode(phone);
    const guesses = await Promise.allSettled(
      Array.from({ length: 12 }, () => verifyChallenge(db.db, key, wrong(code), opts, async () => 'in')),
    );
    const codes = guesses.map((g) => (g.status === 'rejected' ? (g.reason as { code: string }).code : 'in'));
    expect(codes.filter((c) => c === 'code_invalid')).toHaveLength(4);
    expect(codes.filter((c) => c === 'code_locked')).toHaveLength(8);
    const [row] = await db.db.select().from(phoneChallenges).where(eq(phoneChallenges.phone, phone));
    expect(row!.failures).toBe(5);
  });

  it('lets a code expire after 5 minutes', async () => {
    const phone = newPhone();
    const key: ChallengeKey = { phone, purpose: 'link', requester: alice.id };
    const t0 = new Date('2026-11-24T11:00:00Z');
    await startChallenge(db.db, key, { now: t0, secret, clientAddress: 'expiry-test' });
    const code = await lastCode(phone);
    const late = { now: new Date(t0.getTime() + 5 * 60_000 + 1000), secret };
    await expect(verifyChallenge(db.db, key, code, late, async () => 'ok')).rejects.toMatchObject({
      code: 'code_invalid',
    });
  });

  it('holds the 30-second cool-down, 5 sends per requester and phone an hour, and a per-address limit', async () => {
    const phone = newPhone();
    const key: ChallengeKey = { phone, purpose: 'link', requester: alice.id };
    const t0 = new Date('2026-11-24T12:00:00Z');
    const at = (s: number, clientAddress = 'limits-test') => ({
      now: new Date(t0.getTime() + s * 1000),
      secret,
      clientAddress,
    });
    await startChallenge(db.db, key, at(0));
    await expect(startChallenge(db.db, key, at(10))).rejects.toMatchObject({
      code: 'resend_too_soon',
      retryAfterSeconds: 20,
    });
    for (let i = 1; i < 5; i++) await startChallenge(db.db, key, at(31 * i));
    await expect(startChallenge(db.db, key, at(31 * 5))).rejects.toMatchObject({ code: 'rate_limited' });
    expect((await db.db.select().from(outbox).where(eq(outbox.to, phone))).length).toBe(5);
    // A refused send changes nothing: the code sent last still works.
    expect(await verifyChallenge(db.db, key, await lastCode(phone), at(31 * 6), async () => 'ok')).toBe('ok');
    // Another account asking for the same phone has an allowance of its own.
    await startChallenge(db.db, { ...key, requester: bob.id }, at(31 * 6, 'another-address'));
    const bobs = and(eq(phoneChallenges.phone, phone), eq(phoneChallenges.requester, bob.id));
    expect(await db.db.select().from(phoneChallenges).where(bobs)).toHaveLength(1);
    // An hour later the phone may have codes again.
    await startChallenge(db.db, key, at(3600 + 31 * 5));

    // One address may not spray codes over many phones.
    const sent = [];
    for (let i = 0; i < 21; i++) {
      sent.push(
        await startChallenge(db.db, { ...key, phone: newPhone() }, at(i, 'one-address')).then(
          () => 'sent',
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(sent.filter((s) => s === 'sent')).toHaveLength(20);
    expect(sent.at(-1)).toBe('rate_limited');
  });

  it('answers identically for a phone that is known and one that is not', async () => {
    const known = newPhone();
    await db.db.update(users).set({ phone: known }).where(eq(users.id, bob.id));
    const unknown = newPhone();
    const shape = (r: Res) => ({ status: r.status, body: r.body, cache: r.headers.get('cache-control') });
    for (const purpose of ['link', 'sign_in']) {
      const a = await start(known, purpose, `198.51.100.${purpose.length}`);
      const b = await start(unknown, purpose, `198.51.100.${purpose.length}`);
      expect(shape(a)).toEqual(shape(b));
      expect(a.status).toBe(202);
      // A wrong code is wrong in the same way too.
      const wa = await verify(known, '123456');
      const wb = await verify(unknown, '123456');
      expect({ ...wa.body, error: { ...wa.body.error } }).toEqual({ ...wb.body, error: { ...wb.body.error } });
    }
    await db.db.update(users).set({ phone: null }).where(eq(users.id, bob.id));
  });

  it('moves a phone to the account that verifies it, and tells the previous one by e-mail', async () => {
    const phone = newPhone();
    shopper = api.as(alice);
    await start(phone);
    expect((await verify(phone, await lastCode(phone))).status).toBe(200);
    shopper = api.as(bob);
    await start(phone, 'link', '192.0.2.77');
    expect((await verify(phone, await lastCode(phone))).status).toBe(200);
    const owners = await db.db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
    expect(owners).toEqual([{ id: bob.id }]);
    const told = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.to, alice.email!), eq(outbox.kind, 'phone_moved')));
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain(phone.slice(-4));
    expect(told[0]!.body).not.toContain(phone);
  });

  it('needs a session to link or unlink, and rejects malformed phones and codes with 4xx', async () => {
    shopper = api;
    expect((await start(newPhone())).status).toBe(401);
    expect((await verify(newPhone(), '123456')).status).toBe(401);
    expect((await shopper.delete('/api/account/phone')).status).toBe(401);
    shopper = api.as(alice);
    const badPhone = await start('12');
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error).toMatchObject({ code: 'invalid_request', fields: { phone: expect.any(Array) } });
    expect((await verify(newPhone(), '12ab56')).status).toBe(422);
    expect((await shopper.post('/api/account/phone/start', 'x'.repeat(70_000), { from: '203.0.113.9' })).status).toBe(
      413,
    );
  });
});

describe('signing in with a phone', () => {
  it('makes an account for a verified phone nobody has, and finds it the next time', async () => {
    const phone = newPhone();
    const now = new Date();
    const key: ChallengeKey = { phone, purpose: 'sign_in', requester: '' };
    await startChallenge(db.db, key, { now, secret, clientAddress: 'sign-in-test' });
    const first = await verifyChallenge(db.db, key, await lastCode(phone), { now, secret }, (tx) =>
      findOrCreatePhoneAccount(tx, phone, 'Jiwoo', now),
    );
    expect(first).toMatchObject({ email: null, name: 'Jiwoo', phone });
    const again = await inTransaction(db.db, (tx) => findOrCreatePhoneAccount(tx, phone, 'Other', now));
    expect(again.id).toBe(first.id);
    // A code sent to sign in cannot link the phone to some other account.
    shopper = api.as(alice);
    await startChallenge(db.db, key, { now: new Date(now.getTime() + 31_000), secret, clientAddress: 'x' });
    expect((await verify(phone, await lastCode(phone))).body.error?.code).toBe('code_invalid');
  });
});
