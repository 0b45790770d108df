import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';

/** Props of a create/edit dialog. */
export interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  /** Shown when the submitted form changed nothing. */
  nothingChanged?: boolean;
  children: ReactNode;
}

/** A modal with one form: fields, the API's rejection, Cancel and the submit button. */
export function FormModal({ opened, onClose, title, onSubmit, pending, error, submitLabel, nothingChanged, children }: FormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      <form noValidate onSubmit={onSubmit} aria-label={title}>
        <Stack gap="md">
          {children}
          {nothingChanged ? (
            <Text size="sm" role="status">
              Nothing has changed yet.
            </Text>
          ) : null}
          {error ? <ApiErrorAlert error={error} subject={title} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
