import 'server-only';
import type { Env } from '@/lib/env';
import { addressBucket } from './address-bucket';

let warnedUnverified = false;

/**
 * The client's address, used only to key rate limits. With no proxy (AISLE_TRUSTED_PROXIES=0)
 * `npm start` has replaced the header with the socket's address, whatever the client sent; a
 * production server started any other way cannot vouch for the header, so every client shares
 * one address rather than naming its own. Behind proxies, the entry the nearest trusted one
 * appended: `X-Forwarded-For: forged, client, cdn` behind two is `client`, since a client can
 * prepend whatever it likes, never append after the proxies.
 */
export function clientAddress(headers: Headers, env: Env): string {
  if (env.AISLE_TRUSTED_PROXIES === 0 && env.NODE_ENV === 'production' && env.AISLE_SOCKET_ADDRESS !== '1') {
    if (!warnedUnverified) {
      warnedUnverified = true;
      console.warn(
        '[http] AISLE_TRUSTED_PROXIES=0 needs `npm start` (server/start.mjs); per-address limits are shared by all clients',
      );
    }
    return 'unverified';
  }
  const entries = (headers.get(env.AISLE_CLIENT_ADDRESS_HEADER) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'local';
  return addressBucket(entries[Math.max(0, entries.length - Math.max(1, env.AISLE_TRUSTED_PROXIES))]!);
}
