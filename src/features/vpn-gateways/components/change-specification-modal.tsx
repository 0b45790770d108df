import { Alert, Button, Group, List, Modal, Radio, Stack, Text } from '@mantine/core';
import { FLAVOR_MAX_BANDWIDTH, type GatewayFlavor } from '@contract/vpn-gateway-requests';
import type { VpnGateway } from '@contract/vpn-gateway';
import { useState } from 'react';
import { modalCloseButtonProps, readableAlertTitle } from '@/components/alert-styles';
import { apiErrorSummary } from '@/lib/api-error-message';
import { useChangeGatewaySpecification } from '@/features/vpn-gateways/api/change-gateway-specification';
import { FLAVOR_DESCRIPTIONS, formatBandwidth, isFlavor } from '@/features/vpn-gateways/components/gateway-format';

/** Props of the change-specification dialog. */
export interface ChangeSpecificationModalProps {
  opened: boolean;
  onClose: () => void;
  gateway: VpnGateway;
}

/** Why the gateway cannot move to `flavor`, or undefined when it can. */
export function flavorBlockReason(gateway: VpnGateway, flavor: GatewayFlavor): string | undefined {
  const max = FLAVOR_MAX_BANDWIDTH[flavor];
  const wide = [gateway.eip1, gateway.eip2].find((e) => (e?.bandwidth_size ?? 0) > max);
  return wide ? `Its EIP ${wide.ip_address ?? wide.id} has ${formatBandwidth(wide.bandwidth_size ?? 0)}; lower it to ${formatBandwidth(max)} first.` : undefined;
}

function ChangeForm({ gateway, onDone }: { gateway: VpnGateway; onDone: () => void }) {
  const mutation = useChangeGatewaySpecification(gateway.id);
  const targets = (gateway.supported_flavors ?? []).filter((f): f is GatewayFlavor => isFlavor(f) && f !== gateway.flavor);
  const [choice, setChoice] = useState<string>(targets.find((t) => !flavorBlockReason(gateway, t)) ?? '');
  const chosen = targets.find((t) => t === choice);

  return (
    <Stack gap="md">
      <Text size="sm">
        The specification (flavor) sets the gateway’s maximum bandwidth per EIP and how many connections it can carry. Changing
        it keeps the gateway, its addresses and its connections; the gateway shows “Updating” until the change is applied,
        and tunnels may renegotiate meanwhile, so plan it for a quiet moment. Only pay-per-use gateways can change, and only
        between Professional1 and Professional2: Basic gateways cannot be changed.
      </Text>
      <Text size="sm">
        Current flavor: <strong>{gateway.flavor ?? 'unknown'}</strong>
      </Text>
      {targets.length === 0 ? (
        <Alert color="yellow" styles={readableAlertTitle} title="No other flavor available">
          This gateway cannot change its specification ({gateway.flavor === 'Basic' ? 'Basic gateways stay Basic' : 'OTC offers no other flavor for it'}).
          Create a new gateway with the flavor you need instead.
        </Alert>
      ) : (
        <Radio.Group label="Change to" value={choice} onChange={setChoice}>
          <Stack gap="sm" mt="xs">
            {targets.map((f) => {
              const blocked = flavorBlockReason(gateway, f);
              return <Radio key={f} value={f} label={f} description={blocked ?? FLAVOR_DESCRIPTIONS[f]} disabled={!!blocked} />;
            })}
          </Stack>
        </Radio.Group>
      )}
      {mutation.error ? (
        <Alert color="red" title="The specification was not changed" role="alert">
          {apiErrorSummary(mutation.error)}
        </Alert>
      ) : null}
      {chosen ? (
        <List size="sm">
          <List.Item>Maximum bandwidth per EIP becomes {formatBandwidth(FLAVOR_MAX_BANDWIDTH[chosen])}.</List.Item>
          <List.Item>The EIPs keep their current bandwidth; change it in the EIP console if you need more.</List.Item>
        </List>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button disabled={!chosen} loading={mutation.isPending}
          onClick={() => chosen && mutation.mutate(chosen, { onSuccess: onDone })}>
          {chosen ? `Change to ${chosen}` : 'Change specification'}
        </Button>
      </Group>
    </Stack>
  );
}

/** Changes a gateway's flavor, explaining what that does and what it does not. */
export function ChangeSpecificationModal({ opened, onClose, gateway }: ChangeSpecificationModalProps) {
  return (
    <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={onClose} title={`Change specification of ${gateway.name}`} size="lg">
      {opened ? <ChangeForm gateway={gateway} onDone={onClose} /> : null}
    </Modal>
  );
}
