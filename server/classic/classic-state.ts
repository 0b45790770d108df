import { z } from 'zod';
import { CLASSIC_STATUSES } from '../../contract/classic/ipsec-site-connection.ts';

// The classic (v2.0) part of a project's state. Objects are kept in their wire shape (plus the PSK, which the
// real API stores and returns too); status lifecycles are kept beside them and advanced lazily on access.

export const classicStatusSchema = z.enum(CLASSIC_STATUSES);
export type ClassicStatus = z.infer<typeof classicStatusSchema>;
export const CLASSIC_SETTLED = ['ACTIVE', 'DOWN', 'ERROR'] as const;

const lifeSchema = z.object({
  /** Where the status comes to rest once its transitions are over. */
  settle: z.enum(CLASSIC_SETTLED),
  /** While PENDING_UPDATE: the status to return to. */
  resume: classicStatusSchema.optional(),
  /** When the current status began (ms); the next step is due one transition time later. */
  since: z.number(),
});
export type Life = z.infer<typeof lifeSchema>;

const lifetime = z.object({ units: z.string(), value: z.number() });

const routerSchema = z.object({ id: z.string(), name: z.string(), status: z.string(), admin_state_up: z.boolean(), tenant_id: z.string() });
const subnetSchema = z.object({
  id: z.string(),
  name: z.string(),
  cidr: z.string(),
  gateway_ip: z.string(),
  ip_version: z.number(),
  network_id: z.string(),
  vpc_id: z.string(),
  tenant_id: z.string(),
});
const ikePolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tenant_id: z.string(),
  auth_algorithm: z.string(),
  encryption_algorithm: z.string(),
  ike_version: z.string(),
  pfs: z.string(),
  phase1_negotiation_mode: z.string(),
  lifetime,
});
const ipsecPolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tenant_id: z.string(),
  auth_algorithm: z.string(),
  encryption_algorithm: z.string(),
  pfs: z.string(),
  transform_protocol: z.string(),
  encapsulation_mode: z.string(),
  lifetime,
});
const vpnServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tenant_id: z.string(),
  router_id: z.string(),
  subnet_id: z.string().nullable(),
  status: classicStatusSchema,
  admin_state_up: z.boolean(),
  external_v4_ip: z.string(),
  created_at: z.string(),
});
const endpointGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tenant_id: z.string(),
  type: z.enum(['subnet', 'cidr']),
  endpoints: z.array(z.string()),
});
const connectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: classicStatusSchema,
  psk: z.string(),
  initiator: z.string(),
  admin_state_up: z.boolean(),
  tenant_id: z.string(),
  auth_mode: z.string(),
  route_mode: z.string(),
  mtu: z.number(),
  peer_cidrs: z.array(z.string()),
  peer_address: z.string(),
  peer_id: z.string(),
  ikepolicy_id: z.string(),
  ipsecpolicy_id: z.string(),
  vpnservice_id: z.string(),
  local_ep_group_id: z.string(),
  peer_ep_group_id: z.string(),
  dpd: z.object({ action: z.string(), interval: z.number(), timeout: z.number() }),
  created_at: z.string(),
});

export const classicStateSchema = z.object({
  routers: z.array(routerSchema),
  subnets: z.array(subnetSchema),
  ikePolicies: z.array(ikePolicySchema),
  ipsecPolicies: z.array(ipsecPolicySchema),
  vpnServices: z.array(z.object({ item: vpnServiceSchema, life: lifeSchema })),
  endpointGroups: z.array(endpointGroupSchema),
  connections: z.array(z.object({ item: connectionSchema, life: lifeSchema })),
});
export type ClassicState = z.infer<typeof classicStateSchema>;
export type StoredRouter = z.infer<typeof routerSchema>;
export type StoredSubnet = z.infer<typeof subnetSchema>;
export type StoredIkePolicy = z.infer<typeof ikePolicySchema>;
export type StoredIpsecPolicy = z.infer<typeof ipsecPolicySchema>;
export type StoredVpnService = z.infer<typeof vpnServiceSchema>;
export type StoredEndpointGroup = z.infer<typeof endpointGroupSchema>;
export type StoredClassicConnection = z.infer<typeof connectionSchema>;
export type TrackedService = ClassicState['vpnServices'][number];
export type TrackedConnection = ClassicState['connections'][number];

export function emptyClassicState(): ClassicState {
  return { routers: [], subnets: [], ikePolicies: [], ipsecPolicies: [], vpnServices: [], endpointGroups: [], connections: [] };
}
