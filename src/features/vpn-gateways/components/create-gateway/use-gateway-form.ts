import type { CreateVpnGateway } from '@contract/vpn-gateway-requests';
import { useFormContext } from 'react-hook-form';
import type { GatewayFormValues } from '@/features/vpn-gateways/components/create-gateway/gateway-form-values';

/** The create form's context, typed (sections sit inside its FormProvider). */
export function useGatewayForm() {
  return useFormContext<GatewayFormValues, unknown, CreateVpnGateway>();
}
