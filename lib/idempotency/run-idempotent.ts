import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { inTransaction } from '@/lib/db/in-transaction';
import { idempotencyKeys } from '@/lib/db/schema';
import { AppError } from '@/lib/http/errors';

export type StoredResult = { status: number; body: unknown };

/** Keys are kept at least this long (Stripe keeps 24 h). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A "running" claim older than this belongs to a request that died; it may be taken over. */
const STALE_CLAIM_MS = 60_000;
const WAIT_FOR_FIRST_MS = 5_000;

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

export function parseIdempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new AppError('invalid_request', 'Idempotency-Key must be 1–255 visible ASCII characters', {
      fields: {
        'Idempotency-Key': ['Must be 1–255 visible ASCII characters'],
      },
    });
  }
  return header;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a retryable write once per (scope, key). A repeat with the same request gets the
 * first result; with a different request, 422; while the first is still running, it
 * waits briefly and then answers 409. `run` gets a transaction and does every read and
 * write through it: the stored result commits with its writes, so a crash leaves either both
 * (a retry gets the first answer) or neither (a retry runs it, once the claim is stale).
 */
export async function runIdempotent(
  db: Db,
  opts: {
    scope: string;
    key: string | undefined;
    fingerprint: string;
    now: Date;
    /**
     * Called in the transaction that records a refusal; true when what the key was scoped to is
     * gone with it (a new guest's first bag, removed again): no one can replay the key, so it is
     * freed in that same transaction and the refusal leaves no row.
     */
    forgetRefusal?: (tx: Db) => Promise<boolean>;
  },
  run: (tx: Db) => Promise<StoredResult>,
): Promise<StoredResult> {
  if (!opts.key) return run(db);
  const where = and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, opts.key));
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const claimed = await db
      .insert(idempotencyKeys)
      .values({
        scope: opts.scope,
        key: opts.key,
        requestHash: opts.fingerprint,
        state: 'running',
        createdAt: opts.now,
      })
      .onConflictDoUpdate({
        target: [idempotencyKeys.scope, idempotencyKeys.key],
        set: { state: 'running', requestHash: opts.fingerprint, createdAt: opts.now, status: null, body: null },
        // Take over only claims that are stale or expired; a live or finished one is left alone.
        setWhere: or(
          and(
            eq(idempotencyKeys.state, 'running'),
            lt(idempotencyKeys.createdAt, new Date(opts.now.getTime() - STALE_CLAIM_MS)),
          ),
          lt(idempotencyKeys.createdAt, new Date(opts.now.getTime() - IDEMPOTENCY_TTL_MS)),
        ),
      })
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      try {
        return await inTransaction(db, async (tx) => {
          const result = await run(tx);
          await tx
            .update(idempotencyKeys)
            .set({ state: 'done', status: result.status, body: result.body })
            .where(where);
          return result;
        });
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) {
          // Nothing was committed and the failure may pass: free the key so a retry can run.
          await db.delete(idempotencyKeys).where(and(where, eq(idempotencyKeys.state, 'running')));
          throw error;
        }
        // A refusal (out of stock, bad line) is the answer to this request: repeats get it too.
        const refusal = { status: error.status, body: error.toBody() };
        await inTransaction(db, async (tx) => {
          if (await opts.forgetRefusal?.(tx)) await tx.delete(idempotencyKeys).where(where);
          else
            await tx
              .update(idempotencyKeys)
              .set({ state: 'done', ...refusal })
              .where(where);
        });
        return refusal;
      }
    }
    const [existing] = await db.select().from(idempotencyKeys).where(where);
    if (!existing) continue;
    if (existing.requestHash !== opts.fingerprint) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
    }
    if (existing.state === 'done') return { status: existing.status ?? 200, body: existing.body };
    if (Date.now() > deadline) {
      throw new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still running');
    }
    await sleep(40);
  }
}

type KeyedRun = { scope: string; key: string | undefined; fingerprint: string; now: Date };

/** Codes runIdempotentIn refuses with on its own account: never the answer to store for the key. */
export const KEY_REFUSALS: readonly string[] = ['idempotency_key_reused', 'idempotency_key_in_use'];

/** Takes over only claims that are stale or expired; a live or finished one is left alone. */
const takeOver = (now: Date) =>
  or(
    and(eq(idempotencyKeys.state, 'running'), lt(idempotencyKeys.createdAt, new Date(now.getTime() - STALE_CLAIM_MS))),
    lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)),
  );

/**
 * runIdempotent inside a transaction the caller opened (one transaction per write, two round
 * trips fewer): the claim is the transaction's first write, so a concurrent request with the
 * same key waits on it and then finds the stored answer; the answer commits with the work. A
 * refusal thrown by `run` rolls everything back, claim included: the caller stores it after
 * (storeRefusal), when there is still something the key is scoped to.
 */
export async function runIdempotentIn(
  tx: Db,
  opts: KeyedRun,
  run: (tx: Db) => Promise<StoredResult>,
): Promise<StoredResult> {
  if (!opts.key) return run(tx);
  const where = and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, opts.key));
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope: opts.scope, key: opts.key, requestHash: opts.fingerprint, state: 'running', createdAt: opts.now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: { state: 'running', requestHash: opts.fingerprint, createdAt: opts.now, status: null, body: null },
      setWhere: takeOver(opts.now),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [existing] = await tx.select().from(idempotencyKeys).where(where);
    if (existing && existing.requestHash !== opts.fingerprint) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
    }
    if (existing?.state === 'done') return { status: existing.status ?? 200, body: existing.body };
    // A claim of a request still running outside a transaction (runIdempotent's).
    throw new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still running');
  }
  const result = await run(tx);
  await tx.update(idempotencyKeys).set({ state: 'done', status: result.status, body: result.body }).where(where);
  return result;
}

/** A refusal thrown in runIdempotentIn's transaction, stored for its key after the rollback: repeats get it too. */
export async function storeRefusal(db: Db, opts: KeyedRun & { key: string }, error: AppError): Promise<StoredResult> {
  const refusal = { status: error.status, body: error.toBody() };
  const row = { requestHash: opts.fingerprint, state: 'done' as const, createdAt: opts.now, ...refusal };
  const stored = await db
    .insert(idempotencyKeys)
    .values({ scope: opts.scope, key: opts.key, ...row })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: row,
      setWhere: takeOver(opts.now),
    })
    .returning({ key: idempotencyKeys.key });
  if (stored.length > 0) return refusal;
  // Another request with the key finished meanwhile: its answer stands, as for any repeat.
  const [existing] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, opts.scope), eq(idempotencyKeys.key, opts.key)));
  if (existing && existing.requestHash !== opts.fingerprint)
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used with a different request');
  return existing?.state === 'done' ? { status: existing.status ?? 200, body: existing.body } : refusal;
}
