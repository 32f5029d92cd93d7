import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/accounts';
import { outbox } from '@/lib/db/schema';
import { makeUser } from '../support/accounts';
import { api } from '../support/api';
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
