// Minimal IPv4 arithmetic for the schemas. contract/ may import only zod, so the few operations the
// validation rules need live here; richer analysis (overlap reports, coverage) uses ipaddr.js in src/ and server/.

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function octet(text: string | undefined): number {
  // Leading zeros ("010") are refused: some tools read them as octal.
  if (text === undefined || (text.length > 1 && text.startsWith('0'))) return -1;
  const n = Number(text);
  return n <= 255 ? n : -1;
}

/** Parses dotted-decimal IPv4 ("10.0.0.1") into an unsigned 32-bit number; null when malformed. */
export function parseIpv4(text: string): number | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const [a, b, c, d] = [octet(m[1]), octet(m[2]), octet(m[3]), octet(m[4])];
  if (a < 0 || b < 0 || c < 0 || d < 0) return null;
  return ((a * 256 + b) * 256 + c) * 256 + d;
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
