import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import { posSecret } from '@/lib/env';
import { AppError, fromZodError } from '@/lib/http/errors';
import { readBodyBytes } from '@/lib/http/read-body';
import type { Operation } from '@/lib/http/operation';
import { assertStorableText, serveWithoutDb, servesOperation, type RequestContext } from '@/lib/http/route';
import { verifyPosSignature } from './signature';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A store-side route: the body's bytes are verified against the HMAC signature before anything
 * else is read, then decoded, parsed and validated like any BFF request. Decoding first would
 * let two different byte strings (a BOM, U+FFFD for invalid bytes) pass for one signed text.
 * The signature is the till's credential (the operation's `auth: 'till'`), so no session is
 * looked up.
 */
export function signedPosRoute<B extends z.ZodType, P extends z.ZodObject | undefined = undefined>(
  operation: Operation<undefined, B, P, 'till'>,
  handler: (
    input: RequestContext<'none'> & { body: z.infer<B>; params: P extends z.ZodType ? z.infer<P> : undefined },
  ) => Promise<Response | object>,
) {
  const schema = operation.body;
  if (!schema) throw new Error(`${operation.path}: a till route is signed over its body, so it takes one`);
  // The database is opened once the signature holds: an unsigned request never waits on it.
  const serve = serveWithoutDb({ params: operation.params, cache: operation.cache }, async (ctx) => {
    const raw = await readBodyBytes(ctx.request);
    verifyPosSignature(ctx.request.headers, raw, posSecret(ctx.env), ctx.now);
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
    return handler({ ...ctx, db: await getDb(), body: parsed.data, params: ctx.params as never });
  });
  return servesOperation(operation, serve);
}
