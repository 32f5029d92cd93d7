import 'server-only';
import { emailIdentity } from '@/lib/offers/email-identity';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import {
  backInStockRequests,
  idempotencyKeys,
  offerRedemptions,
  orders,
  outbox,
  phoneChallenges,
  rateLimits,
  users,
} from '@/lib/db/schema';
import { notFoundError } from '@/lib/http/errors';

/**
 * Erases an account (GDPR Art. 17). Its sessions, carts and codes go with it. Its orders stay
 * for the retailer's books but lose everything that says whose they were: no account, e-mail,
 * phone, address or access token; the in-store orders of its verified phone lose the phone.
 */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFoundError('Account');
    await tx
      .update(orders)
      .set({ userId: null, email: null, phone: null, shippingAddress: null, accessTokenHash: null })
      .where(eq(orders.userId, userId));
    if (user.phone) {
      await tx
        .update(orders)
        .set({ phone: null })
        .where(and(eq(orders.channel, 'store'), eq(orders.phone, user.phone)));
    }
    const addresses = [user.email, user.phone].filter((a): a is string => a !== null);
    if (addresses.length) await tx.delete(outbox).where(inArray(outbox.to, addresses));
    // Requests typed as a guest with the account's address go too (the account's own cascade).
    if (addresses.length) await tx.delete(backInStockRequests).where(inArray(backInStockRequests.to, addresses));
    // Stored answers to the account's cart and checkout writes hold its data too.
    await tx
      .delete(idempotencyKeys)
      .where(inArray(idempotencyKeys.scope, [`user:${userId}`, `checkout:user:${userId}`]));
    await tx
      .delete(phoneChallenges)
      .where(
        or(eq(phoneChallenges.requester, userId), user.phone ? eq(phoneChallenges.phone, user.phone) : sql`false`),
      );
    // Offer uses stay counted for the retailer, but no longer say whose they were.
    await tx
      .update(offerRedemptions)
      .set({ customerKey: null })
      .where(
        inArray(offerRedemptions.customerKey, [
          `user:${userId}`,
          // A guest's uses name the mailbox (and, before that rule, the lower-cased address).
          ...(user.email ? [`email:${user.email}`, `email:${emailIdentity(user.email)}`] : []),
          // Till redemptions name the customer by the phone given at the till.
          ...(user.phone ? [`phone:${user.phone}`] : []),
        ]),
      );
    if (user.email) await tx.delete(rateLimits).where(eq(rateLimits.key, `sign-in:email:${user.email}`));
    // Sessions and carts go with the account (ON DELETE CASCADE): it is signed out everywhere.
    await tx.delete(users).where(eq(users.id, userId));
  });
}
