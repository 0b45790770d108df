import ipaddr from 'ipaddr.js';

// CIDR arithmetic for the server's cross-object rules (subnet overlap, tunnel /30 allocation).

type Range = [ipaddr.IPv4, number];

function toRange(cidr: string): Range | undefined {
  if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(cidr)) return undefined;
  const [, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  return [ipaddr.IPv4.networkAddressFromCIDR(cidr), prefix];
}

/** True when the two IPv4 CIDR blocks share at least one address. */
export function cidrsOverlap(a: string, b: string): boolean {
  const ra = toRange(a);
  const rb = toRange(b);
  if (!ra || !rb) return false;
  return ra[0].match(rb) || rb[0].match(ra);
}

/** The first pair (subnet, local subnet) that overlaps, if any. */
export function firstOverlap(subnets: readonly string[], localSubnets: readonly string[]): [string, string] | undefined {
  for (const subnet of subnets) {
    const hit = localSubnets.find((local) => cidrsOverlap(subnet, local));
    if (hit) return [subnet, hit];
  }
  return undefined;
}

/** Index of the 169.254.x.x/30 block a tunnel address lies in (0–16383), or undefined. */
export function tunnelBlockOf(address: string | undefined): number | undefined {
  if (!address || !ipaddr.IPv4.isValidCIDRFourPartDecimal(address)) return undefined;
  const [ip] = ipaddr.IPv4.parseCIDR(address);
  const [a, b, c, d] = ip.octets;
  if (a !== 169 || b !== 254 || c === undefined || d === undefined) return undefined;
  return c * 64 + Math.floor(d / 4);
}

export function formatTunnelBlock(block: number): string {
  return `169.254.${Math.floor(block / 64)}.${(block % 64) * 4}/30`;
}

const BLOCKS = 256 * 64;

function usable(block: number): boolean {
  const third = Math.floor(block / 64);
  // 169.254.195.x is reserved by OTC; .0.x and .255.x are reserved for link-local by RFC 3927.
  return third !== 195 && third !== 0 && third !== 255;
}

/**
 * A free /30 for a new tunnel: the first unused block from `startHint` onwards, so auto-assigned
 * pairs look varied per gateway but never collide within it. Local gets .1, customer .2 of the block.
 */
export function allocateTunnelPair(used: ReadonlySet<number>, startHint: number): { local: string; peer: string } | undefined {
  for (let i = 0; i < BLOCKS; i++) {
    const block = (startHint + i) % BLOCKS;
    if (!usable(block) || used.has(block)) continue;
    const third = Math.floor(block / 64);
    const base = (block % 64) * 4;
    return { local: `169.254.${third}.${base + 1}/30`, peer: `169.254.${third}.${base + 2}/30` };
  }
  return undefined;
}
