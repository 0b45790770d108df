import type { CustomerGateway } from '@contract/customer-gateway';
import type { VpnConnection } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';
import type { ComponentType } from 'react';
import { useWatch } from 'react-hook-form';
import { preSubmitWarnings, type WizardWarning } from '@/features/vpn-connections/components/connection-wizard/pre-submit-warnings';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';

/** Props of the dialog that creates a customer gateway in place (owned by the customer-gateways feature). */
export interface CreateCustomerGatewayDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (customerGateway: CustomerGateway) => void;
  asnHint?: string;
}

/** The project's objects the wizard chooses from and checks against; the route loads and passes them in. */
export interface WizardData {
  gateways: readonly VpnGateway[];
  customerGateways: readonly CustomerGateway[];
  /** Existing connections, to warn about a gateway address already linked to the same customer gateway. */
  connections: readonly VpnConnection[];
  CreateCustomerGatewayDialog: ComponentType<CreateCustomerGatewayDialogProps>;
}

/** The gateway and customer gateway currently chosen in the form. */
export function useChosen(data: WizardData): { gateway?: VpnGateway; customerGateway?: CustomerGateway } {
  const { control } = useWizardForm();
  const [vgwId, cgwId] = useWatch({ control, name: ['vgw_id', 'cgw_id'] });
  return {
    gateway: data.gateways.find((g) => g.id === vgwId),
    customerGateway: data.customerGateways.find((c) => c.id === cgwId),
  };
}

/** The pre-submit warnings for the current values, recomputed as they change. */
export function useWarnings(data: WizardData): WizardWarning[] {
  const { control } = useWizardForm();
  const values = useWatch({ control });
  const chosen = useChosen(data);
  // useWatch returns a deep-partial type; the form always holds complete values (defaults fill every field).
  return preSubmitWarnings(values as Parameters<typeof preSubmitWarnings>[0], { ...chosen, connections: data.connections });
}
