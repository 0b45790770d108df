import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { VpnConnectionList } from '@/features/vpn-connections/components/vpn-connection-list';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { apiErrorSummary } from '@/lib/api-error-message';

/** The VPN connection list: polls while anything is changing, and names the gateways each connection uses. */
export function VpnConnectionListRoute() {
  const connections = useQuery(vpnConnectionQueries.list());
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  const lookups = useMemo(
    () => buildConnectionLookups(gateways.data, customerGateways.data),
    [gateways.data, customerGateways.data],
  );
  const refreshAll = () => {
    void connections.refetch();
    void gateways.refetch();
    void customerGateways.refetch();
  };
  const lookupError = gateways.data ? customerGateways.error : gateways.error;

  return (
    <>
      <PageHeader
        title="VPN connections"
        description="Enterprise Edition VPN (API v5) site-to-site connections in this project."
        actions={
          <>
            <DataFreshness
              subject="VPN connections"
              updatedAt={connections.dataUpdatedAt}
              isFetching={connections.isFetching}
              lastRefreshFailed={connections.isRefetchError}
              onRefresh={refreshAll}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              renderRoot={(props) => <Link to={paths.vpnConnectionCreate.path} {...props} />}
            >
              Create VPN connection
            </Button>
          </>
        }
      />
      {lookupError && !connections.error ? (
        <Text size="sm" c="dimmed" mb="sm">
          Gateway names are unavailable, so ids are shown instead. {apiErrorSummary(lookupError)}
        </Text>
      ) : null}
      <VpnConnectionList
        connections={connections.data?.vpnConnections}
        error={connections.error}
        isFetching={connections.isFetching}
        onRetry={refreshAll}
        lookups={lookups}
        createAction={
          <Button variant="light" renderRoot={(props) => <Link to={paths.vpnConnectionCreate.path} {...props} />}>
            Create your first VPN connection
          </Button>
        }
      />
    </>
  );
}
