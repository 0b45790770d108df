import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { classicEditSchema, classicEditValues, type ClassicEditValues } from '@contract/classic/classic-edit-form';
import { classicPaths } from '@contract/classic/classic-paths';
import type { IpsecSiteConnection, UpdateIpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { isTransitional } from '@contract/status';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { presentStatus } from '@/components/status-presentation';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { useUpdateClassic } from '@/features/classic-vpn/api/classic-mutations';
import { useClassicLookups, type ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { editDiff, maskedPutJson } from '@/features/classic-vpn/components/edit/edit-diff';
import { EditFields } from '@/features/classic-vpn/components/edit/edit-fields';
import { EditReview } from '@/features/classic-vpn/components/edit/edit-review';

/** Props of the classic connection editor. */
export interface ClassicConnectionEditProps {
  id: string;
  onSaved: (connection: IpsecSiteConnection) => void;
  onCancel: () => void;
}

/** Loads the connection and its references, then shows the edit form (server data as default values). */
export function ClassicConnectionEdit({ id, onSaved, onCancel }: ClassicConnectionEditProps) {
  const query = useQuery(classicQueries.connection(id));
  const lookups = useClassicLookups();
  const c = query.data;
  if (query.error && !c) return <ApiErrorAlert error={query.error} subject="the classic VPN connection" onRetry={() => void query.refetch()} />;
  if (!c || !lookups.groups || !lookups.subnets || !lookups.services) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">Loading the connection…</Text>
      </Group>
    );
  }
  if (isTransitional(c.status)) {
    return (
      <Alert color="yellow" title={`The connection is ${presentStatus(c.status).label.toLowerCase()}`}>
        OTC refuses changes while a connection is in a PENDING state; this page becomes editable once it has settled.
      </Alert>
    );
  }
  return <EditForm key={c.id} connection={c} lookups={lookups} onSaved={onSaved} onCancel={onCancel} />;
}

function EditForm({ connection, lookups, onSaved, onCancel }: { connection: IpsecSiteConnection; lookups: ClassicLookups } & Omit<ClassicConnectionEditProps, 'id'>) {
  const context = useMemo(
    () => ({
      connection,
      routerId: lookups.services?.get(connection.vpnservice_id)?.router_id,
      routers: [...(lookups.routers?.values() ?? [])],
      subnets: [...(lookups.subnets?.values() ?? [])],
      endpointGroups: [...(lookups.groups?.values() ?? [])],
    }),
    [connection, lookups],
  );
  const form = useForm<ClassicEditValues, unknown, UpdateIpsecSiteConnection>({
    resolver: zodResolver(classicEditSchema(context)),
    mode: 'onTouched',
    defaultValues: classicEditValues(connection),
  });
  const [changes, setChanges] = useState<UpdateIpsecSiteConnection | null>(null);
  const [nothing, setNothing] = useState(false);
  const update = useUpdateClassic('connections');

  const review = form.handleSubmit((body) => {
    setNothing(Object.keys(body).length === 0);
    if (Object.keys(body).length > 0) setChanges(body);
  });
  const save = () => changes && update.mutate({ id: connection.id, changes }, { onSuccess: (saved) => onSaved(saved as IpsecSiteConnection) });

  if (changes) {
    return (
      <Stack gap="md">
        <EditReview rows={editDiff(connection, changes, lookups)} json={maskedPutJson(changes)} path={classicPaths.ipsecSiteConnection(connection.id)} />
        {update.error ? <ApiErrorAlert error={update.error} subject="the change" /> : null}
        <Group>
          <Button variant="default" onClick={() => setChanges(null)} disabled={update.isPending}>
            Back to the form
          </Button>
          <Button onClick={save} loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={(e) => void review(e)} aria-label="Edit classic VPN connection">
      <EditFields control={form.control} setValue={form.setValue} lookups={lookups} />
      {nothing ? (
        <Text size="sm" mt="md" role="status">
          Nothing has changed yet: edit a field, then review.
        </Text>
      ) : null}
      <Group mt="xl">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">Review changes</Button>
      </Group>
    </form>
  );
}
