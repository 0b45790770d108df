import { Alert, Button, Code, Group, List, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { useState } from 'react';
import {
  useBulkDeleteVpnConnections,
  type BulkDeleteItem,
} from '@/features/vpn-connections/api/bulk-delete-vpn-connections';
import { deleteBlockedReason } from '@/features/vpn-connections/components/connection-gating';
import { apiErrorSummary } from '@/lib/api-error-message';

const CONFIRM_WORD = 'DELETE';

/** Props of the bulk delete dialog. */
export interface BulkDeleteModalProps {
  opened: boolean;
  /** The selected connections, as currently listed. */
  connections: readonly VpnConnection[];
  onClose: () => void;
  /** The run is over (clear the selection). */
  onFinished: () => void;
}

/** Splits a selection into what can be deleted and what cannot, with the reason. */
export function precheckDelete(connections: readonly VpnConnection[]) {
  const deletable: VpnConnection[] = [];
  const blocked: Array<{ connection: VpnConnection; reason: string }> = [];
  for (const c of connections) {
    const reason = deleteBlockedReason(c.status);
    if (reason) blocked.push({ connection: c, reason });
    else deletable.push(c);
  }
  return { deletable, blocked };
}

function phaseText(item: BulkDeleteItem | undefined): string {
  switch (item?.phase) {
    case undefined:
    case 'queued':
      return 'Waiting';
    case 'sending':
      return 'Sending the delete request…';
    case 'deleting':
      return 'Accepted: deleting…';
    case 'deleted':
      return 'Deleted';
    case 'still-there':
      return 'Accepted, but still listed after 10 minutes: check it later';
    case 'failed':
      return `Failed: ${apiErrorSummary(item.error)}`;
  }
}

function Report({ run, items }: { run: readonly VpnConnection[]; items: Readonly<Record<string, BulkDeleteItem>> }) {
  return (
    <ScrollArea.Autosize mah={320}>
      <Table aria-label="Delete results" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Connection</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.map((c) => (
            <Table.Tr key={c.id} data-phase={items[c.id]?.phase ?? 'queued'}>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              <Table.Td>
                <Text size="sm" c={items[c.id]?.phase === 'failed' ? 'red' : undefined}>
                  {phaseText(items[c.id])}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function Body({ connections, onClose, onFinished }: Omit<BulkDeleteModalProps, 'opened'>) {
  const [typed, setTyped] = useState('');
  const [run, setRun] = useState<readonly VpnConnection[] | null>(null);
  const bulk = useBulkDeleteVpnConnections();
  const { deletable, blocked } = precheckDelete(run ?? connections);
  const start = () => {
    setRun(deletable);
    void bulk.run(deletable.map((c) => c.id)).then(onFinished);
  };
  const done = run !== null && !bulk.running;
  return (
    <Stack gap="sm">
      {blocked.length > 0 && run === null ? (
        <Alert color="orange" variant="light" title={`${blocked.length} of the selected cannot be deleted and will be skipped`}>
          <List size="sm" spacing={2}>
            {blocked.map(({ connection, reason }) => (
              <List.Item key={connection.id}>
                <strong>{connection.name}</strong>: {reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {run === null ? (
        deletable.length === 0 ? (
          <Text size="sm">Nothing to delete: none of the selected connections can be deleted now.</Text>
        ) : (
          <>
            <Text size="sm">
              {deletable.length === 1 ? 'This connection' : `These ${deletable.length} connections`} will be deleted; their tunnels go
              down and traffic stops. This cannot be undone.
            </Text>
            <Text size="sm" c="dimmed">
              {deletable.map((c) => c.name).join(', ')}
            </Text>
            <TextInput
              label={
                <>
                  Type <Code>{CONFIRM_WORD}</Code> to confirm
                </>
              }
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              autoComplete="off"
              data-autofocus
            />
          </>
        )
      ) : (
        <>
          <Text size="sm" role="status">
            {done ? 'Finished.' : 'Deleting…'} {Object.values(bulk.items).filter((i) => i.phase === 'deleted').length} of {run.length} deleted
            {Object.values(bulk.items).some((i) => i.phase === 'failed') ? '; some failed (see below)' : ''}.
          </Text>
          <Report run={run} items={bulk.items} />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {run === null ? 'Cancel' : 'Close'}
        </Button>
        {run === null && deletable.length > 0 ? (
          <Button color="red" disabled={typed !== CONFIRM_WORD} onClick={start}>
            Delete {deletable.length} {deletable.length === 1 ? 'connection' : 'connections'}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Bulk delete: a pre-check of what cannot be deleted and why, a typed confirmation, then a per-item report. */
export function BulkDeleteModal({ opened, ...rest }: BulkDeleteModalProps) {
  return (
    <Modal opened={opened} onClose={rest.onClose} title="Delete selected VPN connections" size="lg">
      {opened ? <Body {...rest} /> : null}
    </Modal>
  );
}
