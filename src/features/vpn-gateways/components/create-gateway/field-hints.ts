import type { FieldPath } from 'react-hook-form';
import type { GatewayFormValues } from '@/features/vpn-gateways/components/create-gateway/gateway-form-values';

/** Static guidance per field; typed against the form, so a renamed field breaks the build. */
export const gatewayFieldHints: Partial<Record<FieldPath<GatewayFormValues>, string>> = {
  name: 'Optional; 1–64 characters: letters, digits, _ - . Left empty, OTC names it vpngw-xxxx.',
  network_type: 'Public gateways reach customer sites over the internet through two EIPs; private ones use two private IPs of a VPC (e.g. over Direct Connect).',
  attachment_type: 'Where the gateway sits: in a VPC, or on an enterprise router that connects many VPCs.',
  flavor: 'Sets the bandwidth per EIP and how many connections the gateway carries.',
  ha_mode: 'How the two addresses share the work.',
  vpc_id: 'The VPC the gateway serves: its 36-character ID from the VPC console.',
  connect_subnet: 'ID of a subnet of that VPC with at least 4 free IPs; the gateway takes its interface addresses from it.',
  er_id: 'The 36-character ID of the enterprise router.',
  access_vpc_id: 'Optional; the VPC the gateway’s addresses come from, when it differs from the VPC above.',
  access_subnet_id: 'Optional; the subnet the gateway’s addresses come from (private gateways take their two private IPs from it).',
  local_subnets: 'The cloud-side networks the tunnels reach, e.g. 10.1.0.0/24; up to 50. Pasting several at once fills several rows.',
  bgp_asn: 'The gateway’s own autonomous system number (1–4294967295, default 64512). BGP connections need a customer gateway with a different ASN.',
  access_private_ip_1: 'Optional; leave both empty to have two free addresses of the access subnet assigned.',
  access_private_ip_2: 'Must differ from the first; give both or neither.',
  tags: 'Up to 20 key/value pairs for billing and search.',
};
