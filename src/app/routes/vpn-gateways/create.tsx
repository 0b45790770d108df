import { Anchor, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { customerGatewaysByAsn } from '@/app/routes/vpn-gateways/usage';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { CreateVpnGatewayForm } from '@/features/vpn-gateways/components/create-gateway/create-vpn-gateway-form';

/** The create-gateway page; on success it opens the new gateway, which then polls until it is Active. */
export function VpnGatewayCreateRoute() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const customerGateways = useQuery(customerGatewayQueries.list());
  const quotas = useQuery(quotaQueries.usage());
  const asns = useMemo(() => customerGatewaysByAsn(customerGateways.data ?? []), [customerGateways.data]);

  return (
    <Stack gap="md">
      <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnGateways.path} {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          VPN gateways
        </Group>
      </Anchor>
      <PageHeader
        title="Create VPN gateway"
        description="Every field says what it needs; the gateway is created in the background and shows “Creating” until it is ready."
      />
      <CreateVpnGatewayForm
        customerGatewayAsns={asns}
        quotaReason={quotaBlockReason('vpn_gateway', quotas.data?.vpn_gateway)}
        onCancel={() => void navigate({ to: paths.vpnGateways.path })}
        onCreated={(gateway) => {
          void queryClient.invalidateQueries({ queryKey: quotaQueries.all() });
          notifications.show({ color: 'green', message: `VPN gateway ${gateway.name} is being created.` });
          void navigate({ to: paths.vpnGateway.path, params: { id: gateway.id } });
        }}
      />
    </Stack>
  );
}
