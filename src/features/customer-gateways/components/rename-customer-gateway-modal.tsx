import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { updateCustomerGatewaySchema, type CustomerGateway } from '@contract/customer-gateway';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { modalCloseButtonProps } from '@/components/alert-styles';
import { TextField } from '@/components/form-fields/text-field';
import { apiErrorSummary } from '@/lib/api-error-message';
import { useRenameCustomerGateway } from '@/features/customer-gateways/api/rename-customer-gateway';

function RenameForm({ customerGateway, onDone }: { customerGateway: CustomerGateway; onDone: () => void }) {
  const mutation = useRenameCustomerGateway(customerGateway.id);
  const { control, handleSubmit } = useForm<{ name: string }>({
    resolver: zodResolver(updateCustomerGatewaySchema),
    mode: 'onTouched',
    defaultValues: { name: customerGateway.name },
  });
  // A refusal is shown from mutation.error; only success closes the dialog.
  const submit = handleSubmit(({ name }) => mutation.mutate(name, { onSuccess: onDone }));
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack gap="md">
        {mutation.error ? (
          <Alert color="red" title="The customer gateway was not renamed" role="alert">
            {apiErrorSummary(mutation.error)}
          </Alert>
        ) : null}
        <TextField control={control} name="name" label="Name" withAsterisk data-autofocus
          hint="1–64 characters: letters, digits, _ - . Only the name can change; the address and ASN are fixed once created." />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Props of the rename dialog. */
export interface RenameCustomerGatewayModalProps {
  opened: boolean;
  onClose: () => void;
  customerGateway: CustomerGateway;
}

/** Renames a customer gateway (the one change OTC allows). */
export function RenameCustomerGatewayModal({ opened, onClose, customerGateway }: RenameCustomerGatewayModalProps) {
  return (
    <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={onClose} title={`Rename customer gateway ${customerGateway.name}`}>
      {opened ? <RenameForm customerGateway={customerGateway} onDone={onClose} /> : null}
    </Modal>
  );
}
