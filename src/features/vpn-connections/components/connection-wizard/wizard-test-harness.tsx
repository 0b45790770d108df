// Test support (imported by the wizard's tests only): project objects like the mock's seed, a stand-in for the
// customer-gateway dialog, and the wizard with its URL state held in React state.
import type { CustomerGateway } from '@contract/customer-gateway';
import type { ConnectionStyle } from '@contract/vpn-connection';
import type { VpnGateway } from '@contract/vpn-gateway';
import { useCallback, useState } from 'react';
import { ConnectionWizard, type ConnectionWizardProps } from '@/features/vpn-connections/components/connection-wizard/connection-wizard';
import type { CreateCustomerGatewayDialogProps } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

const eip = (id: string, ip_address: string) => ({ id, ip_address });

export const testGateways: VpnGateway[] = [
  {
    id: '11111111-1111-4111-8111-111111111111', name: 'vpngw-fra-core', status: 'ACTIVE', network_type: 'public', ha_mode: 'active-active',
    attachment_type: 'vpc', bgp_asn: 64512, local_subnets: ['10.10.0.0/16'], connection_number: 200, used_connection_number: 3,
    eip1: eip('e1111111-1111-4111-8111-111111111111', '80.158.1.1'), eip2: eip('e2111111-1111-4111-8111-111111111111', '80.158.1.2'),
  },
  {
    id: '22222222-2222-4222-8222-222222222222', name: 'vpngw-prod-ha', status: 'ACTIVE', network_type: 'public', ha_mode: 'active-standby',
    attachment_type: 'vpc', bgp_asn: 65010, local_subnets: ['172.16.0.0/16'], connection_number: 200, used_connection_number: 2,
    eip1: eip('e1222222-2222-4222-8222-222222222222', '80.158.2.1'), eip2: eip('e2222222-2222-4222-8222-222222222222', '80.158.2.2'),
  },
  {
    id: '33333333-3333-4333-8333-333333333333', name: 'vpngw-full', status: 'ACTIVE', network_type: 'public', ha_mode: 'active-active',
    connection_number: 2, used_connection_number: 2, eip1: eip('e1333333-3333-4333-8333-333333333333', '80.158.3.1'),
  },
  {
    id: '44444444-4444-4444-8444-444444444444', name: 'vpngw-new', status: 'PENDING_CREATE', network_type: 'public',
    connection_number: 20, used_connection_number: 0, eip1: eip('e1444444-4444-4444-8444-444444444444', '80.158.4.1'),
  },
];

export const testCustomerGateways: CustomerGateway[] = [
  { id: 'c1111111-1111-4111-8111-111111111111', name: 'hq-frankfurt-fw', id_value: '203.0.113.10', bgp_asn: 65001 },
  { id: 'c2222222-2222-4222-8222-222222222222', name: 'branch-vienna-router', id_value: '192.0.2.130', bgp_asn: 64512 },
  { id: 'c3333333-3333-4333-8333-333333333333', name: 'partner-acme-asa', id_value: '192.0.2.50' },
];

function StubDialog({ opened, onCreated }: CreateCustomerGatewayDialogProps) {
  if (!opened) return null;
  return (
    <div role="dialog" aria-label="Create customer gateway">
      <button type="button" onClick={() => onCreated(testCustomerGateways[0] as CustomerGateway)}>
        Use the new customer gateway
      </button>
    </div>
  );
}

interface HarnessProps extends Partial<Omit<ConnectionWizardProps, 'style' | 'step'>> {
  initial?: { style?: ConnectionStyle; step?: StepId };
}

/** The wizard as the route renders it, with ?style&step shown in a test-id element for assertions. */
export function WizardHarness({ initial = {}, ...props }: HarnessProps) {
  const [search, setSearch] = useState(initial);
  const onNavigate = useCallback((next: { style: ConnectionStyle; step: StepId }) => setSearch(next), []);
  return (
    <>
      <ConnectionWizard
        style={search.style}
        step={search.step}
        onNavigate={onNavigate}
        gateways={testGateways}
        customerGateways={testCustomerGateways}
        connections={[]}
        CreateCustomerGatewayDialog={StubDialog}
        onCreated={() => {}}
        {...props}
      />
      <div data-testid="search">{`${search.style ?? '-'}/${search.step ?? '-'}`}</div>
    </>
  );
}
