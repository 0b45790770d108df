import { Alert, Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { buildConnectionLookups } from '@/app/routes/vpn-connections/connection-lookups';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';
import { ConnectionEditForm } from '@/features/vpn-connections/components/connection-edit/connection-edit-form';
import { editBlockedReason } from '@/features/vpn-connections/components/connection-gating';
import { resolveGatewayIp } from '@/features/vpn-connections/components/connection-lookups';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';

const route = getRouteApi('/vpn-connections/$id/edit');

/** Edit one connection. The form opens once the connection can be edited and then stays, whatever the polls say. */
export function VpnConnectionEditRoute() {
  const { id } = route.useParams();
  const navigate = route.useNavigate();
  const connection = useQuery(vpnConnectionQueries.detail(id));
  const gateways = useQuery(vpnGatewayQueries.list());
  const customerGateways = useQuery(customerGatewayQueries.list());
  const lookups = useMemo(() => buildConnectionLookups(gateways.data, customerGateways.data), [gateways.data, customerGateways.data]);
  const c = connection.data;
  // The form's starting point is fixed when it opens: a later poll (say, Updating because of another
  // change) must not reset or unmount what the admin is typing.
  const [baseline, setBaseline] = useState<VpnConnection | null>(null);
  if (!baseline && c && editBlockedReason(c.status) === null) setBaseline(c);
  const announced = useMemo(() => (c ? [c] : undefined), [c]);
  const back = () => void navigate({ to: paths.vpnConnection.path, params: { id } });
  const cgwOptions = useMemo(
    () => (customerGateways.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.id_value})` })),
    [customerGateways.data],
  );

  let body;
  if (baseline) {
    const gw = lookups.vpnGateways?.get(baseline.vgw_id);
    body = (
      <ConnectionEditForm
        connection={baseline}
        customerGatewayOptions={cgwOptions.length ? cgwOptions : [{ value: baseline.cgw_id, label: baseline.cgw_id }]}
        customerName={(cgwId) => lookups.customerGateways?.get(cgwId)?.name ?? cgwId}
        gatewayName={gw?.name}
        gatewayIp={resolveGatewayIp(baseline.vgw_ip, gw)}
        onCancel={back}
        onDone={back}
      />
    );
  } else if (c) {
    body = (
      <Alert color="orange" variant="light" title="This connection cannot be edited right now" styles={{ title: { color: 'var(--mantine-color-text)' } }} data-testid="edit-blocked">
        <Text size="sm">{editBlockedReason(c.status)}</Text>
        <Text size="sm" mt={4}>
          This page checks again every few seconds and opens the form as soon as the connection has settled.
        </Text>
      </Alert>
    );
  } else if (connection.error) {
    body = <ApiErrorAlert error={connection.error} subject="the VPN connection" onRetry={() => void connection.refetch()} retrying={connection.isFetching} />;
  } else {
    body = <Skeleton height={240} radius="md" />;
  }

  return (
    <Stack gap="md">
      <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnection.path} params={{ id }} {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {c?.name ?? 'VPN connection'}
        </Group>
      </Anchor>
      <StatusAnnouncer noun="VPN connection" items={announced} />
      <PageHeader
        title={`Edit ${c?.name ?? 'VPN connection'}`}
        description="Only the fields the update API accepts can change; the rest is shown with the reason."
        actions={c ? <StatusBadge status={c.status ?? 'UNKNOWN'} /> : null}
      />
      {body}
    </Stack>
  );
}
