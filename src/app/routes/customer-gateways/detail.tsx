import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { v5Paths } from '@contract/api-paths';
import { IconArrowLeft, IconEdit, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { connectionBlockers } from '@/app/routes/vpn-gateways/connection-blockers';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { GuardedButton } from '@/components/guarded-button';
import { PageHeader } from '@/components/page-header';
import { UsedByConnectionsTable } from '@/components/used-by-connections-table';
import { paths } from '@/config/paths';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { CascadeDeleteModal } from '@/features/cascade-delete/components/cascade-delete-modal';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { CustomerGatewaySummary } from '@/features/customer-gateways/components/customer-gateway-summary';
import { RenameCustomerGatewayModal } from '@/features/customer-gateways/components/rename-customer-gateway-modal';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

const route = getRouteApi('/customer-gateways/$id');

function BackLink() {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link to={paths.customerGateways.path} {...props} />}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        Customer gateways
      </Group>
    </Anchor>
  );
}

/** One customer gateway, the connections that use it, rename and dependency-aware delete. */
export function CustomerGatewayDetailRoute() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const customerGateway = useQuery(customerGatewayQueries.detail(id));
  const connections = useQuery(vpnConnectionQueries.list());
  const gateways = useQuery(vpnGatewayQueries.list());
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const c = customerGateway.data;
  const using = useMemo(() => connections.data?.vpnConnections.filter((v) => v.cgw_id === id) ?? [], [connections.data, id]);
  const gatewayNames = useMemo(() => new Map(gateways.data?.map((g) => [g.id, g.name])), [gateways.data]);

  if (!c) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageHeader title="Customer gateway" />
        {customerGateway.error ? (
          <ApiErrorAlert error={customerGateway.error} subject="the customer gateway" onRetry={() => void customerGateway.refetch()} retrying={customerGateway.isFetching} />
        ) : (
          <>
            <Text role="status" size="sm" c="dimmed">Loading the customer gateway…</Text>
            <Skeleton height={160} radius="md" />
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <BackLink />
      <PageHeader
        title={c.name}
        description={`Customer gateway at ${c.id_value}`}
        actions={
          <>
            <DataFreshness subject="this customer gateway" updatedAt={customerGateway.dataUpdatedAt} isFetching={customerGateway.isFetching}
              lastRefreshFailed={customerGateway.isRefetchError} onRefresh={() => { void customerGateway.refetch(); void connections.refetch(); }} />
            <TagEditor resourceType="customer-gateway" id={c.id} name={c.name} onChanged={() => void customerGateway.refetch()} />
          </>
        }
      />
      <Group gap="sm">
        <GuardedButton variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setDialog('rename')}>
          Rename
        </GuardedButton>
        <GuardedButton variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />}
          disabledReason={connections.data ? undefined : 'Checking which connections use it…'}
          onClick={() => { void connections.refetch(); setDialog('delete'); }}>
          Delete
        </GuardedButton>
      </Group>
      <CustomerGatewaySummary customerGateway={c} />
      <Paper withBorder p="md" radius="md" component="section" aria-label="Connections using this customer gateway">
        <Title order={2} size="h4" mb="sm">
          Connections using this customer gateway
        </Title>
        {connections.data ? (
          using.length > 0 ? <UsedByConnectionsTable label={`Connections using ${c.name}`} connections={using} peerHeading="VPN gateway" peerOf={(v) => gatewayNames.get(v.vgw_id) ?? v.vgw_id} /> : <Text size="sm" c="dimmed">No connection uses this customer gateway.</Text>
        ) : connections.error ? (
          <ApiErrorAlert error={connections.error} subject="the connections" onRetry={() => void connections.refetch()} />
        ) : (
          <Skeleton height={80} />
        )}
      </Paper>
      <RenameCustomerGatewayModal opened={dialog === 'rename'} onClose={() => setDialog(null)} customerGateway={c} />
      <CascadeDeleteModal
        opened={dialog === 'delete'}
        target={{ id: c.id, kind: 'customer gateway', name: c.name, path: (p) => v5Paths.customerGateway(p, c.id), waitUntilGone: false }}
        blockers={connectionBlockers(using)}
        onFinished={() => {
          void queryClient.invalidateQueries({ queryKey: vpnConnectionQueries.lists() });
          void queryClient.invalidateQueries({ queryKey: customerGatewayQueries.lists() });
          void queryClient.invalidateQueries({ queryKey: quotaQueries.all() });
        }}
        onClose={(deleted) => {
          setDialog(null);
          if (deleted) {
            void navigate({ to: paths.customerGateways.path });
            queryClient.removeQueries({ queryKey: customerGatewayQueries.detail(id).queryKey });
          }
        }}
      />
    </Stack>
  );
}
