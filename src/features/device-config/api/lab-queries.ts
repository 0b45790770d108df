import { labConnectionSchema, labPaths, labStatusResponseSchema, type LabConnection, type LabMistake, type LabStatusResponse } from '@contract/lab-control';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';

// The mock server's live IPsec lab (MOCK_LAB=1). Against a real OTC region or a mock without the lab the
// status route answers 404, which simply means "no lab": nothing lab-related is shown then.

const busy = (s: LabStatusResponse | null | undefined) => s?.connections.some((c) => c.phase === 'starting' || c.phase === 'negotiating') ?? false;

export const labQueries = {
  status: () =>
    queryOptions({
      queryKey: ['lab', ...apiScope(), 'status'] as const,
      queryFn: async ({ signal }): Promise<LabStatusResponse | null> => {
        try {
          return await apiRequest({ path: () => labPaths.status, schema: labStatusResponseSchema, signal });
        } catch (error) {
          if (isApiError(error) && (error.status === 404 || error.status === 405)) return null;
          throw error;
        }
      },
      // Fast while a pair is negotiating, slow otherwise; never once the server said there is no lab.
      refetchInterval: (query) => (query.state.data === null ? false : busy(query.state.data) ? 1000 : 10000),
      retry: false,
    }),
};

/** Applies a simulated customer-side mistake; resolves with the renegotiated result. */
export function useLabMistake(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mistake: LabMistake): Promise<LabConnection> =>
      apiRequest({ path: (p) => labPaths.mistake(p, connectionId), method: 'POST', body: { mistake }, schema: labConnectionSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['lab'] }),
  });
}
