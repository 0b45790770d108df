import type { ClassicIkePolicy, ClassicIpsecPolicy } from '../classic/classic-policies.ts';
import type { VpnService } from '../classic/classic-resources.ts';
import type { IpsecSiteConnection } from '../classic/ipsec-site-connection.ts';
import { mirrorEndpoint, objectNameFor, type DpdSettings, type EndpointModel } from './device-model.ts';
import { GATEWAY_ADDRESS_PLACEHOLDER } from './v5-model.ts';

/**
 * What a classic (v2.0) device configuration is generated from. The local endpoint group holds VPC subnet
 * ids, so the caller resolves them to CIDRs; the peer group's CIDRs are passed as they are.
 */
export interface ClassicDeviceInput {
  connection: IpsecSiteConnection;
  ikePolicy: ClassicIkePolicy;
  ipsecPolicy: ClassicIpsecPolicy;
  vpnService?: VpnService | undefined;
  /** The cloud subnets (local endpoint group, resolved to CIDRs). */
  localCidrs: string[];
  /** The customer CIDRs (peer endpoint group). */
  peerCidrs: string[];
}

function dpdAction(action: string | undefined): DpdSettings['action'] {
  if (action === 'disabled') return 'none';
  if (action === 'clear') return 'clear';
  if (action === 'hold') return 'hold';
  // restart, and restart-by-peer (OTC waits for the customer to restart): the customer end restarts.
  return 'restart';
}

/** The OTC end of a classic connection (always policy-based: traffic selectors are the endpoint groups). */
export function otcEndpointClassic(input: ClassicDeviceInput): EndpointModel {
  const { connection: c, ikePolicy: ike, ipsecPolicy: ipsec, vpnService } = input;
  const notes: string[] = [];
  let local = vpnService?.external_v4_ip;
  if (!local) {
    notes.push(`The VPN service's public address is not known here; replace ${GATEWAY_ADDRESS_PLACEHOLDER} with the router's external IP`);
    local = GATEWAY_ADDRESS_PLACEHOLDER;
  }
  if (input.localCidrs.length === 0) notes.push('The local endpoint group could not be resolved to CIDRs; fill in the cloud subnets');
  if (input.peerCidrs.length === 0) notes.push('The peer endpoint group holds no CIDRs; fill in the customer subnets');
  const name = c.name ?? c.id;
  return {
    api: 'classic',
    connectionId: c.id,
    connectionName: name,
    objectName: objectNameFor(name, c.id),
    style: 'policy',
    ikeVersion: ike.ike_version === 'v2' ? 'v2' : 'v1',
    phase1Mode: ike.phase1_negotiation_mode === 'aggressive' ? 'aggressive' : 'main',
    localAddress: local,
    peerAddress: c.peer_address,
    localId: local,
    peerId: c.peer_id,
    localSubnets: [...input.localCidrs],
    peerSubnets: [...input.peerCidrs],
    policies: [{ local: [...input.localCidrs], peer: [...input.peerCidrs] }],
    tunnel: undefined,
    bgp: undefined,
    ike: {
      encryption: ike.encryption_algorithm,
      integrity: ike.auth_algorithm,
      // Neutron's IKE policy "pfs" is the phase-1 Diffie-Hellman group.
      dhGroup: ike.pfs,
      lifetimeSeconds: ike.lifetime.value,
    },
    ipsec: {
      encryption: ipsec.encryption_algorithm,
      integrity: ipsec.auth_algorithm,
      pfs: ipsec.pfs,
      lifetimeSeconds: ipsec.lifetime.value,
      protocol: ipsec.transform_protocol,
      mode: ipsec.encapsulation_mode,
    },
    dpd: {
      intervalSeconds: c.dpd?.interval ?? 30,
      timeoutSeconds: c.dpd?.timeout ?? 120,
      action: dpdAction(c.dpd?.action),
    },
    peerInitiates: true,
    notes,
  };
}

/** The customer end of a classic connection; with initiator response-only the customer must start. */
export function customerEndpointClassic(input: ClassicDeviceInput): EndpointModel {
  return mirrorEndpoint(otcEndpointClassic(input), input.connection.initiator !== 'response-only');
}
