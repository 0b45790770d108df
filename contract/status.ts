import { z } from 'zod';

export const CONNECTION_STATUSES = [
  'ACTIVE',
  'DOWN',
  'ERROR',
  'PENDING_CREATE',
  'PENDING_UPDATE',
  'PENDING_DELETE',
  'FREEZED',
  'UNKNOWN',
] as const;

/** v5 VPN connection status. The docs spell the frozen state FREEZED, not FROZEN. */
export const connectionStatusSchema = z.enum(CONNECTION_STATUSES);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

export const GATEWAY_STATUSES = [
  'ACTIVE',
  'PENDING_CREATE',
  'PENDING_UPDATE',
  'PENDING_DELETE',
  'FAULT',
  'FREEZED',
] as const;

export const gatewayStatusSchema = z.enum(GATEWAY_STATUSES);
export type GatewayStatus = z.infer<typeof gatewayStatusSchema>;

/** A status that will change by itself soon (creating, updating, deleting): poll fast while it lasts. */
export function isTransitional(status: string | undefined | null): boolean {
  return typeof status === 'string' && status.startsWith('PENDING_');
}
