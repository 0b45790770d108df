import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { VpnConnectionSummary } from '@/features/vpn-connections/components/vpn-connection-summary';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

const route = getRouteApi('/vpn-connections/$id');

function BackLink() {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnections.path} {...props} />}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        VPN connections
      </Group>
    </Anchor>
  );
}

/** One connection: name, live status and key fields (a fuller detail page comes with its own issue). */
export function VpnConnectionDetailRoute() {
  const { id } = route.useParams();
  const connection = useQuery(vpnConnectionQueries.detail(id));
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  const lookups = useMemo(
    () => buildConnectionLookups(gateways.data, customerGateways.data),
    [gateways.data, customerGateways.data],
  );
  const c = connection.data;
  const announced = useMemo(() => (c ? [c] : undefined), [c]);

  return (
    <Stack gap="md">
      <BackLink />
      <StatusAnnouncer noun="VPN connection" items={announced} />
      {c ? (
        <>
          <PageHeader
            title={c.name}
            actions={
              <>
                <StatusBadge status={c.status ?? 'UNKNOWN'} />
                <DataFreshness
                  subject="this VPN connection"
                  updatedAt={connection.dataUpdatedAt}
                  isFetching={connection.isFetching}
                  lastRefreshFailed={connection.isRefetchError}
                  onRefresh={() => void connection.refetch()}
                />
              </>
            }
          />
          <VpnConnectionSummary connection={c} lookups={lookups} />
        </>
      ) : connection.error ? (
        <>
          <PageHeader title="VPN connection" />
          <ApiErrorAlert
            error={connection.error}
            subject="the VPN connection"
            onRetry={() => void connection.refetch()}
            retrying={connection.isFetching}
          />
        </>
      ) : (
        <>
          <PageHeader title="VPN connection" />
          <Text role="status" size="sm" c="dimmed">
            Loading the VPN connection…
          </Text>
          <Skeleton height={160} radius="md" />
        </>
      )}
    </Stack>
  );
}
