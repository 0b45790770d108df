import { Alert, Button, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import type { ConnectionFormValues } from '@contract/connection-form';
import type { UpdateVpnConnection, VpnConnection } from '@contract/vpn-connection';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { useUpdateVpnConnection } from '@/features/vpn-connections/api/update-vpn-connection';
import { describeChanges } from '@/features/vpn-connections/components/connection-edit/change-review';
import { ChangeReviewPanel } from '@/features/vpn-connections/components/connection-edit/change-review-panel';
import { EditFields } from '@/features/vpn-connections/components/connection-edit/edit-fields';
import { editResolver } from '@/features/vpn-connections/components/connection-edit/edit-resolver';
import { editFormValues } from '@/features/vpn-connections/components/connection-edit/edit-values';
import { ReadOnlyFields } from '@/features/vpn-connections/components/connection-edit/read-only-fields';
import { SaveResult } from '@/features/vpn-connections/components/connection-edit/save-result';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';
import { isApiError } from '@/lib/api-error';

/** Props of the edit form. */
export interface ConnectionEditFormProps {
  /** The connection as it was when the form opened (the form's starting point). */
  connection: VpnConnection;
  /** Customer gateways to choose from. */
  customerGatewayOptions: ReadonlyArray<{ value: string; label: string }>;
  customerName: (id: string) => string;
  gatewayName?: string;
  gatewayIp?: string;
  onCancel: () => void;
  onDone: () => void;
}

function ConflictAlert({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    <Alert color="orange" variant="light" title="Another change is still being applied (VPN.0306)" styles={readableAlertStyles} data-testid="update-conflict">
      <Stack gap="xs">
        <Text size="sm">
          The connection is Updating, and the cloud accepts one change at a time. Nothing you entered is lost: wait until the
          connection shows Active or Not connected again (usually under a minute), then save again.
        </Text>
        <Group>
          <Button size="xs" color="orange" onClick={onRetry} loading={retrying}>
            Try saving again
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Edit a connection: only the updatable fields (reusing the wizard's field components), a review of old → new
 * with the impact on traffic, a PUT with only the changed fields, then a read-back check.
 */
export function ConnectionEditForm({ connection, customerGatewayOptions, customerName, gatewayName, gatewayIp, onCancel, onDone }: ConnectionEditFormProps) {
  const baseline = useMemo(() => editFormValues(connection), [connection]);
  const resolver = useMemo(() => editResolver(baseline), [baseline]);
  const form = useForm<ConnectionFormValues, unknown, UpdateVpnConnection>({ resolver, mode: 'onTouched', shouldUnregister: false, defaultValues: baseline });
  const [review, setReview] = useState<UpdateVpnConnection | null>(null);
  const [nothing, setNothing] = useState(false);
  const save = useUpdateVpnConnection(connection.id);
  const conflict = isApiError(save.error) && save.error.code === 'VPN.0306';

  if (save.data) {
    return (
      <Stack gap="md">
        <SaveResult result={save.data} />
        <Group>
          <Button onClick={onDone}>Back to the connection</Button>
        </Group>
      </Stack>
    );
  }

  const toReview = form.handleSubmit((changes) => {
    const empty = Object.keys(changes).length === 0;
    setNothing(empty);
    if (!empty) setReview(changes);
  });

  return (
    <FormProvider {...form}>
      {review ? (
        <Stack gap="md">
          <Title order={2} size="h4">
            Review the changes
          </Title>
          <ChangeReviewPanel lines={describeChanges(connection, review, customerName)} />
          {conflict ? <ConflictAlert onRetry={() => save.mutate(review)} retrying={save.isPending} /> : null}
          {save.error && !conflict ? <ApiErrorAlert error={save.error} subject="the update" /> : null}
          <Group>
            <Button variant="default" onClick={() => { save.reset(); setReview(null); }}>
              Back to editing
            </Button>
            <Button onClick={() => save.mutate(review)} loading={save.isPending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void toReview(e)} noValidate>
          <Stack gap="md">
            <ReadOnlyFields connection={connection} gatewayName={gatewayName} gatewayIp={gatewayIp} />
            <EditFields style={baseline.style} customerGatewayOptions={customerGatewayOptions} />
            {nothing ? (
              <Text size="sm" role="status">
                Nothing has changed yet: edit a field, or cancel.
              </Text>
            ) : null}
            <Fieldset variant="unstyled">
              <Group>
                <Button variant="default" onClick={onCancel}>
                  Cancel
                </Button>
                <Button type="submit">Review changes</Button>
              </Group>
            </Fieldset>
          </Stack>
        </form>
      )}
    </FormProvider>
  );
}
