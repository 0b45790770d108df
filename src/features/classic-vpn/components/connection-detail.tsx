import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { isTransitional } from '@contract/status';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { presentStatus } from '@/components/status-presentation';
import { StatusBadge } from '@/components/status-badge';
import { StatusAnnouncer } from '@/components/status-announcer';
import { paths } from '@/config/paths';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { useDeleteClassic } from '@/features/classic-vpn/api/classic-mutations';
import { shortId } from '@/features/classic-vpn/components/classic-format';
import { useClassicLookups, type ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { ConnectionDependencies } from '@/features/classic-vpn/components/connection-dependencies';
import { ConnectionSummary } from '@/features/classic-vpn/components/connection-summary';
import { DeleteDialog } from '@/features/classic-vpn/components/delete-dialog';

/** Props of the classic connection detail. */
export interface ClassicConnectionDetailProps {
  id: string;
  /** Called once the API has accepted the deletion. */
  onDeleted: (name: string) => void;
  /** More header actions from other features (the route adds device configuration and export). */
  extraActions?: (connection: IpsecSiteConnection, lookups: ClassicLookups) => ReactNode;
}

/** One classic connection, polled while it changes, with the five objects it is built from. */
export function ClassicConnectionDetail({ id, onDeleted, extraActions }: ClassicConnectionDetailProps) {
  const query = useQuery(classicQueries.connection(id));
  const lookups = useClassicLookups();
  const remove = useDeleteClassic('connections');
  const [deleting, setDeleting] = useState(false);
  const c = query.data;
  const announced = useMemo(() => (c ? [{ id: c.id, name: c.name || shortId(c.id), status: c.status }] : undefined), [c]);

  if (!c) {
    return (
      <>
        <PageHeader title="Classic VPN connection" />
        {query.error ? (
          <ApiErrorAlert error={query.error} subject="the classic VPN connection" onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <Stack gap="xs" role="status">
            <Text size="sm" c="dimmed">Loading the classic VPN connection…</Text>
            <Skeleton height={160} radius="md" />
          </Stack>
        )}
      </>
    );
  }
  const name = c.name || shortId(c.id);
  const busy = isTransitional(c.status);
  return (
    <Stack gap="md">
      <StatusAnnouncer noun="Classic VPN connection" items={announced} />
      <PageHeader
        title={name}
        description="Classic VPN (API v2.0) IPsec site connection"
        actions={
          <>
            <StatusBadge status={c.status} />
            <DataFreshness subject="this connection" updatedAt={query.dataUpdatedAt} isFetching={query.isFetching} lastRefreshFailed={query.isRefetchError} onRefresh={() => void query.refetch()} />
            {extraActions?.(c, lookups)}
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              disabled={busy}
              renderRoot={busy ? undefined : (props) => <Link to={paths.classicConnectionEdit.path} params={{ id: c.id }} {...props} />}
            >
              Edit
            </Button>
            <Button variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} disabled={c.status === 'PENDING_DELETE'} onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </>
        }
      />
      {busy ? (
        <Text size="sm" c="dimmed" role="note">
          Edit is available once the connection is no longer “{presentStatus(c.status).label}”; OTC refuses changes while it is in a PENDING state.
        </Text>
      ) : null}
      <ConnectionSummary connection={c} />
      <ConnectionDependencies connection={c} lookups={lookups} />
      <DeleteDialog
        opened={deleting}
        onClose={() => setDeleting(false)}
        subject={`connection ${name}`}
        consequence="The tunnel goes down and the connection is removed. The VPN service, policies and endpoint groups stay and can be reused."
        onConfirm={() =>
          remove.mutate(c.id, {
            onSuccess: () => {
              setDeleting(false);
              onDeleted(name);
            },
          })
        }
        pending={remove.isPending}
        error={remove.error}
      />
    </Stack>
  );
}
