import 'server-only';
import { isIPv6 } from 'node:net';

/**
 * The bucket an address's rate limits count in: an IPv4 address as it is, an IPv6 address by its
 * /64, since one host is routinely handed a whole /64 and could otherwise name a new address for
 * every request. Anything else (a CDN's token, `local`) is its own bucket.
 */
export function addressBucket(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  const [head = '', tail = ''] = bare.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = bare.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
