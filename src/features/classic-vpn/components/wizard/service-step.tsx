import { Stack, Text } from '@mantine/core';
import { MAX_VPN_SERVICES } from '@contract/classic/classic-rules';
import type { ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { SelectField } from '@/components/form-fields/select-field';
import { TextField } from '@/components/form-fields/text-field';
import { displayName } from '@/features/classic-vpn/components/classic-format';
import { DependencyChoice } from '@/features/classic-vpn/components/wizard/dependency-choice';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

/** Step 1: the VPN service (the VPN endpoint of one VPC router), picked or created on a router. */
export function ServiceStep({ data }: { data: ClassicWizardContext }) {
  const { control } = useClassicForm();
  const services = data.vpnServices ?? [];
  const routerName = (id: string) => displayName(data.routers?.find((r) => r.id === id), id);
  // Without vpc_id on the subnets (plain Neutron) the count per VPC is unknown and not shown.
  const counted = data.subnets?.every((s) => s.vpc_id !== undefined) ?? false;
  const subnetCount = (id: string) => (counted ? ` · ${data.subnets?.filter((s) => s.vpc_id === id).length ?? 0} subnets` : '');
  return (
    <Stack gap="md">
      <Text size="sm" maw={720}>
        A VPN service is the VPN endpoint of one VPC: its public IP is your device&apos;s remote gateway. OTC allows{' '}
        {MAX_VPN_SERVICES} per region ({services.length} used).
      </Text>
      <DependencyChoice
        name="service"
        legend="VPN service"
        noun="VPN service"
        options={services.map((s) => ({
          value: s.id,
          label: `${displayName(s)} · ${routerName(s.router_id)}${s.external_v4_ip ? ` · ${s.external_v4_ip}` : ''}${s.status === 'PENDING_DELETE' ? ' (being deleted)' : ''}`,
          disabled: s.status === 'PENDING_DELETE',
        }))}
        existingHint="The connection's local subnets must belong to this service's VPC."
      >
        <SelectField
          control={control}
          name="service.router_id"
          label="VPC (router)"
          placeholder="Choose the VPC"
          withAsterisk
          data={(data.routers ?? []).map((r) => {
            const existing = services.filter((s) => s.router_id === r.id).map((s) => displayName(s));
            return { value: r.id, label: `${displayName(r)}${subnetCount(r.id)}${existing.length ? ` · has ${existing.join(', ')}` : ''}` };
          })}
          hint="The VPC whose subnets the tunnel connects. Standalone: one VPN service per VPC."
        />
        <TextField control={control} name="service.name" label="Service name" placeholder="vpnsvc-data" hint="Optional, 1–64 characters." />
      </DependencyChoice>
    </Stack>
  );
}
