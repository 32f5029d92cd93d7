import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/csp';

/**
 * A nonce per page request for the Content-Security-Policy. Next.js reads the policy from the
 * request headers and puts the nonce on the scripts it renders. Authorisation is never decided
 * here: every handler checks its caller itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    tileUrl: process.env.NEXT_PUBLIC_MAP_TILE_URL,
  });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: the API answers JSON (its own policy is in next.config), static files need none.
  matcher: [
    {
      source:
        '/((?!api/|_next/static|_next/image|media/|icons/|screenshots/|sw.js|manifest.webmanifest|robots.txt|sitemap.xml).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
