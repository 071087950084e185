import { isIPv6 } from 'node:net';

/**
 * The part of a client address login throttling counts per: an IPv4 address
 * (also when IPv4-mapped), or an IPv6 address's /64 (a client usually holds a
 * whole /64, and counting each of its addresses apart would give it 2^64 budgets).
 */
export function throttledAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const ip = address.split('%')[0]; // a zone id (fe80::1%eth0) names an interface, not a client
  if (!isIPv6(ip)) return address;
  const [head, tail] = ip.split('::');
  const first = head ? head.split(':') : [];
  const last = tail ? tail.split(':') : [];
  const groups = tail === undefined ? first : [...first, ...Array<string>(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
