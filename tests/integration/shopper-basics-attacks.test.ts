import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/accounts';
import { outbox } from '@/lib/db/schema';
import { BACK_IN_STOCK_LIMITS } from '@/lib/inventory/request-back-in-stock';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
import { pickStoreVariant, setStock } from '../support/checkout-fixtures';
import { DB_LABEL, useTestDb } from '../support/test-db';

/*
 * What an outsider tried against the shopper basics of issue 16 and found open; each test
 * failed before its fix.
 */
const db = useTestDb();

const mailsTo = (to: string, kind: string) =>
  db.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, to), eq(outbox.kind, kind)));

describe(`password reset links (${DB_LABEL})`, () => {
  it('are spent by a password change: a link asked for before it cannot undo it', async () => {
    const user = await makeUser(db.db, 'changed-since@example.com');
    const from = { from: '198.51.100.10' };
    // Whoever saw the mailbox once (a shared computer) asks for a link; the owner then changes the password.
    expect((await api.post('/api/account/password-reset', { email: user.email }, from)).status).toBe(202);
    const [mail] = await mailsTo(user.email!, 'password_reset');
    const token = /token=([\w-]+)/.exec(mail!.body)![1]!;
    const changed = await api
      .as(user)
      .put('/api/account/password', { currentPassword: 'correct horse battery', newPassword: 'only the owner knows' });
    expect(changed.status).toBe(200);

    const reset = await api.post(
      '/api/account/password-reset/confirm',
      { token, password: 'the intruder chose' },
      from,
    );
    expect(reset.status).toBe(400);
    expect(reset.body.error?.code).toBe('reset_link_invalid');
    expect(await authenticate(db.db, user.email!, 'only the owner knows')).not.toBeNull();
    expect(await authenticate(db.db, user.email!, 'the intruder chose')).toBeNull();
  });
});

describe(`back in stock requests (${DB_LABEL})`, () => {
  it('are limited per e-mail address or phone too, whichever client address asks', async () => {
    // In stock already: every request that is let through sends its message at once.
    const item = await pickStoreVariant(db.db, 20);
    await setStock(db.db, item.locationId, item.variantId, 5);
    const ask = (i: number, channel: 'email' | 'sms', to: string) =>
      api
        .with({ from: `203.0.113.${i}` })
        .post('/api/back-in-stock', { variantId: item.variantId, storeId: item.storeId, channel, to });
    const statuses = [];
    for (let i = 0; i <= BACK_IN_STOCK_LIMITS.perTarget; i++) {
      // Spelled differently each time, one mailbox all the same.
      statuses.push((await ask(i, 'email', i % 2 ? 'Victim@Example.com' : ' victim@example.com')).status);
    }
    expect(statuses).toEqual([...Array(BACK_IN_STOCK_LIMITS.perTarget).fill(201), 429]);
    expect(await mailsTo('victim@example.com', 'back_in_stock')).toHaveLength(BACK_IN_STOCK_LIMITS.perTarget);

    const texts = [];
    for (let i = 0; i <= BACK_IN_STOCK_LIMITS.perTarget; i++) {
      texts.push((await ask(100 + i, 'sms', i % 2 ? '010-2345-6789' : '+82 10 2345 6789')).status);
    }
    expect(texts.at(-1)).toBe(429);
    expect(await mailsTo('+821023456789', 'back_in_stock')).toHaveLength(BACK_IN_STOCK_LIMITS.perTarget);

    // Someone else is still served from those client addresses.
    expect((await ask(0, 'email', 'someone-else@example.com')).status).toBe(201);
  });
});
