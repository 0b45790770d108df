import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { CreateVpnGateway } from '@contract/vpn-gateway-requests';
import type { VpnGateway } from '@contract/vpn-gateway';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { readableAlertTitle } from '@/components/alert-styles';
import { TagsField } from '@/components/form-fields/tags-field';
import { apiErrorSummary } from '@/lib/api-error-message';
import { isApiError } from '@/lib/api-error';
import { useCreateVpnGateway } from '@/features/vpn-gateways/api/create-vpn-gateway';
import { vpnGatewayQueries } from '@/features/vpn-gateways/api/vpn-gateway-queries';
import { AddressesSection } from '@/features/vpn-gateways/components/create-gateway/addresses-section';
import { gatewayFieldHints } from '@/features/vpn-gateways/components/create-gateway/field-hints';
import {
  gatewayFormDefaults,
  gatewayFormSchema,
  offeredZones,
  type GatewayFormValues,
} from '@/features/vpn-gateways/components/create-gateway/gateway-form-values';
import { KindSection } from '@/features/vpn-gateways/components/create-gateway/kind-section';
import { NetworkSection } from '@/features/vpn-gateways/components/create-gateway/network-section';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

// "invalid request: vpn_gateway.<field>: <message>" → the field, when it is one of the form's own.
const FIELD = /^invalid request:\s*vpn_gateway\.([\w.[\]]+):\s*(.+)$/i;
const FORM_FIELDS = new Set(Object.keys(gatewayFormDefaults));

/** Props of the create form. */
export interface CreateVpnGatewayFormProps {
  /** Called with the new gateway (still being created) once the API accepted it. */
  onCreated: (gateway: VpnGateway) => void;
  /** Customer gateway names per BGP ASN, for the ASN warning. */
  customerGatewayAsns?: ReadonlyMap<number, readonly string[]>;
  /** Shown instead of the submit button's action when the gateway quota is used up. */
  quotaReason?: string | undefined;
  onCancel: () => void;
}

/** The whole create-gateway form: one useForm over the contract schema, with hints that follow the choices. */
export function CreateVpnGatewayForm({ onCreated, customerGatewayAsns, quotaReason, onCancel }: CreateVpnGatewayFormProps) {
  const zones = useQuery(vpnGatewayQueries.availabilityZones());
  const schema = useMemo(() => gatewayFormSchema(zones.data), [zones.data]);
  const form = useForm<GatewayFormValues, unknown, CreateVpnGateway>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: gatewayFormDefaults,
  });
  const [flavor, attachment] = useWatch({ control: form.control, name: ['flavor', 'attachment_type'] });
  const mutation = useCreateVpnGateway();

  const submit = form.handleSubmit(async (body) => {
    try {
      onCreated(await mutation.mutateAsync(body));
    } catch (error) {
      const match = isApiError(error) ? FIELD.exec(error.message) : null;
      const field = match?.[1];
      if (field && match[2] && FORM_FIELDS.has(field.split(/[.[]/)[0] ?? '')) {
        form.setError(field as FieldPath<GatewayFormValues>, { message: match[2] }, { shouldFocus: true });
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label="Create VPN gateway">
        <Stack gap="md" maw={900}>
          {mutation.error ? (
            <Alert color="red" title="The VPN gateway was not created" role="alert">
              {apiErrorSummary(mutation.error)}
            </Alert>
          ) : null}
          <Section title="Gateway">
            <KindSection offeredZones={offeredZones(zones.data, flavor, attachment)} />
          </Section>
          <Section title="Network">
            <NetworkSection customerGatewayAsns={customerGatewayAsns} />
          </Section>
          <Section title="Addresses">
            <AddressesSection />
          </Section>
          <Section title="Tags">
            <TagsField control={form.control} name="tags" label="Tags" hint={gatewayFieldHints.tags} max={20} />
          </Section>
          {quotaReason ? (
            <Alert color="yellow" styles={readableAlertTitle} title="Quota reached">
              {quotaReason}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={mutation.isPending} disabled={!!quotaReason}>
              Create VPN gateway
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
