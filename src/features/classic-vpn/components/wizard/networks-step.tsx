import { Stack, Text } from '@mantine/core';
import type { EndpointGroup } from '@contract/classic/classic-resources';
import { mayBeInVpc } from '@contract/classic/classic-rules';
import type { ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { useWatch } from 'react-hook-form';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { TextField } from '@/components/form-fields/text-field';
import { displayName, subnetLabel } from '@/features/classic-vpn/components/classic-format';
import { DependencyChoice } from '@/features/classic-vpn/components/wizard/dependency-choice';
import { SubnetChecklistField } from '@/features/classic-vpn/components/wizard/subnet-checklist-field';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

/** Step 3: the local endpoint group (the VPC's subnets) and the peer endpoint group (the customer's CIDRs). */
export function NetworksStep({ data }: { data: ClassicWizardContext }) {
  const { control } = useClassicForm();
  const service = useWatch({ control, name: 'service' });
  const routerId = service.mode === 'existing' ? data.vpnServices?.find((s) => s.id === service.id)?.router_id : service.router_id;
  const router = data.routers?.find((r) => r.id === routerId);
  const vpcSubnets = routerId ? (data.subnets ?? []).filter((s) => mayBeInVpc(s, routerId)) : [];
  const unplaced = vpcSubnets.some((s) => s.vpc_id === undefined);
  const subnetOf = (id: string) => data.subnets?.find((s) => s.id === id);
  const groups = data.endpointGroups ?? [];
  const localOption = (g: EndpointGroup) => {
    const subnets = g.endpoints.map((id) => subnetOf(id));
    const foreign = subnets.some((s) => !s || !routerId || !mayBeInVpc(s, routerId));
    const list = subnets.map((s, i) => (s ? s.cidr : g.endpoints[i])).join(', ');
    return { value: g.id, label: `${displayName(g)} · ${list}${foreign ? ' (subnets of another VPC)' : ''}`, disabled: foreign };
  };
  return (
    <Stack gap="lg">
      <Text size="sm" maw={720}>
        Endpoint groups name what the tunnel connects: the local group holds subnets of the VPN service&apos;s VPC
        {router ? ` (${displayName(router)})` : ''}, the peer group the customer network&apos;s CIDR blocks. They must not
        overlap.
      </Text>
      <DependencyChoice
        name="local"
        legend="Local endpoint group"
        noun="local endpoint group"
        options={groups.filter((g) => g.type === 'subnet').map(localOption)}
        existingHint="Groups with subnets of another VPC cannot be used with this VPN service."
      >
        <TextField control={control} name="local.name" label="Local group name" placeholder="local-data" hint="Optional, 1–64 characters." />
        <SubnetChecklistField
          control={control}
          name="local.subnet_ids"
          label="VPC subnets"
          subnets={vpcSubnets}
          emptyText={routerId ? 'This VPC has no subnets.' : 'Choose the VPN service first: its VPC provides the subnets.'}
          hint={
            unplaced
              ? `The API does not say which VPC each subnet is in, so every subnet is listed: choose subnets of ${displayName(router, routerId ?? '')} only; the API refuses others.`
              : vpcSubnets.length
                ? `Subnets of ${displayName(router, routerId ?? '')} that may reach the customer network: ${vpcSubnets.map(subnetLabel).join(', ')}`
                : undefined
          }
        />
      </DependencyChoice>
      <DependencyChoice
        name="peer"
        legend="Peer endpoint group"
        noun="peer endpoint group"
        options={groups.filter((g) => g.type === 'cidr').map((g) => ({ value: g.id, label: `${displayName(g)} · ${g.endpoints.join(', ')}` }))}
        existingHint="The customer-side networks behind your device."
      >
        <TextField control={control} name="peer.name" label="Peer group name" placeholder="peer-branch" hint="Optional, 1–64 characters." />
        <CidrListField control={control} name="peer.cidrs" label="Customer CIDR blocks" itemLabel="Customer CIDR" max={50} hint="The networks behind your device, e.g. 192.168.44.0/24; paste several at once." />
      </DependencyChoice>
    </Stack>
  );
}
