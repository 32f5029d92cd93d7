import 'server-only';
import { NextRequest } from 'next/server';
import { AppError } from '@/lib/http/errors';

/** As next-auth judges a callback URL: http(s), absolute or from the site's root. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

/**
 * next-auth answers a callback URL it cannot use (`?callbackUrl=javascript:1`, or such a value in
 * its callback-url cookie) as a server fault: a bare 500 and a logged stack. A bad query value is
 * refused here as bad input (422 naming it); a bad cookie, which the visitor may not even know
 * they hold, is dropped, and next-auth falls back to its default. Where a good one may lead is
 * still decided by the redirect callback (same origin only).
 */
export function guardCallbackUrl(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.getAll('callbackUrl');
  if (fromQuery.length > 1 || (fromQuery[0] !== undefined && !isHttpUrl(fromQuery[0], url.origin))) {
    throw new AppError('invalid_request', 'callbackUrl must be an address on this site', {
      fields: { callbackUrl: ['Must be an address on this site'] },
    });
  }
  const cookie = request.headers.get('cookie');
  if (!cookie) return request;
  const parts = cookie.split(';');
  const kept = parts.filter((part) => {
    const [name = '', ...rest] = part.trim().split('=');
    if (!CALLBACK_COOKIE.test(name)) return true;
    let value: string;
    try {
      value = decodeURIComponent(rest.join('='));
    } catch {
      return false;
    }
    return isHttpUrl(value, url.origin);
  });
  if (kept.length === parts.length) return request;
  const headers = new Headers(request.headers);
  headers.set('cookie', kept.join(';'));
  return new NextRequest(request.url, {
    method: request.method,
    headers,
    body: request.body,
    // A streamed body needs this flag to be handed on.
    ...(request.body ? { duplex: 'half' } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}
