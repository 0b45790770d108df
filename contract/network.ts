import { z } from 'zod';
import { ipv4CidrSchema, text } from './common.ts';
import { cidrOverlaps, formatCidr, formatIpv4, parseCidr, type Cidr } from './ipv4.ts';

// Customer subnets, tunnel interface addresses and policy rules of a v5 connection.

/** Blocks OTC reserves for VPC internals (region-dependent; these are the documented ones). */
export const RESERVED_CUSTOMER_BLOCKS = ['100.64.0.0/10', '100.64.0.0/12', '214.0.0.0/8'] as const;
// VPN.0204: class D (multicast), class E (reserved) and loopback are never valid.
const UNUSABLE_BLOCKS = [
  { block: '224.0.0.0/4', what: 'multicast (class D)' },
  { block: '240.0.0.0/4', what: 'reserved (class E)' },
  { block: '127.0.0.0/8', what: 'loopback' },
] as const;

const reserved = RESERVED_CUSTOMER_BLOCKS.map((b) => ({ text: b, cidr: parseCidr(b) as Cidr }));
const unusable = UNUSABLE_BLOCKS.map((u) => ({ ...u, cidr: parseCidr(u.block) as Cidr }));

/** Why a CIDR cannot be a customer subnet or policy-rule block, or null when it can. */
export function unusableBlockReason(value: string): string | null {
  const c = parseCidr(value);
  return c ? blockReason(value, c) : null;
}

function blockReason(value: string, c: Cidr): string | null {
  const hitReserved = reserved.find((r) => cidrOverlaps(r.cidr, c));
  if (hitReserved) {
    return `${value} overlaps ${hitReserved.text}, which OTC reserves; use a subnet outside 100.64.0.0/10 and 214.0.0.0/8`;
  }
  const hitUnusable = unusable.find((u) => cidrOverlaps(u.cidr, c));
  return hitUnusable ? `${value} overlaps ${hitUnusable.block} (${hitUnusable.what}), which OTC does not accept` : null;
}

// Each entry is parsed once here (format, duplicates, reserved blocks): this runs on every keystroke of a
// form that may hold 300 CIDRs, so it must stay cheap. Exported for the gateway's local subnets.
export function cidrList(what: string, max: number, maxMessage: (n: number) => string) {
  return z
    .array(text(what), { error: `${what} must be a list of CIDR blocks such as ["192.168.44.0/24"]` })
    .max(max, { error: (iss) => maxMessage((iss.input as unknown[]).length) })
    .superRefine((list, ctx) => {
      const seen = new Set<number>();
      list.forEach((value, i) => {
        const c = parseCidr(value);
        if (!c) {
          ctx.addIssue({ code: 'custom', path: [i], message: `"${value}" is not an IPv4 CIDR block; write it like 192.168.44.0/24` });
          return;
        }
        const key = c.network * 64 + c.prefix;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `${value} is listed twice; remove the duplicate` });
        seen.add(key);
        const reason = blockReason(value, c);
        if (reason) ctx.addIssue({ code: 'custom', path: [i], message: reason });
      });
    });
}

export const customerSubnetsSchema = cidrList(
  'Customer subnet',
  50,
  (n) => `At most 50 customer subnets per connection; you have ${n}`,
);

export const requiredCustomerSubnetsSchema = customerSubnetsSchema.min(
  1,
  'Add at least one customer subnet (the network behind the customer gateway), e.g. 192.168.44.0/24',
);

export const destinationsSchema = cidrList('Destination', 50, (n) => `A policy rule holds at most 50 destinations; this one has ${n}`).min(
  1,
  'Add at least one destination CIDR block to this rule',
);

export const policyRuleSchema = z.strictObject({
  // Deprecated by OTC ("advised not to set"), kept for compatibility.
  rule_index: z.number().int().min(0).max(50, 'rule_index must be 0–50').optional(),
  source: ipv4CidrSchema('Source').refine((v) => unusableBlockReason(v) === null, {
    error: (iss) => unusableBlockReason(String(iss.input)) ?? 'Invalid source',
  }),
  destination: destinationsSchema,
});
export type PolicyRule = z.infer<typeof policyRuleSchema>;

