import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { countConnectionsBy } from '@/app/routes/vpn-gateways/usage';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { GuardedButton } from '@/components/guarded-button';
import { EmptyPanel, LoadingRows } from '@/components/list-states';
import { PageHeader } from '@/components/page-header';
import { customerGatewayQueries } from '@/features/customer-gateways/api/customer-gateway-queries';
import { CreateCustomerGatewayModal } from '@/features/customer-gateways/components/create-customer-gateway-modal';
import { CustomerGatewayTable } from '@/features/customer-gateways/components/customer-gateway-table';
import { quotaQueries } from '@/features/quotas/api/quota-queries';
import { QuotaBar } from '@/features/quotas/components/quota-bar';
import { quotaBlockReason } from '@/features/quotas/components/quota-text';
import { vpnConnectionQueries } from '@/features/vpn-connections/api/vpn-connection-queries';

/** Customer gateways: the on-premises ends, how many connections use each, the quota, and create. */
export function CustomerGatewayListRoute() {
  const queryClient = useQueryClient();
  const customerGateways = useQuery(customerGatewayQueries.list());
  const connections = useQuery(vpnConnectionQueries.list());
  const quotas = useQuery(quotaQueries.usage());
  const [creating, setCreating] = useState(false);
  const counts = useMemo(
    () => (connections.data ? countConnectionsBy(connections.data.vpnConnections, 'cgw_id') : undefined),
    [connections.data],
  );
  const quotaReason = quotaBlockReason('customer_gateway', quotas.data?.customer_gateway);
  const refresh = () => {
    void customerGateways.refetch();
    void connections.refetch();
    void quotas.refetch();
  };
  const create = (label: string) => (
    <GuardedButton disabledReason={quotaReason} leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {label}
    </GuardedButton>
  );

  let body;
  if (customerGateways.data) {
    body =
      customerGateways.data.length === 0 ? (
        <EmptyPanel title="No customer gateways yet" action={create('Create your first customer gateway')}>
          A customer gateway describes the VPN device at your site: its public IP address and, for BGP, its ASN. Create
          one for each device, then connect it to a VPN gateway.
        </EmptyPanel>
      ) : (
        <CustomerGatewayTable customerGateways={customerGateways.data} connectionCounts={counts} />
      );
  } else if (customerGateways.error) {
    body = <ApiErrorAlert error={customerGateways.error} subject="customer gateways" onRetry={refresh} retrying={customerGateways.isFetching} />;
  } else {
    body = <LoadingRows label="Loading customer gateways…" />;
  }

  return (
    <>
      <PageHeader
        title="Customer gateways"
        description="Your on-premises VPN devices, with their public IP address and BGP ASN."
        actions={
          <>
            <DataFreshness subject="customer gateways" updatedAt={customerGateways.dataUpdatedAt} isFetching={customerGateways.isFetching}
              lastRefreshFailed={customerGateways.isRefetchError} onRefresh={refresh} />
            {create('Create customer gateway')}
          </>
        }
      />
      <QuotaBar type="customer_gateway" usage={quotas.data?.customer_gateway} failed={quotas.isError} />
      {body}
      <CreateCustomerGatewayModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(cgw) => {
          setCreating(false);
          void queryClient.invalidateQueries({ queryKey: quotaQueries.all() });
          notifications.show({ color: 'green', message: `Customer gateway ${cgw.name} created.` });
        }}
      />
    </>
  );
}
