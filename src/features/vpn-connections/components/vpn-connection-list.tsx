import { Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { useLayoutEffect, type ReactNode } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { StatusAnnouncer } from '@/components/status-announcer';
import type { ConnectionLookups } from '@/features/vpn-connections/components/connection-lookups';
import { dismissFirstPaint } from '@/lib/first-paint-handoff';
import {
  ConnectionListView,
  type ConnectionListViewProps,
} from '@/features/vpn-connections/components/connection-table/connection-list-view';

/** Props of the connection list with its loading, empty and error states. */
export interface VpnConnectionListProps {
  /** The connections; undefined until the first successful load. */
  connections: readonly VpnConnection[] | undefined;
  /** The last load error; ignored while data is on screen (a failed poll must not blank the table). */
  error: unknown;
  /** A retry is running. */
  isFetching?: boolean;
  onRetry: () => void;
  lookups: ConnectionLookups;
  /** Button shown in the empty state (e.g. a link to the create wizard). */
  createAction?: ReactNode;
  /** false while later pages of the first load are still arriving. @default true */
  complete?: boolean;
  totalCount?: number;
  gatewayOptions: ConnectionListViewProps['gatewayOptions'];
  search: ConnectionListViewProps['search'];
  onSearchChange: ConnectionListViewProps['onSearchChange'];
  selectionActions?: ConnectionListViewProps['selectionActions'];
}

function LoadingTable() {
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <VisuallyHidden>Loading VPN connections…</VisuallyHidden>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={40} radius="sm" />
      ))}
    </Stack>
  );
}

function EmptyState({ action }: { action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4">
          No VPN connections yet
        </Title>
        <Text size="sm">
          A VPN connection links a VPN gateway in this project to a customer gateway (your on-premises device). Create
          a connection once both gateways exist; its status shows “Not connected” until your device sends traffic.
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}

/** Data first, then error, then loading: a failed background refresh keeps the last table on screen. */
export function VpnConnectionList({ connections, error, isFetching, onRetry, lookups, createAction, complete = true, totalCount, ...view }: VpnConnectionListProps) {
  let body: ReactNode;
  // While the first page is still on its way the list is loading, not empty.
  const filteredByGateway = view.search.vgw !== undefined;
  const hasData = connections !== undefined && (connections.length > 0 || complete);
  const loading = !hasData && !error;
  if (connections && hasData) {
    body =
      connections.length === 0 && !filteredByGateway ? (
        <EmptyState action={createAction} />
      ) : (
        <ConnectionListView connections={connections} complete={complete} totalCount={totalCount ?? connections.length} lookups={lookups} {...view} />
      );
  } else if (error) {
    body = <ApiErrorAlert error={error} subject="VPN connections" onRetry={onRetry} retrying={isFetching} />;
  } else {
    body = <LoadingTable />;
  }
  // The list's first paint (drawn before the application loaded) covers this page until the list has more
  // to show than a loading state; a layout effect, so the two are never painted together.
  useLayoutEffect(() => {
    if (!loading) dismissFirstPaint();
  }, [loading]);
  return (
    <>
      <StatusAnnouncer noun="VPN connection" items={complete ? connections : undefined} />
      {body}
    </>
  );
}
