// Minimal IPv4 arithmetic for the schemas. contract/ may import only zod, so the few operations the
// validation rules need live here; richer analysis (overlap reports, coverage) uses ipaddr.js in src/ and server/.

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Parses dotted-decimal IPv4 ("10.0.0.1") into an unsigned 32-bit number; null when malformed. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Cidr {
  /** The address as written, before masking. */
  address: number;
  prefix: number;
  /** First address of the block. */
  network: number;
  /** Number of addresses in the block. */
  size: number;
}

/** Parses "a.b.c.d/n"; null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const address = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === null || !/^(3[0-2]|[12]?\d)$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  return { address, prefix, network, size };
}

export function formatCidr(c: Pick<Cidr, 'network' | 'prefix'>): string {
  return `${formatIpv4(c.network)}/${c.prefix}`;
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + b.size && b.network < a.network + a.size;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.network >= outer.network && inner.network + inner.size <= outer.network + outer.size;
}

/** True when the written address has host bits set (e.g. 10.0.0.1/24). */
export function hasHostBits(c: Cidr): boolean {
  return c.address !== c.network;
}
