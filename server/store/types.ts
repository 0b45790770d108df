import { z } from 'zod';
import { customerGatewaySchema, type CustomerGateway } from '../../contract/customer-gateway.ts';
import { QUOTA_TYPES } from '../../contract/quotas-tags.ts';
import { connectionStatusSchema, type ConnectionStatus } from '../../contract/status.ts';
import { vpnConnectionSchema, type VpnConnection } from '../../contract/vpn-connection.ts';
import { vpnGatewaySchema, type VpnGateway } from '../../contract/vpn-gateway.ts';
import { classicStateSchema, type ClassicState } from '../classic/classic-state.ts';

export type QuotaType = (typeof QUOTA_TYPES)[number];

/** Where a connection's status comes to rest once its transitions are over. */
export const SETTLED_STATUSES = ['ACTIVE', 'DOWN', 'ERROR'] as const;
export type SettledStatus = (typeof SETTLED_STATUSES)[number];

/** A connection as the API returns it, with the fields the mock always fills. */
export type StoredConnection = VpnConnection & {
  status: ConnectionStatus;
  created_at: string;
  updated_at: string;
};

export interface ConnectionRecord {
  connection: StoredConnection;
  /** The status the lifecycle leads to (most ACTIVE; a few seeded ones stay DOWN or go ERROR). */
  settle: SettledStatus;
  /** While PENDING_UPDATE: the status to return to afterwards. */
  resume?: ConnectionStatus | undefined;
}

/** Gateways are stored without used_connection_*; those are computed from the connections. */
export type StoredGateway = VpnGateway & { created_at: string; updated_at: string };
export type StoredCustomerGateway = CustomerGateway & { created_at: string; updated_at: string };

/** Everything one project owns. Arrays are kept in creation order (= created_at order). */
export interface ProjectState {
  vpnGateways: StoredGateway[];
  customerGateways: StoredCustomerGateway[];
  vpnConnections: ConnectionRecord[];
  /** Creation time of the newest object, so the next one gets a strictly later, unique created_at. */
  lastCreatedMs: number;
  /** Classic VPN (v2.0) objects; seeded on first classic call (absent in older state files). */
  classic?: ClassicState | undefined;
  /** Quota overrides set through the control API; missing types use DEFAULT_QUOTAS. */
  quotas?: Partial<Record<QuotaType, number>> | undefined;
}

export function emptyProject(): ProjectState {
  return { vpnGateways: [], customerGateways: [], vpnConnections: [], lastCreatedMs: 0 };
}

const stamped = { created_at: z.string(), updated_at: z.string() };

const projectStateSchema = z.object({
  vpnGateways: z.array(vpnGatewaySchema.extend(stamped)),
  customerGateways: z.array(customerGatewaySchema.extend(stamped)),
  vpnConnections: z.array(
    z.object({
      connection: vpnConnectionSchema.extend({ ...stamped, status: connectionStatusSchema }),
      settle: z.enum(SETTLED_STATUSES),
      resume: connectionStatusSchema.optional(),
    }),
  ),
  lastCreatedMs: z.number(),
  classic: classicStateSchema.optional(),
  quotas: z.partialRecord(z.enum(QUOTA_TYPES), z.number()).optional(),
});

export const STATE_FORMAT = 'otc-vpn-console/mock-state';
export const STATE_VERSION = 1;

export const stateSnapshotSchema = z.object({
  format: z.literal(STATE_FORMAT, { error: `"format" must be "${STATE_FORMAT}"` }),
  version: z.literal(STATE_VERSION, { error: `"version" must be ${STATE_VERSION}` }),
  saved_at: z.string().optional(),
  projects: z.record(z.string(), projectStateSchema),
});
export type StateSnapshot = z.infer<typeof stateSnapshotSchema>;
