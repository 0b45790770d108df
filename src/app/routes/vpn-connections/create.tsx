import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { parseConnectionImport } from '@contract/device-config/import-json';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { CreateCustomerGatewayModal } from '@/features/customer-gateways/components/create-customer-gateway-modal';
import { ImportConnectionJson } from '@/features/device-config/components/import-connection-json';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { ConnectionWizard } from '@/features/vpn-connections/components/connection-wizard/connection-wizard';
import { saveDraft } from '@/features/vpn-connections/components/connection-wizard/draft-store';
import type { NavigateFn } from '@/features/vpn-connections/components/connection-wizard/use-wizard-navigation';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { withConnectionUsage } from './gateway-usage';

const route = getRouteApi('/vpn-connections/create');

/** The create-connection wizard, composed with the project's gateways, customer gateways and connections. */
export function VpnConnectionCreateRoute() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  // For the "same gateway IP and customer gateway" warning and each gateway's used connections.
  const connections = useQuery(vpnConnectionQueries.list());
  const gatewaysWithUsage = useMemo(
    () => (gateways.data ? withConnectionUsage(gateways.data, connections.data?.vpnConnections) : undefined),
    [gateways.data, connections.data],
  );

  const onNavigate = useCallback<NavigateFn>(
    (next, options) => void navigate({ to: paths.vpnConnectionCreate.path, search: next, replace: options?.replace }),
    [navigate],
  );
  const failed = gateways.error ?? customerGateways.error;
  // Import JSON (clone): the imported values become the tab's draft and the wizard restarts from it.
  const [wizardKey, setWizardKey] = useState(0);

  return (
    <Stack gap="md">
      <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnections.path} {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          VPN connections
        </Group>
      </Anchor>
      <PageHeader
        title="Create VPN connection"
        description="Six short steps; every field says what it needs, and your entries are kept in this tab until you create or discard them."
        actions={
          <ImportConnectionJson
            parse={parseConnectionImport}
            onImport={(values) => {
              saveDraft(values, 'gateways');
              setWizardKey((k) => k + 1);
              onNavigate({ style: values.style, step: 'gateways' });
            }}
          />
        }
      />
      {gatewaysWithUsage && customerGateways.data ? (
        <ConnectionWizard
          key={wizardKey}
          style={search.style}
          step={search.step}
          presetGatewayId={search.vgw}
          onNavigate={onNavigate}
          gateways={gatewaysWithUsage}
          customerGateways={customerGateways.data}
          connections={connections.data?.vpnConnections ?? []}
          CreateCustomerGatewayDialog={CreateCustomerGatewayModal}
          onCreated={(c) => void navigate({ to: paths.vpnConnection.path, params: { id: c.id } })}
        />
      ) : failed ? (
        <ApiErrorAlert
          error={failed}
          subject="the gateways"
          onRetry={() => {
            void gateways.refetch();
            void customerGateways.refetch();
          }}
          retrying={gateways.isFetching || customerGateways.isFetching}
        />
      ) : (
        <>
          <Text role="status" size="sm" c="dimmed">
            Loading the project’s gateways…
          </Text>
          <Skeleton height={240} radius="md" />
        </>
      )}
    </Stack>
  );
}
