import type { UpdateVpnConnection } from '../../contract/vpn-connection.ts';
import type { ConnectionRecord } from './types.ts';

/**
 * What the store tells the live IPsec lab (MOCK_LAB=1, server/lab/). The lab answers by forcing the real
 * status through the lifecycle; the store never waits for it. Absent in normal mock mode.
 */
export interface ConnectionLabHooks {
  /** A connection was created; the PSK is handed over in memory only (never stored or logged). */
  created(projectId: string, record: ConnectionRecord, psk: string): void;
  updated(projectId: string, record: ConnectionRecord, patch: UpdateVpnConnection): void;
  /** Deleted (or its project reset): tear its tunnel down now. */
  removed(projectId: string, connectionId: string): void;
  /** A project (or, without an id, every project) was reset or reseeded. */
  reset(projectId?: string): void;
  /** The real negotiation lines of a lab-backed connection; undefined when the lab does not back it. */
  logs(projectId: string, connectionId: string): { time: number; raw_message: string }[] | undefined;
}
