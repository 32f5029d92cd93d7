import { readEnv } from '@/lib/env';
import { parseSecurityContacts, securityTxt } from '@/lib/security/security-txt';
import { publicUrl } from '@/lib/site';

/** Served at /.well-known/security.txt too (next.config.mjs); 404 until the shop names a contact. */
export function GET(): Response {
  const body = securityTxt({
    contacts: parseSecurityContacts(readEnv().AISLE_SECURITY_CONTACT),
    publicUrl: publicUrl(),
    now: new Date(),
  });
  if (!body) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(body, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  });
}
