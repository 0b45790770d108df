import type { ConnectionFormValues } from '@contract/connection-form';
import type { CustomerGateway } from '@contract/customer-gateway';
import type { VpnConnection } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';
import {
  contains,
  formatBlock,
  hasHostBits,
  looksLikeNetworkAddress,
  overlaps,
  parseBlock,
  parseBlocks,
  sameBlock,
} from '@/features/vpn-connections/components/connection-wizard/cidr-analysis';
import { weakReason } from '@/features/vpn-connections/components/connection-wizard/crypto-options';
import type { FormPath, StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

/** Something worth a second look before creating; `rejected` when OTC is known to refuse it. */
export interface WizardWarning {
  id: string;
  step: StepId;
  field?: FormPath;
  message: string;
  rejected?: boolean;
}

/** The project objects the warnings compare against. */
export interface WarningContext {
  gateway?: VpnGateway;
  customerGateway?: CustomerGateway;
  connections?: readonly VpnConnection[];
}

function hostBitWarnings(list: readonly string[], field: (i: number) => FormPath, what: string): WizardWarning[] {
  return list.flatMap((text, i) => {
    const b = parseBlock(text);
    if (!b || !hasHostBits(b)) return [];
    const message = `${what} ${b.text} has host bits set; the network it names is ${formatBlock(b)}. Write the network address.`;
    return [{ id: `host-${field(i)}`, step: 'networking' as const, field: field(i), message }];
  });
}

function subnetWarnings(values: ConnectionFormValues, gateway?: VpnGateway): WizardWarning[] {
  const out = hostBitWarnings(values.peer_subnets, (i) => `peer_subnets.${i}`, 'Customer subnet');
  const subnets = values.peer_subnets.map(parseBlock);
  const local = parseBlocks(gateway?.local_subnets ?? []);
  subnets.forEach((s, i) => {
    if (!s) return;
    const hit = local.find((l) => overlaps(l, s));
    if (hit && gateway) {
      const message = `Customer subnet ${s.text} overlaps ${hit.text}, a local subnet of gateway ${gateway.name}; OTC rejects customer subnets that overlap the cloud side.`;
      out.push({ id: `local-${i}`, step: 'networking', field: `peer_subnets.${i}`, message, rejected: true });
    }
    const other = subnets.findIndex((o, j) => j < i && o !== null && overlaps(o, s) && !sameBlock(o, s));
    const o = subnets[other];
    if (o) {
      const message = `Customer subnets ${o.text} and ${s.text} overlap; list only the larger block.`;
      out.push({ id: `overlap-${i}`, step: 'networking', field: `peer_subnets.${i}`, message });
    }
  });
  return out;
}

function policyWarnings(values: ConnectionFormValues): WizardWarning[] {
  const rules = values.policy_rules;
  const out = rules.flatMap((r, i) => [
    ...hostBitWarnings([r.source], () => `policy_rules.${i}.source`, `Rule ${i + 1} source`),
    ...hostBitWarnings(r.destination, (d) => `policy_rules.${i}.destination.${d}`, `Rule ${i + 1} destination`),
  ]);
  const destinations = parseBlocks(rules.flatMap((r) => r.destination));
  const uncovered = parseBlocks(values.peer_subnets).filter((s) => !destinations.some((d) => contains(d, s)));
  if (uncovered.length > 0 && destinations.length > 0) {
    const list = uncovered.map((s) => s.text).join(', ');
    const message = `No rule's destinations cover customer subnet${uncovered.length > 1 ? 's' : ''} ${list}; traffic to ${uncovered.length > 1 ? 'them' : 'it'} will not enter the tunnel. Add ${uncovered.length > 1 ? 'them' : 'it'} (or a block containing ${uncovered.length > 1 ? 'them' : 'it'}) to a rule.`;
    out.push({ id: 'uncovered', step: 'networking', field: 'policy_rules', message });
  }
  const sources = rules.map((r) => parseBlock(r.source));
  sources.forEach((s, i) => {
    const j = sources.findIndex((o, k) => k < i && o !== null && s !== null && overlaps(o, s) && !sameBlock(o, s));
    const o = sources[j];
    if (s && o) {
      const message = `Rule ${i + 1}'s source ${s.text} overlaps rule ${j + 1}'s ${o.text}; CIDRs of different rules should not overlap.`;
      out.push({ id: `rule-overlap-${i}`, step: 'networking', field: `policy_rules.${i}.source`, message });
    }
  });
  return out;
}

function gatewayWarnings(values: ConnectionFormValues, ctx: WarningContext): WizardWarning[] {
  const clash = ctx.connections?.find((c) => c.vgw_ip === values.vgw_ip && c.cgw_id === values.cgw_id && values.cgw_id !== '');
  if (!clash) return [];
  const cgw = ctx.customerGateway?.name ?? values.cgw_id;
  const message = `Connection ${clash.name} already links this gateway address to customer gateway ${cgw}; OTC rejects a second one. Choose the gateway's other address or another customer gateway.`;
  return [{ id: 'address-pair', step: 'gateways', field: 'vgw_ip', message, rejected: true }];
}

function securityWarnings(values: ConnectionFormValues): WizardWarning[] {
  const { ikepolicy: ike, ipsecpolicy: ipsec } = values;
  const choices: [FormPath, string, string][] = [
    ['ikepolicy.authentication_algorithm', 'IKE authentication', ike.authentication_algorithm],
    ['ikepolicy.encryption_algorithm', 'IKE encryption', ike.encryption_algorithm],
    ['ikepolicy.dh_group', 'IKE DH group', ike.dh_group],
    ['ipsecpolicy.authentication_algorithm', 'IPsec authentication', ipsec.authentication_algorithm],
    ['ipsecpolicy.encryption_algorithm', 'IPsec encryption', ipsec.encryption_algorithm],
    ['ipsecpolicy.pfs', 'IPsec PFS', ipsec.pfs],
  ];
  const out: WizardWarning[] = choices.flatMap(([field, what, value]) => {
    const reason = weakReason(value);
    return reason ? [{ id: `weak-${field}`, step: 'security' as const, field, message: `${what} ${value} is weak: ${reason}.` }] : [];
  });
  if (ike.ike_version === 'v1' && ike.phase1_negotiation_mode === 'aggressive') {
    const message = 'Aggressive mode sends the identities unprotected; use main mode unless the customer device needs aggressive.';
    out.push({ id: 'aggressive', step: 'security', field: 'ikepolicy.phase1_negotiation_mode', message });
  }
  (['local_id', 'peer_id'] as const).forEach((key) => {
    if (looksLikeNetworkAddress(ike[key])) {
      const message = `${ike[key]} looks like a network or broadcast address; an IKE ID is normally the device's own IP address.`;
      out.push({ id: `id-${key}`, step: 'security', field: `ikepolicy.${key}`, message });
    }
  });
  return out;
}

/** Everything the wizard warns about before submit; none of it blocks "Next". */
export function preSubmitWarnings(values: ConnectionFormValues, ctx: WarningContext = {}): WizardWarning[] {
  const out = [...gatewayWarnings(values, ctx), ...subnetWarnings(values, ctx.gateway)];
  if (values.style === 'policy') out.push(...policyWarnings(values));
  if (values.style === 'static' && values.enable_nqa) {
    const message = `Link detection is on: the customer device must answer ping on its tunnel address${values.tunnel_mode === 'manual' && values.tunnel_peer_address ? ` (${values.tunnel_peer_address})` : ''}, or OTC withdraws the route and traffic stops.`;
    out.push({ id: 'nqa', step: 'networking', field: 'enable_nqa', message });
  }
  out.push(...securityWarnings(values));
  if (values.tags.length === 0) {
    out.push({ id: 'no-tags', step: 'tags', field: 'tags', message: 'No tags: tags make the connection easier to find, filter and bill later.' });
  }
  return out;
}
