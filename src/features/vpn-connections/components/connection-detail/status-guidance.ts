import type { VpnConnection } from '@contract/vpn-connection';
import { customerSubnets } from '@/features/vpn-connections/components/connection-format';

/** What the admin should do next for a status, with the values to check where that helps. */
export interface StatusGuidance {
  next: string;
  /** Values to set on the customer device (for DOWN: "check the device with these values"). */
  checklist?: Array<[label: string, value: string]>;
  /** The logs tell more: offer a link to them. */
  showLogs: boolean;
}

export interface GuidanceContext {
  gatewayIp?: string;
  customerIp?: string;
  localSubnets?: readonly string[];
}

function deviceChecklist(c: VpnConnection, ctx: GuidanceContext): Array<[string, string]> {
  const ike = c.ikepolicy ?? {};
  const ipsec = c.ipsecpolicy ?? {};
  const rows: Array<[string, string]> = [
    ['Remote (peer) gateway on the device', ctx.gatewayIp ?? c.vgw_ip],
    ['The device’s own public IP', ctx.customerIp ?? 'the customer gateway IP'],
    ['IKE (phase 1)', `${ike.ike_version ?? 'v2'}${ike.ike_version === 'v1' ? ` ${ike.phase1_negotiation_mode ?? 'main'} mode` : ''}, ${ike.encryption_algorithm ?? '?'}, ${ike.authentication_algorithm ?? '?'}, ${ike.dh_group ?? '?'}, lifetime ${ike.lifetime_seconds ?? '?'} s`],
    ['IPsec (phase 2)', `ESP ${ipsec.encryption_algorithm ?? '?'}, ${ipsec.authentication_algorithm ?? '?'}, PFS ${ipsec.pfs ?? '?'}, lifetime ${ipsec.lifetime_seconds ?? '?'} s`],
    ['Pre-shared key', 'the key set when the connection was created or last edited (the cloud never shows it; set a new one with Edit if unsure)'],
  ];
  if (c.style === 'POLICY') {
    for (const r of c.policy_rules ?? []) rows.push(['Protected traffic (device side, mirrored)', `${r.destination.join(', ')} → ${r.source}`]);
  } else {
    rows.push(['The device’s local subnets', customerSubnets(c).join(', ') || '—']);
    if (ctx.localSubnets?.length) rows.push(['Routes on the device towards the tunnel', ctx.localSubnets.join(', ')]);
    if (c.tunnel_peer_address) rows.push(['Tunnel interface (device / cloud)', `${c.tunnel_peer_address} / ${c.tunnel_local_address ?? '?'}`]);
  }
  return rows;
}

/** Guidance for the connection's current status. */
export function statusGuidance(c: VpnConnection, ctx: GuidanceContext = {}): StatusGuidance {
  switch (c.status) {
    case 'ACTIVE':
      return { next: 'Nothing to do. If traffic still does not pass, check the routes and security groups on both sides.', showLogs: false };
    case 'DOWN':
      return {
        next: 'This is normal until the customer device is configured and sends traffic into the tunnel. Check the device against these values, then send traffic; if it stays Not connected, open the logs.',
        checklist: deviceChecklist(c, ctx),
        showLogs: true,
      };
    case 'ERROR':
      return { next: 'Look at the connection logs: they name the failing phase and the reason (proposal or key mismatch, peer not answering).', showLogs: true };
    case 'PENDING_CREATE':
    case 'PENDING_UPDATE':
    case 'PENDING_DELETE':
      return { next: 'Wait: this page checks every 2 seconds and shows the result as soon as the cloud is done.', showLogs: false };
    case 'FREEZED':
      return { next: 'Ask the account owner to resolve the hold (usually billing); the connection can be changed or deleted once it is unfrozen.', showLogs: false };
    default:
      return { next: 'Refresh in a moment; if it stays unknown, look at the connection logs.', showLogs: true };
  }
}
