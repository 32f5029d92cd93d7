import { DEVELOPMENT_POS_SECRET } from '@/lib/env';
import { signPosRequest } from '@/lib/pos/signature';

/**
 * A POS request as a till sends it: the JSON body (or raw text, or raw bytes) signed with the
 * shared secret. `signed` signs something other than what is sent, as a forger would.
 */
export function signedPosInit(
  body: unknown,
  opts: { secret?: string; at?: number; raw?: string | Uint8Array; signed?: string | Uint8Array } = {},
) {
  const raw = opts.raw ?? JSON.stringify(body);
  const at = opts.at ?? Math.floor(Date.now() / 1000);
  return {
    init: {
      method: 'POST',
      body: typeof raw === 'string' ? raw : new Uint8Array(raw),
      headers: {
        'content-type': 'application/json',
        'x-aisle-timestamp': String(at),
        'x-aisle-signature': signPosRequest(opts.secret ?? DEVELOPMENT_POS_SECRET, at, opts.signed ?? raw),
      },
    },
  };
}
