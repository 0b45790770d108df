import { v5Paths } from '@contract/api-paths';
import { customerGatewayResponseSchema, type CustomerGateway } from '@contract/customer-gateway';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';

/** PUT /v5/{project_id}/customer-gateways/{id}: only the name can change. */
export async function renameCustomerGateway(id: string, name: string): Promise<CustomerGateway> {
  const body = await apiRequest({
    path: (p) => v5Paths.customerGateway(p, id),
    method: 'PUT',
    body: { customer_gateway: { name } },
    schema: customerGatewayResponseSchema,
  });
  return body.customer_gateway;
}

/** Renames and puts the answer into the detail cache and the cached list at once. */
export function useRenameCustomerGateway(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => renameCustomerGateway(id, name),
    onSuccess: (cgw) => {
      queryClient.setQueryData(customerGatewayQueries.detail(id).queryKey, cgw);
      queryClient.setQueryData(customerGatewayQueries.list().queryKey, (old) => old?.map((c) => (c.id === id ? cgw : c)));
      void queryClient.invalidateQueries({ queryKey: customerGatewayQueries.lists() });
    },
  });
}
