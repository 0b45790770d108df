import { Alert, Anchor, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import type { ConnectionDetailSearch } from '@/app/routes/vpn-connections/detail-search';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { ConfigureDeviceButton } from '@/features/device-config/components/configure-device-button';
import { ExportMenu } from '@/features/device-config/components/export-menu';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { LabPanel } from '@/features/device-config/components/lab-panel';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { DeleteConnectionModal } from '@/features/vpn-connections/components/connection-delete/delete-connection-modal';
import { ConnectionActions } from '@/features/vpn-connections/components/connection-detail/connection-actions';
import { ConnectionConfig } from '@/features/vpn-connections/components/connection-detail/connection-config';
import { StatusPanel } from '@/features/vpn-connections/components/connection-detail/status-panel';
import { useStatusHistory } from '@/features/vpn-connections/components/connection-detail/use-status-history';
import { ConnectionLogs } from '@/features/vpn-connections/components/connection-logs/connection-logs';
import { styleLabel } from '@/features/vpn-connections/components/connection-format';
import { resolveGatewayIp } from '@/features/vpn-connections/components/connection-lookups';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { isApiError } from '@/lib/api-error';

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

function Gone({ wasDeleting }: { wasDeleting: boolean }) {
  return (
    <Alert color={wasDeleting ? 'green' : 'gray'} variant="light" title={wasDeleting ? 'The connection has been deleted' : 'VPN connection not found'} maw={640}>
      <Stack gap="xs">
        <Text size="sm">
          {wasDeleting
            ? 'The cloud finished deleting it; its tunnel is gone.'
            : 'The API answered 404: it was deleted, or it belongs to another project (check the project in Settings).'}
        </Text>
        <Group>
          <Button size="xs" variant="light" renderRoot={(props) => <Link to={paths.vpnConnections.path} {...props} />}>
            Back to the VPN connections
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** One connection: status in words with its history, every field grouped, the negotiation logs, edit and delete. */
export function VpnConnectionDetailRoute() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = useCallback(
    (patch: Partial<ConnectionDetailSearch>, replace = false) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace }),
    [navigate],
  );
  const onKeywordChange = useCallback((logq: string | undefined) => setSearch({ logq }, true), [setSearch]);
  const tab = search.tab ?? 'configuration';
  const connection = useQuery(vpnConnectionQueries.detail(id));
  const logs = useQuery({ ...vpnConnectionQueries.logs(id), enabled: tab === 'logs' });
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  const lookups = useMemo(() => buildConnectionLookups(gateways.data, customerGateways.data), [gateways.data, customerGateways.data]);
  const [deleting, setDeleting] = useState(false);
  const c = connection.data;
  const history = useStatusHistory(c?.status, connection.dataUpdatedAt);
  const announced = useMemo(() => (c ? [c] : undefined), [c]);
  const gone = isApiError(connection.error) && connection.error.status === 404;

  if (gone) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageHeader title={c?.name ?? 'VPN connection'} />
        <Gone wasDeleting={history.at(-1)?.status === 'PENDING_DELETE'} />
      </Stack>
    );
  }
  if (!c) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageHeader title="VPN connection" />
        {connection.error ? (
          <ApiErrorAlert error={connection.error} subject="the VPN connection" onRetry={() => void connection.refetch()} retrying={connection.isFetching} />
        ) : (
          <>
            <Text role="status" size="sm" c="dimmed">
              Loading the VPN connection…
            </Text>
            <Skeleton height={160} radius="md" />
          </>
        )}
      </Stack>
    );
  }
  const gateway = gateways.data?.find((g) => g.id === c.vgw_id);
  const guidance = {
    gatewayIp: resolveGatewayIp(c.vgw_ip, lookups.vpnGateways?.get(c.vgw_id)),
    customerIp: lookups.customerGateways?.get(c.cgw_id)?.ip,
    localSubnets: gateway?.local_subnets,
  };
  return (
    <Stack gap="md">
      <BackLink />
      <StatusAnnouncer noun="VPN connection" items={announced} />
      <PageHeader
        title={c.name}
        description={`${styleLabel(c.style)} VPN connection`}
        actions={
          <>
            <DataFreshness
              subject="this VPN connection"
              updatedAt={connection.dataUpdatedAt}
              isFetching={connection.isFetching}
              lastRefreshFailed={connection.isRefetchError}
              onRefresh={() => void connection.refetch()}
            />
            <ConfigureDeviceButton
              source={gateways.isPending || customerGateways.isPending ? undefined : { kind: 'v5', input: { connection: c, gateway, customerGateway: customerGateways.data?.find((g) => g.id === c.cgw_id) } }}
            />
            <ExportMenu source={{ kind: 'v5', connections: [c] }} />
            <TagEditor resourceType="vpn-connection" id={c.id} name={c.name} onChanged={() => void connection.refetch()} />
            <ConnectionActions connection={c} onDelete={() => setDeleting(true)} />
          </>
        }
      />
      <StatusPanel connection={c} history={history} guidance={guidance} onShowLogs={() => setSearch({ tab: 'logs' })} />
      <LabPanel connectionId={c.id} onChanged={() => void connection.refetch()} />
      <Tabs value={tab} onChange={(v) => setSearch({ tab: v === 'logs' ? 'logs' : undefined })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="configuration">Configuration</Tabs.Tab>
          <Tabs.Tab value="logs">Logs</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="configuration" pt="md">
          <ConnectionConfig connection={c} lookups={lookups} />
        </Tabs.Panel>
        <Tabs.Panel value="logs" pt="md">
          <ConnectionLogs
            logs={logs.data}
            error={logs.error}
            isFetching={logs.isFetching}
            updatedAt={logs.dataUpdatedAt}
            onRefresh={() => void logs.refetch()}
            range={search.range ?? '24h'}
            keyword={search.logq ?? ''}
            onRangeChange={(range) => setSearch({ range }, true)}
            onKeywordChange={onKeywordChange}
          />
        </Tabs.Panel>
      </Tabs>
      <DeleteConnectionModal
        connection={deleting ? c : null}
        customerName={lookups.customerGateways?.get(c.cgw_id)?.name}
        onClose={() => setDeleting(false)}
        onAccepted={() => void navigate({ to: paths.vpnConnections.path })}
      />
    </Stack>
  );
}
