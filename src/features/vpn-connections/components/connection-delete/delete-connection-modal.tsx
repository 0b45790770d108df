import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { useState } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { useDeleteVpnConnection } from '@/features/vpn-connections/api/delete-vpn-connection';
import { deleteBlockedReason } from '@/features/vpn-connections/components/connection-gating';

/** Props of the type-the-name delete confirmation. */
export interface DeleteConnectionModalProps {
  /** The connection to delete; null keeps the modal closed. */
  connection: VpnConnection | null;
  /** Customer gateway name, to say which site loses its tunnel. */
  customerName?: string;
  onClose: () => void;
  /** The API accepted the delete (the connection is now Deleting). */
  onAccepted?: (id: string) => void;
}

function Body({ connection: c, customerName, onClose, onAccepted }: DeleteConnectionModalProps & { connection: VpnConnection }) {
  const [typed, setTyped] = useState('');
  const remove = useDeleteVpnConnection();
  const blocked = deleteBlockedReason(c.status);
  const matches = typed === c.name;
  const submit = () => {
    if (!matches || blocked) return;
    remove.mutate(c.id, {
      onSuccess: () => {
        onClose();
        onAccepted?.(c.id);
      },
    });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">
          The tunnel{customerName ? ` to ${customerName}` : ''} goes down and its traffic stops. The customer device keeps its
          configuration. This cannot be undone: to connect again you create a new connection (and a new pre-shared key).
        </Text>
        {blocked ? (
          <Alert color="orange" variant="light" title="This connection cannot be deleted now">
            {blocked}
          </Alert>
        ) : null}
        <TextInput
          label={
            <>
              Type <Code>{c.name}</Code> to confirm
            </>
          }
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          disabled={blocked !== null}
          error={typed.length > 0 && !matches && !c.name.startsWith(typed) ? 'This is not the connection’s name; it is case-sensitive' : undefined}
        />
        {remove.error ? <ApiErrorAlert error={remove.error} subject="the delete request" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!matches || blocked !== null} loading={remove.isPending}>
            Delete connection
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deleting one connection, confirmed by typing its name (the button stays disabled until it matches). */
export function DeleteConnectionModal(props: DeleteConnectionModalProps) {
  const { connection, onClose } = props;
  return (
    <Modal opened={connection !== null} onClose={onClose} title={connection ? `Delete VPN connection ${connection.name}?` : ''} size="lg">
      {connection ? <Body key={connection.id} {...props} connection={connection} /> : null}
    </Modal>
  );
}
