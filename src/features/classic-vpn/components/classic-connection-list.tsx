import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { StatusAnnouncer } from '@/components/status-announcer';
import { paths } from '@/config/paths';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import type { ClassicExportSelection } from '@/features/classic-vpn/components/classic-export-selection';
import { shortId } from '@/features/classic-vpn/components/classic-format';
import { useClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { ClassicConnectionTable } from '@/features/classic-vpn/components/connection-table';
import { ClassicSelectionBar } from '@/features/classic-vpn/components/classic-selection-bar';
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

/** Props of the classic connection list. */
export interface ClassicConnectionListProps {
  /** Actions for the selected connections (e.g. export as code), given them with the objects they use. */
  selectionActions?: (selection: ClassicExportSelection) => ReactNode;
}

/** Classic IPsec site connections, polled fast while any is changing, with a selection for bulk actions. */
export function ClassicConnectionList({ selectionActions }: ClassicConnectionListProps) {
  const connections = useQuery(classicQueries.connections());
  const lookups = useClassicLookups();
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(() => new Set());
  // Derived from the latest list, so a connection that has gone drops out of the selection by itself.
  const selected = useMemo(() => (connections.data ?? []).filter((c) => selectedIds.has(c.id)), [connections.data, selectedIds]);
  const onSelect = (id: string, on: boolean) =>
    setSelectedIds((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const onSelectAll = (on: boolean) => setSelectedIds(on ? new Set((connections.data ?? []).map((c) => c.id)) : new Set());
  const announced = useMemo(() => connections.data?.map((c) => ({ id: c.id, name: c.name || shortId(c.id), status: c.status })), [connections.data]);
  const refresh = () => {
    void connections.refetch();
    void lookups.raw.endpointGroups.refetch();
    void lookups.raw.vpnServices.refetch();
    void lookups.raw.ikePolicies.refetch();
    void lookups.raw.ipsecPolicies.refetch();
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
        {(list) => (
          <>
            {selected.length > 0 ? <ClassicSelectionBar selected={selected} lookups={lookups} onClear={() => setSelectedIds(new Set())} actions={selectionActions} /> : null}
            <ClassicConnectionTable connections={list} lookups={lookups} selected={selectedIds} onSelect={onSelect} onSelectAll={onSelectAll} />
          </>
        )}
      </LoadState>
    </>
  );
}
