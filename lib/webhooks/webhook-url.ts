import { BlockList, isIP } from 'node:net';
import { AppError } from '@/lib/http/errors';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Addresses inside a network, never a retailer's public endpoint: refused as literals in production. */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

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
  const family = isIP(host);
  if (
    options.production &&
    (host === 'localhost' || (family && INTERNAL.check(host, family === 6 ? 'ipv6' : 'ipv4')))
  ) {
    refuse('Use a public address: this one is inside the network');
  }
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol !== 'http:') refuse('Use an https URL');
  if (options.production) refuse('Use an https URL: plain http is refused in production');
  if (!LOOPBACK.has(url.hostname)) refuse('Use an https URL: plain http only to localhost or 127.0.0.1');
  return url.toString();
}
