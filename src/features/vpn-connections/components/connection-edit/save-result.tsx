import { Alert, List, Stack, Text } from '@mantine/core';
import type { VpnConnection } from '@contract/vpn-connection';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { unappliedFields } from '@/features/vpn-connections/components/connection-edit/change-review';
import type { UpdateResult } from '@/features/vpn-connections/api/update-vpn-connection';
import { customerSubnets } from '@/features/vpn-connections/components/connection-format';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

function ReadBack({ c }: { c: VpnConnection }) {
  return (
    <List size="sm" spacing={2} data-testid="reread-values">
      <List.Item>Name: {c.name}</List.Item>
      <List.Item>Customer subnets: {customerSubnets(c).join(', ') || '—'}</List.Item>
      {c.tunnel_local_address ? (
        <List.Item>
          Tunnel addresses: {c.tunnel_local_address} / {c.tunnel_peer_address ?? '—'}
        </List.Item>
      ) : null}
      <List.Item>
        IKE {c.ikepolicy?.ike_version}: {c.ikepolicy?.encryption_algorithm}, {c.ikepolicy?.authentication_algorithm}, {c.ikepolicy?.dh_group} · IPsec:{' '}
        {c.ipsecpolicy?.encryption_algorithm}, {c.ipsecpolicy?.authentication_algorithm}, PFS {c.ipsecpolicy?.pfs}
      </List.Item>
    </List>
  );
}

/** After saving: the connection as read back, and any field the API did not apply as sent. */
export function SaveResult({ result }: { result: UpdateResult }) {
  const { sent, reread } = result;
  if (!reread) {
    return (
      <Stack gap="xs">
        <Alert color="green" variant="light" title="Saved" styles={readableAlertStyles}>
          The API accepted the change, but reading the connection back failed, so it could not be checked.
        </Alert>
        <ApiErrorAlert error={result.rereadError} subject="the connection" />
      </Stack>
    );
  }
  const mismatches = unappliedFields(sent, reread);
  return (
    <Stack gap="sm" data-testid="save-result">
      <Alert color="green" variant="light" title="Saved" styles={readableAlertStyles}>
        The cloud accepted the change and is applying it (the connection shows Updating for a moment). Read back just now:
        <ReadBack c={reread} />
        {sent.psk !== undefined ? <Text size="sm" mt={4}>The new pre-shared key cannot be read back: the API never returns keys.</Text> : null}
      </Alert>
      {mismatches.length > 0 ? (
        <Alert color="orange" variant="light" title="Not applied as sent" styles={readableAlertStyles} data-testid="unapplied-fields">
          <Text size="sm">The API answered without error, but these fields read back differently:</Text>
          <List size="sm">
            {mismatches.map((m) => (
              <List.Item key={m.label}>
                <strong>{m.label}</strong>: sent {m.sent}, the connection now has {m.got}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm">Every changed field reads back as sent.</Text>
      )}
    </Stack>
  );
}
