import { Alert, Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { readableAlertTitle } from '@/components/alert-styles';
import { CidrListField } from '@/components/form-fields/cidr-list-field';
import { NumberField } from '@/components/form-fields/number-field';
import { TextField } from '@/components/form-fields/text-field';
import { gatewayFieldHints as hints } from '@/features/vpn-gateways/components/create-gateway/field-hints';
import { useGatewayForm } from '@/features/vpn-gateways/components/create-gateway/use-gateway-form';

/** Props of the networking part. */
export interface NetworkSectionProps {
  /** Customer gateway names per BGP ASN, to warn when the gateway's ASN is already taken by one. */
  customerGatewayAsns?: ReadonlyMap<number, readonly string[]> | undefined;
}

/** Where the gateway attaches (VPC and subnet, or enterprise router), its local subnets and BGP ASN. */
export function NetworkSection({ customerGatewayAsns }: NetworkSectionProps) {
  const { control } = useGatewayForm();
  const [attachment, asn] = useWatch({ control, name: ['attachment_type', 'bgp_asn'] });
  const clash = asn !== null ? customerGatewayAsns?.get(asn) : undefined;
  return (
    <Stack gap="lg">
      {attachment === 'vpc' ? (
        <>
          <TextField control={control} name="vpc_id" label="VPC ID" hint={hints.vpc_id} withAsterisk maw={460} />
          <TextField control={control} name="connect_subnet" label="Connect subnet ID" hint={hints.connect_subnet} withAsterisk maw={460} />
          <CidrListField control={control} name="local_subnets" label="Local subnets" itemLabel="Local subnet" max={50} hint={hints.local_subnets} placeholder="10.1.0.0/24" />
        </>
      ) : (
        <TextField control={control} name="er_id" label="Enterprise router ID" hint={hints.er_id} withAsterisk maw={460} />
      )}
      <TextField control={control} name="access_vpc_id" label="Access VPC ID" hint={hints.access_vpc_id} maw={460} />
      <TextField control={control} name="access_subnet_id" label="Access subnet ID" hint={hints.access_subnet_id} maw={460} />
      <NumberField control={control} name="bgp_asn" label="BGP ASN" hint={hints.bgp_asn} min={1} max={4294967295} maw={260} />
      {clash ? (
        <Alert color="yellow" styles={readableAlertTitle} title="This ASN is already used by a customer gateway" maw={640}>
          {clash.join(', ')} {clash.length === 1 ? 'has' : 'have'} ASN {asn}. BGP connections between this gateway and{' '}
          {clash.length === 1 ? 'it' : 'them'} would be refused, because both ends of a BGP session need different ASNs.
        </Alert>
      ) : null}
    </Stack>
  );
}
