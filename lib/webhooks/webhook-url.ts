import { AppError } from '@/lib/http/errors';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A URL events may go to: https anywhere; plain http only to this machine (a receiver under
 * development or in a test), and not at all in production, where events carry orders.
 * No user name or password in it: a URL is shown in lists and logs.
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
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol !== 'http:') refuse('Use an https URL');
  if (options.production) refuse('Use an https URL: plain http is refused in production');
  if (!LOOPBACK.has(url.hostname)) refuse('Use an https URL: plain http only to localhost or 127.0.0.1');
  return url.toString();
}
