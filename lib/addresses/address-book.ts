import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { addresses, users } from '@/lib/db/schema';
import { AppError, notFoundError } from '@/lib/http/errors';
import { newId } from '@/lib/ids';
import { MAX_ADDRESSES, type Address, type AddressInput } from './schema';

/*
 * The address book: every read and write is scoped to the owner's id, so another account's
 * address answers 404 exactly as one that does not exist.
 */

const columns = {
  id: addresses.id,
  recipient: addresses.recipient,
  phone: addresses.phone,
  postalCode: addresses.postalCode,
  line1: addresses.line1,
  line2: addresses.line2,
  isDefault: addresses.isDefault,
};

const owned = (userId: string, id: string) => and(eq(addresses.userId, userId), eq(addresses.id, id));

/** The owner's addresses, the default first, then newest. */
export async function listAddresses(db: Db, userId: string): Promise<Address[]> {
  return db
    .select(columns)
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.createdAt), asc(addresses.id));
}

// Writes of one account's book take its user row's lock: the default and the count stay right.
async function lockBook(tx: Db, userId: string) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

async function clearDefault(tx: Db, userId: string) {
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)));
}

/** Adds an address; the first one, or one marked so, becomes the default. */
export async function addAddress(db: Db, userId: string, input: AddressInput, now: Date): Promise<Address> {
  return inTransaction(db, async (tx) => {
    await lockBook(tx, userId);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId));
    if (n >= MAX_ADDRESSES) {
      throw new AppError('address_book_full', `An address book holds at most ${MAX_ADDRESSES} addresses`);
    }
    const isDefault = input.isDefault || n === 0;
    if (isDefault) await clearDefault(tx, userId);
    const [row] = await tx
      .insert(addresses)
      .values({ id: newId('adr'), userId, ...input, isDefault, createdAt: now })
      .returning(columns);
    return row!;
  });
}

/** Replaces an address's fields; marking it default takes the mark from the other. */
export async function updateAddress(db: Db, userId: string, id: string, input: AddressInput): Promise<Address> {
  return inTransaction(db, async (tx) => {
    await lockBook(tx, userId);
    const [current] = await tx.select(columns).from(addresses).where(owned(userId, id));
    if (!current) throw notFoundError('Address');
    // The default is moved by marking another one, never unset on its own.
    const isDefault = input.isDefault || current.isDefault;
    if (isDefault && !current.isDefault) await clearDefault(tx, userId);
    const [row] = await tx
      .update(addresses)
      .set({ ...input, isDefault })
      .where(owned(userId, id))
      .returning(columns);
    return row!;
  });
}

/** Deletes an address; when it was the default, the newest remaining one becomes it. */
export async function deleteAddress(db: Db, userId: string, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await lockBook(tx, userId);
    const [gone] = await tx.delete(addresses).where(owned(userId, id)).returning({ isDefault: addresses.isDefault });
    if (!gone) throw notFoundError('Address');
    if (!gone.isDefault) return;
    const [next] = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, userId))
      .orderBy(desc(addresses.createdAt))
      .limit(1);
    if (next) await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, next.id));
  });
}
