import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import { Link } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { deleteBlockedReason, editBlockedReason } from '@/features/vpn-connections/components/connection-gating';

/** Props of the detail page's actions. */
export interface ConnectionActionsProps {
  connection: VpnConnection;
  onDelete: () => void;
}

/** Edit and Delete, disabled with the reason in words (never hidden) when the status does not allow them. */
export function ConnectionActions({ connection: c, onDelete }: ConnectionActionsProps) {
  const editReason = editBlockedReason(c.status);
  const deleteReason = deleteBlockedReason(c.status);
  return (
    <Stack gap={4} align="flex-end" maw={460}>
      <Group gap="sm">
        {editReason ? (
          <Button leftSection={<IconPencil size={16} aria-hidden />} disabled aria-describedby="edit-blocked-reason">
            Edit
          </Button>
        ) : (
          <Button
            leftSection={<IconPencil size={16} aria-hidden />}
            renderRoot={(props) => <Link to={paths.vpnConnectionEdit.path} params={{ id: c.id }} {...props} />}
          >
            Edit
          </Button>
        )}
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={deleteReason !== null}
          aria-describedby={deleteReason ? 'delete-blocked-reason' : undefined}
          onClick={onDelete}
        >
          Delete
        </Button>
      </Group>
      {editReason ? (
        <Text size="xs" c="dimmed" ta="right" id="edit-blocked-reason" data-testid="edit-blocked-reason">
          Edit is unavailable: {editReason}
        </Text>
      ) : null}
      {deleteReason ? (
        <Text size="xs" c="dimmed" ta="right" id="delete-blocked-reason" data-testid="delete-blocked-reason">
          Delete is unavailable: {deleteReason}
        </Text>
      ) : null}
    </Stack>
  );
}
