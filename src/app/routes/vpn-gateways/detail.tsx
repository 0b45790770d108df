import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { v5Paths } from '@contract/api-paths';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { connectionBlockers } from '@/app/routes/vpn-gateways/connection-blockers';
import { GatewayActions, type GatewayDialog } from '@/app/routes/vpn-gateways/gateway-actions';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { StatusBadge } from '@/components/status-badge';
import { UsedByConnectionsTable } from '@/components/used-by-connections-table';
import { paths } from '@/config/paths';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { CascadeDeleteModal } from '@/features/cascade-delete/components/cascade-delete-modal';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { ChangeSpecificationModal } from '@/features/vpn-gateways/components/change-specification-modal';
import { EditVpnGatewayModal } from '@/features/vpn-gateways/components/edit-vpn-gateway-modal';
import { GATEWAY_STATUS_EXPLANATIONS } from '@/features/vpn-gateways/components/gateway-format';
import { VpnGatewayOverview } from '@/features/vpn-gateways/components/vpn-gateway-overview';

const route = getRouteApi('/vpn-gateways/$id');

function BackLink() {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnGateways.path} {...props} />}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        VPN gateways
      </Group>
    </Anchor>
  );
}

/** One VPN gateway: live status, everything about it, the connections that use it, and its actions. */
export function VpnGatewayDetailRoute() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const gateway = useQuery(vpnGatewayQueries.detail(id));
  const connections = useQuery(vpnConnectionQueries.list({ vgw_id: id }));
  const customerGateways = useQuery(customerGatewayQueries.list());
  const quotas = useQuery(quotaQueries.usage());
  const [dialog, setDialog] = useState<GatewayDialog | null>(null);
  const g = gateway.data;
  const using = useMemo(() => connections.data?.vpnConnections.filter((c) => c.vgw_id === id) ?? [], [connections.data, id]);
  const cgwNames = useMemo(() => new Map(customerGateways.data?.map((c) => [c.id, `${c.name} (${c.id_value})`])), [customerGateways.data]);
  const announced = useMemo(() => (g ? [g] : undefined), [g]);

  if (!g) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageHeader title="VPN gateway" />
        {gateway.error ? (
          <ApiErrorAlert error={gateway.error} subject="the VPN gateway" onRetry={() => void gateway.refetch()} retrying={gateway.isFetching} />
        ) : (
          <>
            <Text role="status" size="sm" c="dimmed">Loading the VPN gateway…</Text>
            <Skeleton height={200} radius="md" />
          </>
        )}
      </Stack>
    );
  }

  const open = (which: GatewayDialog) => {
    if (which === 'delete') void connections.refetch();
    setDialog(which);
  };

  return (
    <Stack gap="md">
      <BackLink />
      <StatusAnnouncer noun="VPN gateway" items={announced} />
      <PageHeader
        title={g.name}
        actions={
          <>
            <StatusBadge status={g.status ?? 'UNKNOWN'} explanation={GATEWAY_STATUS_EXPLANATIONS[g.status ?? '']} />
            <DataFreshness subject="this VPN gateway" updatedAt={gateway.dataUpdatedAt} isFetching={gateway.isFetching}
              lastRefreshFailed={gateway.isRefetchError} onRefresh={() => { void gateway.refetch(); void connections.refetch(); }} />
            <TagEditor resourceType="vpn-gateway" id={g.id} name={g.name} onChanged={() => void gateway.refetch()} />
          </>
        }
      />
      <GatewayActions gateway={g} connectionsInUse={connections.data ? using.length : undefined} connectionQuota={quotas.data?.vpn_connection} onOpen={open} />
      <VpnGatewayOverview gateway={g} />
      <Paper withBorder p="md" radius="md" component="section" aria-label="Connections using this gateway">
        <Title order={2} size="h4" mb="sm">
          Connections using this gateway
        </Title>
        {connections.data ? (
          using.length > 0 ? <UsedByConnectionsTable label={`Connections using ${g.name}`} connections={using} peerHeading="Customer gateway" peerOf={(c) => cgwNames.get(c.cgw_id) ?? c.cgw_id} /> : <Text size="sm" c="dimmed">No connection uses this gateway yet.</Text>
        ) : connections.error ? (
          <ApiErrorAlert error={connections.error} subject="the connections" onRetry={() => void connections.refetch()} />
        ) : (
          <Skeleton height={80} />
        )}
      </Paper>
      <EditVpnGatewayModal opened={dialog === 'edit'} onClose={() => setDialog(null)} gateway={g} />
      <ChangeSpecificationModal opened={dialog === 'spec'} onClose={() => setDialog(null)} gateway={g} />
      <CascadeDeleteModal
        opened={dialog === 'delete'}
        target={{ id: g.id, kind: 'VPN gateway', name: g.name, path: (p) => v5Paths.vpnGateway(p, g.id), waitUntilGone: true }}
        blockers={connectionBlockers(using)}
        onFinished={() => {
          void queryClient.invalidateQueries({ queryKey: vpnConnectionQueries.lists() });
          void queryClient.invalidateQueries({ queryKey: vpnGatewayQueries.lists() });
          void queryClient.invalidateQueries({ queryKey: quotaQueries.all() });
        }}
        onClose={(deleted) => {
          setDialog(null);
          if (deleted) {
            void navigate({ to: paths.vpnGateways.path });
            queryClient.removeQueries({ queryKey: vpnGatewayQueries.detail(id).queryKey });
          }
        }}
      />
    </Stack>
  );
}
