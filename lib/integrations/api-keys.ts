import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { apiKeys } from '@/lib/db/schema';
import { newId } from '@/lib/ids';
import type { KeyScope } from './scopes';

/** Every key starts so, which lets a secret scanner (and a support engineer) recognise one. */
export const KEY_PREFIX = 'aisle_sk_';
/** Last use is written at most this often per key, so a busy feed does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The key that called, as a handler sees it. */
export type ApiKeyCaller = { id: string; name: string; scopes: KeyScope[] };
export type ApiKeySummary = ApiKeyCaller & {
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: stored as its hash, answered once. */
export async function createApiKey(
  db: Db,
  input: { name: string; scopes: readonly KeyScope[] },
  now: Date,
): Promise<{ id: string; key: string }> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = newId('key');
  await db.insert(apiKeys).values({
    id,
    name: input.name,
    prefix: key.slice(0, KEY_PREFIX.length + 6),
    hash: hashKey(key),
    scopes: [...new Set(input.scopes)],
    createdAt: now,
  });
  return { id, key };
}

/** The key a caller presented, if it exists and is not revoked; notes its use. */
export async function authenticateApiKey(db: Db, key: string, now: Date): Promise<ApiKeyCaller | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hashKey(key)), isNull(apiKeys.revokedAt)));
  if (!row) return null;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, row.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS))),
      ),
    );
  return { id: row.id, name: row.name, scopes: row.scopes as KeyScope[] };
}

/** Revokes a key at once: its next call is refused. False when there is no such live key. */
export async function revokeApiKey(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** Every key, newest first, without anything that would let one be used. */
export async function listApiKeys(db: Db): Promise<ApiKeySummary[]> {
  const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scopes: r.scopes as KeyScope[],
    prefix: r.prefix,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  }));
}
