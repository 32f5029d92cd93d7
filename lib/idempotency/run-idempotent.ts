import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db';
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
      'Idempotency-Key': ['Must be 1–255 visible ASCII characters'],
    });
  }
  return header;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a retryable write once per (scope, key). A repeat with the same request gets the
 * first result; with a different request, 422; while the first is still running, it
 * waits briefly and then answers 409. `run` gets the db and must do its writes in
 * its own transaction; the stored result is written right after it commits.
 */
export async function runIdempotent(
  db: Db,
  opts: { scope: string; key: string | undefined; fingerprint: string; now: Date },
  run: () => Promise<StoredResult>,
): Promise<StoredResult> {
  if (!opts.key) return run();
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
      let result: StoredResult;
      try {
        result = await run();
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) {
          // Nothing was committed and the failure may pass: free the key so a retry can run.
          await db.delete(idempotencyKeys).where(and(where, eq(idempotencyKeys.state, 'running')));
          throw error;
        }
        // A refusal (out of stock, bad line) is the answer to this request: repeats get it too.
        result = { status: error.status, body: error.toBody() };
      }
      await db.update(idempotencyKeys).set({ state: 'done', status: result.status, body: result.body }).where(where);
      return result;
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
