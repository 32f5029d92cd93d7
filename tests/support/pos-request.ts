import { DEVELOPMENT_POS_SECRET } from '@/lib/env';
import { signPosRequest } from '@/lib/pos/signature';

/** A POS request as a till sends it: the JSON body (or raw text) signed with the shared secret. */
export function signedPosInit(body: unknown, opts: { secret?: string; at?: number; raw?: string } = {}) {
  const raw = opts.raw ?? JSON.stringify(body);
  const at = opts.at ?? Math.floor(Date.now() / 1000);
  return {
    init: {
      method: 'POST',
      body: raw,
      headers: {
        'content-type': 'application/json',
        'x-aisle-timestamp': String(at),
        'x-aisle-signature': signPosRequest(opts.secret ?? DEVELOPMENT_POS_SECRET, at, raw),
      },
    },
  };
}
