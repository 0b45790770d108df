import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import { DataFreshness } from '@/components/data-freshness';
import { GuardedButton } from '@/components/guarded-button';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { ExportMenu } from '@/features/device-config/components/export-menu';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { QuotaBar } from '@/features/quotas/components/quota-bar';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import type { ConnectionListSearch } from '@/features/vpn-connections/components/connection-table/list-view';
import { VpnConnectionList } from '@/features/vpn-connections/components/vpn-connection-list';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { apiErrorSummary } from '@/lib/api-error-message';

const route = getRouteApi('/vpn-connections');

/** The VPN connection list: polls while anything is changing, and names the gateways each connection uses. */
export function VpnConnectionListRoute() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = useCallback(
    (patch: Partial<ConnectionListSearch>, options?: { replace?: boolean }) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: options?.replace }),
    [navigate],
  );
  // The VPN gateway filter is the API's own vgw_id filter; everything else filters in the browser.
  const connections = useQuery(vpnConnectionQueries.list(search.vgw ? { vgw_id: search.vgw } : {}));
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  // Issue 6: the connection quota, shown as a bar; a full quota disables Create with the reason.
  const quotas = useQuery(quotaQueries.usage());
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
  const gatewayOptions = useMemo(() => (gateways.data ?? []).map((g) => ({ value: g.id, label: g.name })), [gateways.data]);

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
            <GuardedButton
              disabledReason={quotaBlockReason('vpn_connection', quotas.data?.vpn_connection)}
              leftSection={<IconPlus size={16} aria-hidden />}
              renderRoot={(props) => <Link to={paths.vpnConnectionCreate.path} {...props} />}
            >
              Create VPN connection
            </GuardedButton>
          </>
        }
      />
      <QuotaBar type="vpn_connection" usage={quotas.data?.vpn_connection} failed={quotas.isError} />
      {lookupError && !connections.error ? (
        <Text size="sm" c="dimmed" mb="sm">
          Gateway names are unavailable, so ids are shown instead. {apiErrorSummary(lookupError)}
        </Text>
      ) : null}
      <VpnConnectionList
        connections={connections.data?.vpnConnections}
        complete={connections.data?.complete ?? false}
        totalCount={connections.data?.totalCount}
        gatewayOptions={gatewayOptions}
        search={search}
        onSearchChange={onSearchChange}
        error={connections.error}
        isFetching={connections.isFetching}
        onRetry={refreshAll}
        lookups={lookups}
        selectionActions={(selected) => <ExportMenu source={{ kind: 'v5', connections: selected }} label={`Export ${selected.length} selected as code`} />}
        createAction={
          <Button variant="light" renderRoot={(props) => <Link to={paths.vpnConnectionCreate.path} {...props} />}>
            Create your first VPN connection
          </Button>
        }
      />
    </>
  );
}
