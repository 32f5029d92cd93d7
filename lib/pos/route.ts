import 'server-only';
import type { z } from 'zod';
import { posSecret, readEnv } from '@/lib/env';
import { AppError, fromZodError } from '@/lib/http/errors';
import { readBodyText } from '@/lib/http/read-body';
import { assertStorableText, route } from '@/lib/http/route';
import { verifyPosSignature } from './signature';

/**
 * A store-side route: the raw body is verified against the HMAC signature before anything
 * else is read, then parsed and validated like any BFF request.
 */
export function posRoute<B extends z.ZodType, P extends z.ZodType>(
  spec: { body: B; params?: P },
  handler: (input: {
    body: z.infer<B>;
    params: P extends z.ZodType ? z.infer<P> : undefined;
    request: Request;
  }) => Promise<Response | object>,
) {
  return route({ params: spec.params }, async ({ params, request }) => {
    const raw = await readBodyText(request);
    verifyPosSignature(request.headers, raw, posSecret(readEnv()), new Date());
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new AppError('invalid_json', 'The body is not valid JSON');
    }
    assertStorableText(json, 'body');
    const parsed = spec.body.safeParse(json);
    if (!parsed.success) throw fromZodError(parsed.error, 'body');
    return handler({ body: parsed.data, params: params as never, request });
  });
}
