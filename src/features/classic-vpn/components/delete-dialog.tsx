import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { shortId } from '@/features/classic-vpn/components/classic-format';

/** Props of the delete confirmation. */
export interface DeleteDialogProps {
  opened: boolean;
  onClose: () => void;
  /** What is deleted, e.g. "IKE policy ike-hq-v2". */
  subject: string;
  /** Deleting (default) or changing: the refusal's wording. */
  action?: 'delete' | 'change';
  /** Connections that still use the object: the action is refused with this reason. */
  usedBy?: readonly IpsecSiteConnection[];
  /** What to do instead when in use. */
  remedy?: string;
  /** What happens after deleting, in one sentence. */
  consequence?: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}

/** Asks before deleting; refuses with the reason (and the connections) while the object is in use. */
export function DeleteDialog({ opened, onClose, subject, action = 'delete', usedBy = [], remedy, consequence, onConfirm, pending, error }: DeleteDialogProps) {
  const blocked = usedBy.length > 0;
  return (
    <Modal opened={opened} onClose={onClose} title={blocked ? `${subject} cannot be ${action === 'delete' ? 'deleted' : 'changed'}` : `Delete ${subject}?`} centered>
      <Stack gap="sm">
        {blocked ? (
          <Alert color="orange" title="Still in use" role="alert">
            <Text size="sm">
              It is used by {usedBy.length === 1 ? 'this connection' : `these ${usedBy.length} connections`}; OTC refuses to{' '}
              {action} it while they exist.
            </Text>
            <List size="sm" mt="xs">
              {usedBy.map((c) => (
                <List.Item key={c.id}>{c.name || shortId(c.id)}</List.Item>
              ))}
            </List>
            {remedy ? (
              <Text size="sm" mt="xs">
                {remedy}
              </Text>
            ) : null}
          </Alert>
        ) : (
          <Text size="sm">{consequence ?? 'This cannot be undone.'}</Text>
        )}
        {error ? <ApiErrorAlert error={error} subject={subject} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {blocked ? 'Close' : 'Cancel'}
          </Button>
          {blocked ? null : (
            <Button color="red" onClick={onConfirm} loading={pending}>
              Delete
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
