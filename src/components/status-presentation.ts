import type { MantineColor } from '@mantine/core';
import type { ConnectionStatus, GatewayStatus } from '@contract/status';

// Plain data and one function, no components: the list's first paint (src/app/first-paint) uses it before
// React and Mantine have loaded.

export type KnownStatus = ConnectionStatus | GatewayStatus;

export interface StatusPresentation {
  label: string;
  /** One plain-language sentence: what the state means and whether to act. */
  explanation: string;
  color: MantineColor;
}

// A Record over the contract's enums: a status added to the contract breaks the build until it gets words here.
export const statusPresentation: Record<KnownStatus, StatusPresentation> = {
  ACTIVE: { label: 'Active', color: 'green', explanation: 'Connected: the IPsec tunnel is up and can carry traffic.' },
  DOWN: {
    label: 'Not connected',
    color: 'gray',
    explanation: 'Not connected yet: normal until the customer device is configured and sends traffic.',
  },
  ERROR: {
    label: 'Error',
    color: 'red',
    explanation: 'Something is wrong on the cloud side: check the settings on both ends and the negotiation logs.',
  },
  PENDING_CREATE: { label: 'Creating', color: 'blue', explanation: 'Being set up by the cloud; this usually takes a minute or two.' },
  PENDING_UPDATE: { label: 'Updating', color: 'blue', explanation: 'A change is being applied; the tunnel may renegotiate.' },
  PENDING_DELETE: { label: 'Deleting', color: 'blue', explanation: 'Being removed; it disappears from the list when done.' },
  FREEZED: {
    label: 'Frozen',
    color: 'cyan',
    explanation: 'Frozen by the cloud (e.g. billing or a security hold): it cannot be changed until it is unfrozen.',
  },
  UNKNOWN: {
    label: 'Unknown',
    color: 'yellow',
    explanation: 'The cloud could not determine the state; refresh, and check the logs if it stays this way.',
  },
  FAULT: { label: 'Fault', color: 'red', explanation: 'The gateway is abnormal; contact support if it does not recover.' },
};

/** Label, colour and explanation for any status string; unknown values are shown as they are. */
export function presentStatus(status: string): StatusPresentation {
  if (Object.hasOwn(statusPresentation, status)) return statusPresentation[status as KnownStatus];
  return { label: status, color: 'gray', explanation: `The API reported "${status}", which this console does not know.` };
}
