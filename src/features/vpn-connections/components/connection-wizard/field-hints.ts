import { NAME_RULE } from '@contract/common';
import type { ConnectionStyle } from '@contract/vpn-connection';
import type { FormPath } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

// What each field is, in one line; typed against the form's paths so a renamed field breaks the build.
// What is *wrong* with a value comes from the contract schema, live, as the field's error.
export const fieldHints = {
  style: 'How traffic is steered into the tunnel. It cannot be changed after the connection is created.',
  name: `Optional; ${NAME_RULE}. Left empty, OTC names it vpn-xxxx.`,
  vgw_id: 'The cloud end of the tunnel. Gateways that are not active or have no free connection are shown but cannot be chosen.',
  vgw_ip: 'Which of the gateway’s own addresses this connection uses. It cannot be changed later.',
  ha_role: 'Set from the address you chose: the active address carries the master connection, the standby address the slave.',
  cgw_id: 'The device at the customer site, identified by its public IP (and BGP ASN for BGP connections).',
  peer_subnets:
    'The networks behind the customer gateway (up to 50), e.g. 192.168.44.0/24. Paste several at once, separated by spaces, commas or new lines.',
  tunnel_mode: 'Automatic picks a free 169.254.x.x/30 pair for you; choose manual to match addresses already set on the device.',
  tunnel_local_address: 'The cloud end of the tunnel interface: a host address of a 169.254.x.x/30 (not 169.254.195.x), e.g. 169.254.76.1/30.',
  tunnel_peer_address: 'The customer end: the other host address of the same /30. Filled in for you when you type the local address.',
  enable_nqa:
    'Link detection: OTC pings the customer tunnel address and withdraws the route when it stops answering. The customer device must answer ICMP on its tunnel interface, or traffic fails.',
  enable_hub: 'Branch interconnection: lets sites connected to this gateway over BGP reach each other through it.',
  policy_rules:
    'Each rule sends traffic from one cloud-side source CIDR to up to 50 customer destination CIDRs; 1 to 5 rules. Destinations should cover all customer subnets.',
  psk: 'Shared secret both ends use to authenticate. OTC never shows it again: keep a copy for the customer device.',
  psk_confirm: 'Type the same key again (Generate fills both).',
  'ikepolicy.ike_version': 'IKEv2 is faster and more robust; choose v1 only if the customer device cannot do v2.',
  'ikepolicy.phase1_negotiation_mode': 'Only for IKEv1. Main mode protects the identities; aggressive mode is faster but exposes them.',
  'ikepolicy.authentication_algorithm': 'Integrity algorithm of the IKE (phase 1) SA. Default sha2-256.',
  'ikepolicy.encryption_algorithm': 'Cipher of the IKE SA. GCM ciphers need IKEv2. Default aes-128.',
  'ikepolicy.dh_group': 'Diffie-Hellman group for the key exchange. Default group15; higher is stronger.',
  'ikepolicy.lifetime_seconds': 'How long the IKE SA lives before it is renegotiated: 60 to 604800 seconds (default 86400).',
  'ikepolicy.local_id': 'Optional IPv4 identity of the cloud end; left empty, OTC uses the gateway IP. Must differ from the peer ID.',
  'ikepolicy.peer_id': 'Optional IPv4 identity of the customer end; left empty, OTC uses the customer gateway IP.',
  'ikepolicy.dpd.timeout': 'Dead peer detection: seconds to wait for an answer, 2 to 60 (default 15).',
  'ikepolicy.dpd.interval': 'Dead peer detection: seconds between probes, 10 to 3600 (default 30).',
  'ikepolicy.dpd.msg': 'Order of the payloads in DPD messages; match the customer device (default seq-hash-notify).',
  'ipsecpolicy.authentication_algorithm': 'Integrity algorithm of the IPsec (phase 2) SA. Default sha2-256.',
  'ipsecpolicy.encryption_algorithm': 'Cipher of the IPsec SA. GCM ciphers need IKEv2. Default aes-128.',
  'ipsecpolicy.pfs': 'Perfect forward secrecy: a fresh DH exchange for every IPsec SA. Default group15; disable only if the device requires it.',
  'ipsecpolicy.lifetime_seconds': 'How long an IPsec SA lives: 30 to 604800 seconds (default 3600).',
  tags: 'Up to 20 key/value pairs, e.g. for cost centres. Keys 1–128, values 0–255 characters: letters, digits, spaces and _ . : = + - @',
} satisfies Partial<Record<FormPath, string>>;

/** The three styles with a one-line "use this when". */
export const styleChoices: { value: ConnectionStyle; label: string; useWhen: string }[] = [
  {
    value: 'static',
    label: 'Static routing',
    useWhen: 'Use this when the customer network is a fixed set of subnets and the device routes into a tunnel interface.',
  },
  {
    value: 'policy',
    label: 'Policy-based',
    useWhen: 'Use this when the customer device matches traffic by source and destination (crypto ACLs) instead of routes.',
  },
  {
    value: 'bgp',
    label: 'BGP routing',
    useWhen: 'Use this when routes should be exchanged dynamically, e.g. many or changing subnets or several branches.',
  },
];
