import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf, sqlDate, sqlNumber } from '@/lib/db/rows';
import { internalDestination, type Lookup } from '@/lib/security/outbound-address';
import { unsealSecret } from './seal';
import { signatureHeaders } from './sign';

/** Tries before a delivery is marked failed (AISLE_WEBHOOK_MAX_ATTEMPTS). */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** How long a receiver has to answer one try. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How long one instance holds what it claimed: well past a batch's sends, which run side by side and
 * time out at DELIVERY_TIMEOUT_MS. A crashed instance's claims are taken again after it. */
const LEASE_MS = 60_000;
/** Deliveries one pass claims and sends side by side. */
export const WEBHOOK_BATCH = 20;

/** Exponential backoff with jitter: about 30 s, 2 min, 8 min, 32 min, 2 h, then 6 h between tries. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(6 * 60 * 60_000, 30_000 * 4 ** Math.max(0, attempts - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}

export type DeliveryOptions = {
  /** The app's AUTH secret, which unseals the webhooks' secrets. */
  authSecret: string;
  fetch?: typeof fetch;
  /**
   * Refuse to send to a host that resolves inside the network (production): the URL was checked
   * when it was subscribed, but a name may point anywhere later.
   */
  publicOnly?: boolean;
  lookup?: Lookup;
  maxAttempts?: number;
  timeoutMs?: number;
  random?: () => number;
};

const claimedRow = z.object({
  id: z.string(),
  event_id: z.string(),
  attempts: sqlNumber,
  url: z.string(),
  secret_sealed: z.string(),
  type: z.string(),
  data: z.unknown(),
  created_at: sqlDate,
});
type Claimed = z.infer<typeof claimedRow>;
type Outcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * Delivers due webhook deliveries: claims a batch with a lease (`FOR UPDATE SKIP LOCKED`, so
 * instances running this at once never claim one delivery together), sends them side by side,
 * signed per Standard Webhooks, and records each outcome. A 2xx is delivered; anything else (a
 * redirect, which is not followed, an error status, a timeout, no answer) is tried again later with
 * backoff, and marked failed after `maxAttempts`. An instance that dies mid-send leaves its claims
 * to be taken again when the lease runs out: delivery is at least once, the same `webhook-id` on
 * every try. Answers how many it claimed (a full batch: more may be due) and delivered.
 */
export async function deliverWebhooks(
  db: Db,
  now: Date,
  options: DeliveryOptions,
): Promise<{ claimed: number; delivered: number }> {
  const at = now.toISOString();
  const token = randomBytes(12).toString('base64url');
  const claimed = rowsOf(
    claimedRow,
    await db.execute(sql`
      WITH claimed AS (
        UPDATE webhook_deliveries SET lease_until = ${new Date(now.getTime() + LEASE_MS).toISOString()},
          lease_token = ${token}, attempts = attempts + 1, last_attempt_at = ${at}
        WHERE id IN (
          SELECT id FROM webhook_deliveries
          WHERE status = 'pending' AND next_attempt_at <= ${at} AND (lease_until IS NULL OR lease_until <= ${at})
          ORDER BY next_attempt_at, id
          LIMIT ${WEBHOOK_BATCH}
          FOR UPDATE SKIP LOCKED)
        RETURNING id, webhook_id, event_id, attempts)
      SELECT c.id, c.event_id, c.attempts, w.url, w.secret_sealed, e.type, e.data, e.created_at
      FROM claimed c
      JOIN webhooks w ON w.id = c.webhook_id
      JOIN integration_events e ON e.id = c.event_id`),
  );
  const outcomes = await Promise.all(claimed.map((d) => send(d, now, options)));
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let delivered = 0;
  for (const [i, d] of claimed.entries()) {
    const outcome = outcomes[i]!;
    if (outcome.ok) delivered++;
    else console.warn(`[webhooks] ${d.id} (${d.type}) not delivered, try ${d.attempts}: ${outcome.error}`);
    const status = outcome.ok ? 'succeeded' : d.attempts >= maxAttempts ? 'failed' : 'pending';
    const next = outcome.ok ? now : new Date(now.getTime() + retryDelayMs(d.attempts, options.random));
    // Only under this claim's token: a claim whose lease ran out and was taken again records nothing.
    await db.execute(sql`
      UPDATE webhook_deliveries SET status = ${status}, lease_until = NULL, lease_token = NULL,
        last_status_code = ${outcome.statusCode}, last_error = ${outcome.ok ? null : outcome.error},
        next_attempt_at = ${next.toISOString()}, delivered_at = ${outcome.ok ? at : null}
      WHERE id = ${d.id} AND lease_token = ${token}`);
  }
  return { claimed: claimed.length, delivered };
}

async function send(d: Claimed, now: Date, options: DeliveryOptions): Promise<Outcome> {
  let secret: string;
  try {
    secret = unsealSecret(d.secret_sealed, options.authSecret);
  } catch (error) {
    return { ok: false, statusCode: null, error: (error as Error).message };
  }
  const body = JSON.stringify({ id: d.event_id, type: d.type, timestamp: d.created_at.toISOString(), data: d.data });
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  if (options.publicOnly) {
    const internal = await internalDestination(new URL(d.url), options.lookup);
    if (internal) return { ok: false, statusCode: null, error: `Not sent: ${internal}` };
  }
  try {
    const response = await (options.fetch ?? fetch)(d.url, {
      method: 'POST',
      headers: {
        ...signatureHeaders(secret, { id: d.event_id, body, at: now }),
        'content-type': 'application/json',
        'user-agent': 'Aisle-Webhooks/1',
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Nothing of the answer is kept but its status; reading it to the end would let a receiver hold us.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
    const redirect = response.status >= 300 && response.status < 400;
    return {
      ok: false,
      statusCode: response.status,
      error: redirect ? `Redirect ${response.status} not followed` : `HTTP ${response.status}`,
    };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error, timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `No answer within ${timeoutMs / 1000} s`;
  const reason = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  return `Not sent: ${reason}`.slice(0, 500);
}
