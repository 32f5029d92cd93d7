import 'server-only';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses inside a network (loopback, private, shared, link-local: cloud metadata), never a public endpoint. */
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

/** Whether an IP address is inside a network; an IPv4-mapped IPv6 address is judged as its IPv4. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return INTERNAL.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export type Lookup = (host: string) => Promise<{ address: string }[]>;
const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Why a request to this URL must not be made from the server, or null: its host is, or resolves
 * to, an address inside the network. Every address a name resolves to is checked, so a name
 * that answers with one public and one private address is refused too. (A name that changes its
 * answer between this check and the connection is not caught here; the fetch is still bounded
 * by its timeout and size cap, and what it reads is never shown back but as an image.)
 */
export async function internalDestination(url: URL, lookup: Lookup = systemLookup): Promise<string | null> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (isIP(host)) return isInternalAddress(host) ? `${host} is inside the network` : null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch {
    return null; // unresolvable: the fetch itself fails, with its own message
  }
  const internal = addresses.find((a) => isInternalAddress(a.address));
  return internal ? `${host} resolves to ${internal.address}, inside the network` : null;
}
