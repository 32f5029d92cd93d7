import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { storePosSecrets, stores } from '@/lib/db/schema';
import { openSecret, sealSecret } from './secret-box';

/** How long a rotated-out secret still verifies, so the store's tills can be moved over. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export class UnknownStoreError extends Error {
  constructor(code: string) {
    super(`No store with the code ${code}`);
    this.name = 'UnknownStoreError';
  }
}

async function storeByCode(db: Db, code: string) {
  const [store] = await db.select({ id: stores.id, slug: stores.slug }).from(stores).where(eq(stores.slug, code));
  if (!store) throw new UnknownStoreError(code);
  return store;
}

/**
 * A new till secret for the store with this code: the one it had keeps verifying for the
 * overlap (24 h) or until the next rotation, whichever comes first. Answers the new secret, shown
 * this once.
 */
export async function rotateStoreSecret(
  db: Db,
  code: string,
  opts: { now: Date; authSecret: string; overlapMs?: number },
): Promise<{ storeId: string; secret: string; previousUntil: Date | null }> {
  const store = await storeByCode(db, code);
  const secret = `aisle_pos_${randomBytes(32).toString('base64url')}`;
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select()
      .from(storePosSecrets)
      .where(eq(storePosSecrets.storeId, store.id))
      .for('update');
    const previousUntil = current ? new Date(opts.now.getTime() + (opts.overlapMs ?? ROTATION_OVERLAP_MS)) : null;
    const row = {
      secret: sealSecret(secret, opts.authSecret),
      previousSecret: current?.secret ?? null,
      previousUntil,
      rotatedAt: opts.now,
    };
    await tx
      .insert(storePosSecrets)
      .values({ storeId: store.id, ...row })
      .onConflictDoUpdate({ target: storePosSecrets.storeId, set: row });
    return { storeId: store.id, secret, previousUntil };
  });
}

/** Ends a rotation's overlap now: only the newest secret verifies. Answers whether one was still verifying. */
export async function revokePreviousStoreSecret(db: Db, code: string, now: Date): Promise<boolean> {
  const store = await storeByCode(db, code);
  const [row] = await db.select().from(storePosSecrets).where(eq(storePosSecrets.storeId, store.id));
  const live = Boolean(row?.previousSecret && row.previousUntil && row.previousUntil > now);
  await db
    .update(storePosSecrets)
    .set({ previousSecret: null, previousUntil: null })
    .where(eq(storePosSecrets.storeId, store.id));
  return live;
}

/**
 * The secrets that verify a till of the store named `store` (its id or its code) at `now`: the
 * current one and, during an overlap, the previous one. None for an unknown store or one without.
 */
export async function storeSecretsAt(
  db: Db,
  store: string,
  opts: { now: Date; authSecret: string },
): Promise<{ storeId: string; secrets: string[] } | null> {
  const [row] = await db
    .select({ storeId: stores.id, secrets: storePosSecrets })
    .from(stores)
    .innerJoin(storePosSecrets, eq(storePosSecrets.storeId, stores.id))
    .where(or(eq(stores.id, store), eq(stores.slug, store)));
  if (!row) return null;
  const sealed = [row.secrets.secret];
  if (row.secrets.previousSecret && row.secrets.previousUntil && row.secrets.previousUntil > opts.now) {
    sealed.push(row.secrets.previousSecret);
  }
  const secrets = sealed.map((s) => openSecret(s, opts.authSecret)).filter((s): s is string => s !== null);
  return { storeId: row.storeId, secrets };
}
