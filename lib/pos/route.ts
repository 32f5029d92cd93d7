import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import { posSecret } from '@/lib/env';
import { AppError, fromZodError } from '@/lib/http/errors';
import { readBodyBytes } from '@/lib/http/read-body';
import { assertStorableText, route, type RequestContext } from '@/lib/http/route';
import { verifyPosSignature } from './signature';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A store-side route: the body's bytes are verified against the HMAC signature before anything
 * else is read, then decoded, parsed and validated like any BFF request. Decoding first would
 * let two different byte strings (a BOM, U+FFFD for invalid bytes) pass for one signed text.
 * The signature is the till's credential, so no session is looked up.
 */
export function signedPosRoute<B extends z.ZodType, P extends z.ZodType | undefined = undefined>(
  spec: { body: B; params?: P },
  handler: (
    input: RequestContext<'none'> & { body: z.infer<B>; params: P extends z.ZodType ? z.infer<P> : undefined },
  ) => Promise<Response | object>,
) {
  // The database is opened once the signature holds: an unsigned request never waits on it.
  return route({ auth: 'none', db: false, params: spec.params }, async (ctx) => {
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
    const parsed = spec.body.safeParse(json);
    if (!parsed.success) throw fromZodError(parsed.error, 'body');
    return handler({ ...ctx, db: await getDb(), body: parsed.data, params: ctx.params as never });
  });
}
