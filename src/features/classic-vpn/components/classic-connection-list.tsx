import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { paths } from '@/config/paths';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { shortId } from '@/features/classic-vpn/components/classic-format';
import { useClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { ClassicConnectionTable } from '@/features/classic-vpn/components/connection-table';
import { LoadState } from '@/features/classic-vpn/components/load-state';

function CreateButton({ first }: { first?: boolean }) {
  return (
    <Button
      variant={first ? 'light' : 'filled'}
      leftSection={first ? undefined : <IconPlus size={16} aria-hidden />}
      renderRoot={(props) => <Link to={paths.classicConnectionCreate.path} {...props} />}
    >
      {first ? 'Build your first classic connection' : 'Create classic connection'}
    </Button>
  );
}

/** Classic IPsec site connections, polled fast while any is changing. */
export function ClassicConnectionList() {
  const connections = useQuery(classicQueries.connections());
  const lookups = useClassicLookups();
  const announced = useMemo(() => connections.data?.map((c) => ({ id: c.id, name: c.name || shortId(c.id), status: c.status })), [connections.data]);
  const refresh = () => {
    void connections.refetch();
    void lookups.raw.endpointGroups.refetch();
    void lookups.raw.vpnServices.refetch();
  };
  return (
    <>
      <PageHeader
        title="Classic VPN"
        description="Classic VPN (API v2.0) IPsec site connections. Each one uses a VPN service, an IKE and an IPsec policy, and two endpoint groups."
        actions={
          <>
            <DataFreshness subject="classic connections" updatedAt={connections.dataUpdatedAt} isFetching={connections.isFetching} lastRefreshFailed={connections.isRefetchError} onRefresh={refresh} />
            <CreateButton />
          </>
        }
      />
      <StatusAnnouncer noun="Classic VPN connection" items={announced} />
      <LoadState
        data={connections.data}
        error={connections.error}
        isFetching={connections.isFetching}
        onRetry={refresh}
        subject="classic connections"
        empty={{
          title: 'No classic connections yet',
          text: 'The wizard builds the whole thing in one go: it creates (or lets you pick) the VPN service, IKE and IPsec policies and both endpoint groups, then the connection.',
          action: <CreateButton first />,
        }}
      >
        {(list) => <ClassicConnectionTable connections={list} lookups={lookups} />}
      </LoadState>
    </>
  );
}