export const policyRulesSchema = z
  .array(policyRuleSchema, { error: 'policy_rules must be a list of {source, destination} rules' })
  .min(1, 'A policy-based connection needs at least one policy rule')
  .max(5, { error: (iss) => `At most 5 policy rules per connection; you have ${(iss.input as unknown[]).length}` })
  .superRefine((rules, ctx) => {
    const sources = new Map<string, number>();
    rules.forEach((rule, i) => {
      const c = parseCidr(rule.source);
      const key = c ? formatCidr(c) : rule.source;
      const first = sources.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'source'],
          message: `Rule ${i + 1} has the same source as rule ${first + 1} (${rule.source}); each rule needs its own source`,
        });
      } else sources.set(key, i);
    });
  });

/** One tunnel interface address: a host address of a 169.254.x.x/30, outside 169.254.195.x. */
export const tunnelAddressSchema = (field: string) =>
  text(field).superRefine((value, ctx) => {
    const c = parseCidr(value);
    const add = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!c) return add(`${field} must look like 169.254.76.1/30`);
    if (c.prefix !== 30) return add(`${field} must use a /30 mask, e.g. ${formatIpv4(c.address)}/30`);
    if (Math.floor(c.address / 65536) !== 169 * 256 + 254) {
      return add(`${field} must be in 169.254.0.0/16, e.g. 169.254.76.1/30`);
    }
    if (Math.floor(c.address / 256) % 256 === 195) {
      return add('169.254.195.0/24 is reserved: pick another 169.254.x.x/30');
    }
    const offset = c.address - c.network;
    if (offset === 0 || offset === 3) {
      const kind = offset === 0 ? 'network' : 'broadcast';
      return add(
        `${value} is the ${kind} address of ${formatCidr(c)}; use a host address: ${formatIpv4(c.network + 1)}/30 or ${formatIpv4(c.network + 2)}/30`,
      );
    }
  });

/** Both or neither; same /30; different hosts. Issues land on the field the admin has to change. */
export function checkTunnelPair(
  local: string | undefined,
  peer: string | undefined,
  ctx: z.RefinementCtx,
  path: (field: 'tunnel_local_address' | 'tunnel_peer_address') => PropertyKey[] = (f) => [f],
) {
  if (local === undefined && peer === undefined) return;
  if (local === undefined || peer === undefined) {
    const missing = local === undefined ? 'tunnel_local_address' : 'tunnel_peer_address';
    ctx.addIssue({
      code: 'custom',
      path: path(missing),
      message: 'Give both tunnel interface addresses (local and customer) or neither to have them assigned automatically',
    });
    return;
  }
  const l = parseCidr(local);
  const p = parseCidr(peer);
  if (!l || !p || l.prefix !== 30 || p.prefix !== 30) return;
  if (l.network !== p.network) {
    const hint = l.address - l.network === 1 ? l.network + 2 : l.network + 1;
    ctx.addIssue({
      code: 'custom',
      path: path('tunnel_peer_address'),
      message: `The customer tunnel address must be in the same /30 as the local one (${formatCidr(l)}), e.g. ${formatIpv4(hint)}/30`,
    });
  } else if (l.address === p.address) {
    ctx.addIssue({
      code: 'custom',
      path: path('tunnel_peer_address'),
      message: 'The customer tunnel address must differ from the local tunnel address',
    });
  }
}

/** The other host of the /30, proposed when the admin types the local address. */
export function proposePeerTunnelAddress(local: string): string | null {
  const c = parseCidr(local);
  if (!c || c.prefix !== 30) return null;
  const offset = c.address - c.network;
  if (offset !== 1 && offset !== 2) return null;
  return `${formatIpv4(offset === 1 ? c.network + 2 : c.network + 1)}/30`;
}
