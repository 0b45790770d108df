import { gatewayUnavailableReason } from '@contract/connection-form';
import type { CustomerGateway } from '@contract/customer-gateway';
import { gatewayAddresses, type VpnGateway } from '@contract/vpn-gateway';
import type { ComboboxItem } from '@mantine/core';
import type { RadioOption } from '@/components/form-fields/radio-group-field';

/** Gateways as radio choices: network type, HA mode and capacity; unusable ones disabled with the reason. */
export function gatewayOptions(gateways: readonly VpnGateway[]): RadioOption[] {
  return gateways.map((g) => {
    const reason = gatewayUnavailableReason(g);
    const facts = [
      g.network_type === 'private' ? 'private network' : 'public network',
      g.ha_mode ?? 'active-active',
      `${g.used_connection_number ?? 0} of ${g.connection_number ?? '?'} connections used`,
      g.bgp_asn !== undefined ? `ASN ${g.bgp_asn}` : undefined,
    ].filter(Boolean);
    const description = reason ? `${facts.join(' · ')}. Not available: ${reason}.` : facts.join(' · ');
    return { value: g.id, label: g.name, description, disabled: reason !== null };
  });
}

/** The gateway's own addresses; for active-standby gateways each says which HA role it implies. */
export function addressOptions(gateway: VpnGateway | undefined): RadioOption[] {
  if (!gateway) return [];
  const standby = gateway.ha_mode === 'active-standby';
  return gatewayAddresses(gateway).map((a) => ({
    value: a.vgwIp,
    label: `${a.label}: ${a.address}`,
    description: standby
      ? a.haRole === 'master'
        ? 'Active address: the connection takes HA role master and carries traffic normally.'
        : 'Standby address: the connection takes HA role slave and carries traffic when the active one fails.'
      : undefined,
  }));
}

export function customerGatewayOptions(customerGateways: readonly CustomerGateway[]): ComboboxItem[] {
  return customerGateways.map((c) => ({
    value: c.id,
    label: `${c.name} — ${c.id_value}${c.bgp_asn !== undefined ? ` · ASN ${c.bgp_asn}` : ''}`,
  }));
}
