import 'server-only';
import type { z } from 'zod';
import { getDb, type Db } from '@/lib/db';
import { authSecret, posSecret, type Env } from '@/lib/env';
import { AppError, fromZodError } from '@/lib/http/errors';
import { readBodyBytes } from '@/lib/http/read-body';
import type { Operation } from '@/lib/http/operation';
import { assertStorableText, serveWithoutDb, servesOperation, type RequestContext } from '@/lib/http/route';
import { readPosSignature, signedWith } from './signature';
import { storeSecretsAt } from './store-secrets';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Which secret signed a till's request: the retailer-wide POS_WEBHOOK_SECRET (the back office,
 * any store) or one store's own secret (`npm run pos:secret`), which speaks for that store only.
 */
export type TillSigner = { kind: 'retailer' } | { kind: 'store'; storeId: string };

/** The store a request says it is from, to choose the secret to check: X-Aisle-Store, else the body's storeId. */
function claimedStore(headers: Headers, raw: Uint8Array): string | null {
  const header = headers.get('x-aisle-store');
  if (header) return header.length <= 60 ? header : null;
  try {
    const storeId: unknown = (JSON.parse(strictUtf8.decode(raw)) as { storeId?: unknown } | null)?.storeId;
    return typeof storeId === 'string' && storeId.length > 0 && storeId.length <= 60 ? storeId : null;
  } catch {
    return null;
  }
}

/**
 * The signer, or 401. The retailer's secret is tried first, with no database; a store's secrets
 * (the current one, and the previous one during a rotation's overlap) are looked up for the
 * store the request names. Which store is claimed only picks the key: the HMAC over the bytes
 * decides, and the body's storeId must then be the signer's (checked once the body is parsed).
 */
async function verifyTill(
  request: Request,
  raw: Uint8Array,
  env: Env,
  now: Date,
): Promise<{ till: TillSigner; db?: Db }> {
  const signed = readPosSignature(request.headers, now);
  if (signedWith(posSecret(env), signed, raw)) return { till: { kind: 'retailer' } };
  const claimed = claimedStore(request.headers, raw);
  if (claimed) {
    const db = await getDb();
    const store = await storeSecretsAt(db, claimed, { now, authSecret: authSecret(env) });
    if (store?.secrets.some((secret) => signedWith(secret, signed, raw))) {
      return { till: { kind: 'store', storeId: store.storeId }, db };
    }
  }
  throw new AppError('unauthorized', 'The signature does not match');
}

/**
 * A store-side route: the body's bytes are verified against the HMAC signature before anything
 * else is read, then decoded, parsed and validated like any BFF request. Decoding first would
 * let two different byte strings (a BOM, U+FFFD for invalid bytes) pass for one signed text.
 * The signature is the till's credential (the operation's `auth: 'till'`), so no session is
 * looked up; the handler is told which secret signed (`till`).
 */
export function signedPosRoute<B extends z.ZodType, P extends z.ZodObject | undefined = undefined>(
  operation: Operation<undefined, B, P, 'till'>,
  handler: (
    input: RequestContext<'none'> & {
      body: z.infer<B>;
      params: P extends z.ZodType ? z.infer<P> : undefined;
      till: TillSigner;
    },
  ) => Promise<Response | object>,
) {
  const schema = operation.body;
  if (!schema) throw new Error(`${operation.path}: a till route is signed over its body, so it takes one`);
  // The database is opened only for a request that claims a store (to read that store's secrets)
  // or once the signature holds: a request with no claim and no valid signature never waits on it.
  const serve = serveWithoutDb({ params: operation.params, cache: operation.cache }, async (ctx) => {
    const raw = await readBodyBytes(ctx.request);
    const { till, db } = await verifyTill(ctx.request, raw, ctx.env, ctx.now);
    let text: string;
    try {
      // JSON between systems is UTF-8 (RFC 8259 §8.1); a leading BOM is dropped, as it may be.
      text = strictUtf8.decode(raw);
    } catch {
      throw new AppError('invalid_json', 'The body is not valid UTF-8');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('invalid_json', 'The body is not valid JSON');
    }
    assertStorableText(json, 'body');
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw fromZodError(parsed.error, 'body');
    // A store's secret speaks for that store alone: every till body names its store.
    if (till.kind === 'store' && (parsed.data as { storeId?: unknown }).storeId !== till.storeId) {
      throw new AppError('forbidden', "This till's secret signs only for its own store");
    }
    return handler({ ...ctx, db: db ?? (await getDb()), till, body: parsed.data, params: ctx.params as never });
  });
  return servesOperation(operation, serve);
}
