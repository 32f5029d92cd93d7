import { describe, expect, it } from 'vitest';
import {
  authSessions,
  carts,
  idempotencyKeys,
  passwordResetTokens,
  phoneChallenges,
  rateLimits,
  staffPasswordTokens,
  staffSessions,
} from '@/lib/db/schema';
import { sweepExpired } from '@/lib/db/sweep-expired';
import { runIdempotent } from '@/lib/idempotency/run-idempotent';
import { makeUser } from '../support/accounts';
import { staffWith } from '../support/staff';
import { DB_LABEL, useTestDb } from '../support/test-db';

const db = useTestDb({ seed: false, provide: false });

const now = new Date('2026-11-24T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe(`housekeeping (${DB_LABEL})`, () => {
  it('deletes only rows nothing can use any more, and a second sweep deletes nothing', async () => {
    const user = await makeUser(db.db, 'keeper@example.com');
    const key = (k: string, at: Date) => ({
      scope: 's',
      key: k,
      requestHash: 'h',
      state: 'done' as const,
      createdAt: at,
    });
    await db.db.insert(idempotencyKeys).values([key('old', ago(25 * HOUR)), key('fresh', ago(23 * HOUR))]);
    await db.db.insert(rateLimits).values([
      { key: 'finished', windowStart: ago(25 * HOUR), count: 3 },
      { key: 'daily-window-still-open', windowStart: ago(23 * HOUR), count: 3 },
    ]);
    const code = (phone: string, expiresAt: Date) => ({
      phone,
      purpose: 'link' as const,
      requester: user.id,
      codeHash: 'x',
      sentAt: new Date(expiresAt.getTime() - 5 * 60_000),
      expiresAt,
    });
    await db.db
      .insert(phoneChallenges)
      .values([code('+821000000001', ago(2 * HOUR)), code('+821000000002', ago(10 * 60_000))]);
    const link = (tokenHash: string, expiresAt: Date, usedAt: Date | null = null) => ({
      tokenHash,
      userId: user.id,
      createdAt: new Date(expiresAt.getTime() - 30 * 60_000),
      expiresAt,
      usedAt,
    });
    await db.db
      .insert(passwordResetTokens)
      .values([
        link('lapsed', ago(1000)),
        link('spent-long-ago', ago(DAY), ago(DAY + 60_000)),
        link('still-valid', new Date(now.getTime() + 60_000)),
      ]);
    await db.db.insert(authSessions).values([
      { id: 'expired', userId: user.id, expiresAt: ago(1000) },
      { id: 'live', userId: user.id, expiresAt: new Date(now.getTime() + DAY) },
    ]);
    const cart = (id: string, updatedAt: Date, extra: Partial<typeof carts.$inferInsert>) => ({
      id,
      currency: 'KRW',
      updatedAt,
      ...extra,
    });
    await db.db
      .insert(carts)
      .values([
        cart('guest-gone', ago(61 * DAY), { tokenHash: 'gone' }),
        cart('guest-recent', ago(59 * DAY), { tokenHash: 'recent' }),
        cart('account-idle', ago(400 * DAY), { userId: user.id }),
      ]);

    const member = await staffWith(db, { role: 'admin' });
    const staffSession = (id: string, expiresAt: Date, revokedAt: Date | null = null) => ({
      id,
      staffId: member.id,
      tokenHash: id,
      createdAt: ago(DAY),
      lastSeenAt: ago(DAY),
      expiresAt,
      revokedAt,
    });
    await db.db
      .insert(staffSessions)
      .values([staffSession('staff-ended', ago(1000)), staffSession('staff-revoked', ago(-HOUR), ago(1000))]);
    await db.db.insert(staffPasswordTokens).values([
      { tokenHash: 'staff-lapsed', staffId: member.id, createdAt: ago(4 * DAY), expiresAt: ago(DAY) },
      { tokenHash: 'staff-valid', staffId: member.id, createdAt: ago(HOUR), expiresAt: ago(-DAY) },
    ]);

    expect(await sweepExpired(db.db, now)).toEqual({
      idempotencyKeys: 1,
      rateLimits: 1,
      phoneChallenges: 1,
      passwordResetTokens: 2,
      authSessions: 1,
      guestCarts: 1,
      staffSessions: 2,
      staffPasswordTokens: 1,
    });
    const left = async <T>(rows: Promise<T[]>, pick: (row: T) => string) => (await rows).map(pick).sort();
    expect(await left(db.db.select().from(idempotencyKeys), (r) => r.key)).toEqual(['fresh']);
    expect(await left(db.db.select().from(rateLimits), (r) => r.key)).toEqual(['daily-window-still-open']);
    expect(await left(db.db.select().from(phoneChallenges), (r) => r.phone)).toEqual(['+821000000002']);
    expect(await left(db.db.select().from(passwordResetTokens), (r) => r.tokenHash)).toEqual(['still-valid']);
    expect(await left(db.db.select().from(authSessions), (r) => r.id)).toEqual(['live']);
    expect(await left(db.db.select().from(carts), (r) => r.id)).toEqual(['account-idle', 'guest-recent']);
    expect(await left(db.db.select().from(staffSessions), (r) => r.id)).toEqual([member.sessionId]);
    expect(await left(db.db.select().from(staffPasswordTokens), (r) => r.tokenHash)).toEqual(['staff-valid']);

    expect(Object.values(await sweepExpired(db.db, now)).every((n) => n === 0)).toBe(true);
  });

  it('a retry within 24 hours still gets its first answer after a sweep', async () => {
    let runs = 0;
    const write = (at: Date) =>
      runIdempotent(db.db, { scope: 'cart:x', key: 'retry-me', fingerprint: 'f', now: at }, async () => {
        runs++;
        return { status: 201, body: { n: runs } };
      });
    expect(await write(ago(20 * HOUR))).toEqual({ status: 201, body: { n: 1 } });
    await sweepExpired(db.db, now);
    expect(await write(now)).toEqual({ status: 201, body: { n: 1 } });
    expect(runs).toBe(1);
  });
});
