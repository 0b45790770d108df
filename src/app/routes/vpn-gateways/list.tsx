import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { countConnectionsBy } from '@/app/routes/vpn-gateways/usage';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { GuardedButton } from '@/components/guarded-button';
import { EmptyPanel, LoadingRows } from '@/components/list-states';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { paths } from '@/config/paths';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { QuotaBar } from '@/features/quotas/components/quota-bar';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { VpnGatewayTable } from '@/features/vpn-gateways/components/vpn-gateway-table';

/** VPN gateways: status polled while any is changing, capacity from the connection list, and the quota. */
export function VpnGatewayListRoute() {
  const gateways = useQuery(vpnGatewayQueries.list());
  const connections = useQuery(vpnConnectionQueries.list());
  const quotas = useQuery(quotaQueries.usage());
  const counts = useMemo(
    () => (connections.data ? countConnectionsBy(connections.data.vpnConnections, 'vgw_id') : undefined),
    [connections.data],
  );
  const quotaReason = quotaBlockReason('vpn_gateway', quotas.data?.vpn_gateway);
  const refresh = () => {
    void gateways.refetch();
    void connections.refetch();
    void quotas.refetch();
  };
  const create = (label: string) => (
    <GuardedButton disabledReason={quotaReason} leftSection={<IconPlus size={16} aria-hidden />}
      renderRoot={(props) => <Link to={paths.vpnGatewayCreate.path} {...props} />}>
      {label}
    </GuardedButton>
  );

  let body;
  if (gateways.data) {
    body =
      gateways.data.length === 0 ? (
        <EmptyPanel title="No VPN gateways yet" action={create('Create your first VPN gateway')}>
          A VPN gateway is the cloud end of your site-to-site tunnels: it sits in a VPC (or on an enterprise router) and
          holds two public or private addresses. Create one, then add customer gateways and connections.
        </EmptyPanel>
      ) : (
        <VpnGatewayTable gateways={gateways.data} connectionCounts={counts} />
      );
  } else if (gateways.error) {
    body = <ApiErrorAlert error={gateways.error} subject="VPN gateways" onRetry={refresh} retrying={gateways.isFetching} />;
  } else {
    body = <LoadingRows label="Loading VPN gateways…" />;
  }

  return (
    <>
      <PageHeader
        title="VPN gateways"
        description="Enterprise Edition VPN (API v5) gateways: the cloud end of the tunnels."
        actions={
          <>
            <DataFreshness subject="VPN gateways" updatedAt={gateways.dataUpdatedAt} isFetching={gateways.isFetching}
              lastRefreshFailed={gateways.isRefetchError} onRefresh={refresh} />
            {create('Create VPN gateway')}
          </>
        }
      />
      <QuotaBar type="vpn_gateway" usage={quotas.data?.vpn_gateway} failed={quotas.isError} />
      <StatusAnnouncer noun="VPN gateway" items={gateways.data} />
      {body}
    </>
  );
}
