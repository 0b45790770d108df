import type { VpnConnection } from '@contract/vpn-connection';
import { customerSubnets } from '@/features/vpn-connections/components/connection-format';
import {
  resolveGatewayIp,
  type ConnectionLookups,
  type CustomerGatewayRef,
  type GatewayRef,
} from '@/features/vpn-connections/components/connection-lookups';

/** What the table shows, sorts and searches for one connection, derived once per connection object. */
export interface ConnectionFacts {
  gateway: GatewayRef | undefined;
  gatewayIp: string | undefined;
  customer: CustomerGatewayRef | undefined;
  subnets: string[];
  /** Lower-case haystack: name, id, gateway name and IP, customer gateway name and IP, subnets. */
  search: string;
}

/** Same VPN gateway and customer gateway: the two connections of a redundant pair share it. */
export function pairKeyOf(c: VpnConnection): string {
  return `${c.vgw_id}|${c.cgw_id}`;
}

function derive(c: VpnConnection, lookups: ConnectionLookups): ConnectionFacts {
  const gateway = lookups.vpnGateways?.get(c.vgw_id);
  const customer = lookups.customerGateways?.get(c.cgw_id);
  const gatewayIp = resolveGatewayIp(c.vgw_ip, gateway);
  const subnets = customerSubnets(c);
  const sources = c.policy_rules?.map((r) => r.source) ?? [];
  const search = [c.name, c.id, gateway?.name, gatewayIp, c.vgw_ip, customer?.name, customer?.ip, c.cgw_id, ...subnets, ...sources]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return { gateway, gatewayIp, customer, subnets, search };
}

/**
 * Facts keyed by the connection object itself: a poll that returns an unchanged connection returns the
 * same object (structural sharing), so its facts, and the row that renders them, stay identical too.
 * New lookups (gateway names arrived) start a fresh cache.
 */
export function createFactsCache(lookups: ConnectionLookups): (c: VpnConnection) => ConnectionFacts {
  const cache = new WeakMap<VpnConnection, ConnectionFacts>();
  return (c) => {
    let facts = cache.get(c);
    if (!facts) {
      facts = derive(c, lookups);
      cache.set(c, facts);
    }
    return facts;
  };
}

/** Every whitespace-separated term must occur somewhere in the connection's haystack. */
export function matchesSearch(facts: ConnectionFacts, terms: readonly string[]): boolean {
  for (const term of terms) if (!facts.search.includes(term)) return false;
  return true;
}

export function searchTerms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
