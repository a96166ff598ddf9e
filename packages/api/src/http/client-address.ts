import { isIP } from 'node:net';

/**
 * Which proxies may tell us the client's address in X-Forwarded-For (ATLAS_TRUST_PROXY):
 * - `{ hops: 0 }` (the default): none; the socket's peer is the client, and X-Forwarded-For is ignored;
 * - `{ hops: N }`: N proxies in front of us, each appending the address it saw; the client is the Nth from the right;
 * - `{ addresses }`: requests from these proxy addresses; the client is the rightmost address not in the list.
 * Anything left of what a trusted proxy appended was written by the client and is never believed.
 */
export type TrustProxy = { hops: number } | { addresses: string[] };

export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const socket = normalize(peer ?? 'unknown');
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const forwarded = header
    .split(',')
    .map((entry) => normalize(entry.trim()))
    .filter(Boolean);
  const chain = [...forwarded, socket];
  if ('hops' in trust) {
    if (trust.hops === 0) return socket;
    return usable(chain[Math.max(0, chain.length - 1 - trust.hops)], socket);
  }
  if (!trust.addresses.includes(socket)) return socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = chain[i] as string;
    if (!trust.addresses.includes(address)) return usable(address, socket);
  }
  return usable(chain[0], socket);
}

/** ATLAS_TRUST_PROXY: empty or 0, a number of hops, or a comma-separated list of proxy IP addresses. */
export function parseTrustProxy(text: string | undefined): TrustProxy | string {
  const value = (text ?? '').trim();
  if (value === '') return { hops: 0 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? { hops } : `ATLAS_TRUST_PROXY "${value}": at most 10 proxy hops`;
  }
  const addresses = value.split(',').map((entry) => normalize(entry.trim()));
  const bad = addresses.find((address) => !isIP(address));
  return bad === undefined
    ? { addresses }
    : `ATLAS_TRUST_PROXY "${value}": "${bad}" is not an IP address (give a number of hops or proxy addresses)`;
}

/** IPv4 clients on a dual-stack socket show up as ::ffff:a.b.c.d; one client, one key. */
function normalize(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
}

/** A forwarded entry that is not an address (garbage a client slipped in) counts as the proxy's own peer. */
function usable(address: string | undefined, socket: string): string {
  return address && isIP(address) ? address : socket;
}
