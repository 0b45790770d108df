import { v5Paths } from '@contract/api-paths';
import { vpnConnectionListResponseSchema } from '@contract/vpn-connection';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ConnectionSettings } from '@/lib/connection-settings';

export interface ConnectionTestResult {
  /** total_count of VPN connections, when the API reports it. */
  totalCount?: number;
  requestId?: string;
}

/** Calls the v5 connection list with the given (possibly unsaved) settings; throws an ApiError on failure. */
export async function testConnection(settings: ConnectionSettings): Promise<ConnectionTestResult> {
  const body = await apiRequest({
    path: (p) => v5Paths.vpnConnections(p),
    query: { limit: 1 },
    schema: vpnConnectionListResponseSchema,
    settings,
  });
  return { totalCount: body.total_count, requestId: body.request_id };
}

export function useTestConnection() {
  return useMutation({ mutationFn: testConnection });
}
