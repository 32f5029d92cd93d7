import 'server-only';
import { AppError } from '@/lib/http/errors';
import { isInternalAddress } from '@/lib/security/outbound-address';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A URL events may go to: https anywhere; plain http only to this machine (a receiver under
 * development or in a test), and not at all in production, where events carry orders and an
 * address inside the network (loopback, private, link-local: cloud metadata) written as an IP is
 * refused too. No user name or password in it: a URL is shown in lists and logs.
 */
export function checkWebhookUrl(value: string, options: { production: boolean }): string {
  const refuse = (message: string) => {
    throw new AppError('invalid_request', message, { fields: { url: [message] } });
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse('Not a URL');
  }
  if (url.username || url.password) refuse('A webhook URL may not hold a user name or password');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (options.production && (host === 'localhost' || isInternalAddress(host))) {
    refuse('Use a public address: this one is inside the network');
  }
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol !== 'http:') refuse('Use an https URL');
  if (options.production) refuse('Use an https URL: plain http is refused in production');
  if (!LOOPBACK.has(url.hostname)) refuse('Use an https URL: plain http only to localhost or 127.0.0.1');
  return url.toString();
}
