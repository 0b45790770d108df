import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import {
  createCustomerGatewaySchema,
  type CreateCustomerGateway,
  type CreateCustomerGatewayInput,
  type CustomerGateway,
} from '@contract/customer-gateway';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { NumberField } from '@/components/form-fields/number-field';
import { TextField } from '@/components/form-fields/text-field';
import { apiErrorSummary } from '@/lib/api-error-message';
import { isApiError } from '@/lib/api-error';
import { useCreateCustomerGateway } from '@/features/customer-gateways/api/create-customer-gateway';

interface FormValues {
  name: string;
  id_value: string;
  bgp_asn: number | null;
}

// Empty inputs mean "not given": the optional fields are left out rather than sent empty.
const formSchema = z
  .custom<FormValues>((v) => typeof v === 'object' && v !== null)
  .transform((v): CreateCustomerGatewayInput => ({ name: v.name === '' ? undefined : v.name, id_value: v.id_value, bgp_asn: v.bgp_asn ?? undefined }))
  .pipe(createCustomerGatewaySchema);

const FIELD = /^invalid request:\s*customer_gateway\.(name|id_value|bgp_asn):\s*(.+)$/i;

/** Props of the inline "create customer gateway" dialog. */
export interface CreateCustomerGatewayModalProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new customer gateway once the API has created it. */
  onCreated: (customerGateway: CustomerGateway) => void;
  /** Extra guidance under the ASN field, e.g. the VPN gateway's own ASN to avoid. */
  asnHint?: string;
}

/** Creates a customer gateway without leaving the page that needs one. */
export function CreateCustomerGatewayModal({ opened, onClose, onCreated, asnHint }: CreateCustomerGatewayModalProps) {
  const mutation = useCreateCustomerGateway();
  const { control, handleSubmit, setError, reset } = useForm<FormValues, unknown, CreateCustomerGateway>({
    resolver: zodResolver(formSchema),
    mode: 'onTouched',
    defaultValues: { name: '', id_value: '', bgp_asn: null },
  });

  const close = () => {
    reset();
    mutation.reset();
    onClose();
  };
  const submit = handleSubmit(async (body) => {
    try {
      const cgw = await mutation.mutateAsync(body);
      reset();
      onCreated(cgw);
    } catch (error) {
      const match = isApiError(error) ? FIELD.exec(error.message) : null;
      if (match?.[1] && match[2]) setError(match[1] as keyof FormValues, { message: match[2] }, { shouldFocus: true });
    }
  });
  const fieldError = isApiError(mutation.error) && FIELD.test(mutation.error.message);

  return (
    <Modal opened={opened} onClose={close} title="Create customer gateway" centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.stopPropagation();
          void submit(e);
        }}
      >
        <Stack gap="md">
          {mutation.error && !fieldError ? (
            <Alert color="red" title="The customer gateway was not created" role="alert" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
              {apiErrorSummary(mutation.error)}
            </Alert>
          ) : null}
          <TextField control={control} name="id_value" label="Customer gateway IP address" withAsterisk data-autofocus
            hint="The public IPv4 address of the device at the customer site, e.g. 88.99.1.164." />
          <TextField control={control} name="name" label="Name" hint="Optional; 1–64 characters: letters, digits, _ - ." />
          <NumberField control={control} name="bgp_asn" label="BGP ASN"
            hint={`Needed for BGP connections: the device's autonomous system number (1–4294967295).${asnHint ? ` ${asnHint}` : ''}`} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Create customer gateway
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
