import { v5Paths } from '@contract/api-paths';
import { customerGatewayResponseSchema, type CreateCustomerGateway, type CustomerGateway } from '@contract/customer-gateway';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';

/** POST /v5/{project_id}/customer-gateways; resolves to the new customer gateway. */
export async function createCustomerGateway(customerGateway: CreateCustomerGateway): Promise<CustomerGateway> {
  const body = await apiRequest({
    path: (p) => v5Paths.customerGateways(p),
    method: 'POST',
    body: { customer_gateway: customerGateway },
    schema: customerGatewayResponseSchema,
  });
  return body.customer_gateway;
}

/** Creates a customer gateway and adds it to the cached list at once, so a picker can select it immediately. */
export function useCreateCustomerGateway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomerGateway,
    onSuccess: (cgw) => {
      queryClient.setQueryData(customerGatewayQueries.detail(cgw.id).queryKey, cgw);
      queryClient.setQueryData(customerGatewayQueries.list().queryKey, (old) => (old ? [...old.filter((c) => c.id !== cgw.id), cgw] : old));
      void queryClient.invalidateQueries({ queryKey: customerGatewayQueries.lists() });
    },
  });
}
