import ipaddr from 'ipaddr.js';

// CIDR arithmetic for the pre-submit warnings, on ipaddr.js rather than hand-written bit twiddling.

/** A parsed IPv4 block: the address as written, its prefix, and the network address. */
export interface Block {
  text: string;
  address: ipaddr.IPv4;
  prefix: number;
  network: ipaddr.IPv4;
}

/** Parses "a.b.c.d/n"; null for anything else (the schema reports those). */
export function parseBlock(text: string): Block | null {
  const trimmed = text.trim();
  if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(trimmed)) return null;
  const [address, prefix] = ipaddr.IPv4.parseCIDR(trimmed);
  return { text: trimmed, address, prefix, network: ipaddr.IPv4.networkAddressFromCIDR(trimmed) };
}

export const formatBlock = (b: Pick<Block, 'network' | 'prefix'>) => `${b.network.toString()}/${b.prefix}`;

/** `outer` contains all of `inner`. */
export function contains(outer: Block, inner: Block): boolean {
  return inner.prefix >= outer.prefix && inner.network.match(outer.network, outer.prefix);
}

export function overlaps(a: Block, b: Block): boolean {
  return contains(a, b) || contains(b, a);
}

export function sameBlock(a: Block, b: Block): boolean {
  return a.prefix === b.prefix && a.network.toString() === b.network.toString();
}

/** Host bits set, e.g. 192.168.44.1/24 where the subnet 192.168.44.0/24 was meant. */
export function hasHostBits(b: Block): boolean {
  return b.address.toString() !== b.network.toString();
}

/** A plain IPv4 that looks like a network (x.x.x.0) or broadcast (x.x.x.255) address rather than a host. */
export function looksLikeNetworkAddress(text: string): boolean {
  if (!ipaddr.IPv4.isValidFourPartDecimal(text.trim())) return false;
  const last = ipaddr.IPv4.parse(text.trim()).octets[3];
  return last === 0 || last === 255;
}

/** Parses a list, skipping blanks and invalid entries. */
export function parseBlocks(list: readonly string[]): Block[] {
  return list.map(parseBlock).filter((b): b is Block => b !== null);
}
