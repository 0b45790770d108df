import type { ViciMessage } from './vici-codec.ts';

// From real strongSwan state to what the console shows: a v5 status and a reason in plain words that keeps the
// log keyword, so the admin can find it in the logs tab. Pure functions over vici messages and log lines.

export type LabStatus = 'ACTIVE' | 'DOWN' | 'ERROR';

export interface SaState {
  /** IKE_SA state: ESTABLISHED, CONNECTING, … or undefined when there is none. */
  ike: string | undefined;
  /** Child config names with an INSTALLED CHILD_SA. */
  installed: string[];
}

function section(value: unknown): ViciMessage {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? (value as ViciMessage) : {};
}

/** Folds list-sa events into the state of one connection (the best IKE_SA if there are several). */
export function saStateOf(events: readonly ViciMessage[], conn: string): SaState {
  let best: SaState = { ike: undefined, installed: [] };
  for (const event of events) {
    const sa = section(event[conn]);
    const state = typeof sa.state === 'string' ? sa.state : undefined;
    if (!state) continue;
    const installed = Object.values(section(sa['child-sas']))
      .map(section)
      .filter((c) => c.state === 'INSTALLED' && typeof c.name === 'string')
      .map((c) => c.name as string);
    if (best.ike !== 'ESTABLISHED' || installed.length > best.installed.length) best = { ike: state, installed };
  }
  return best;
}

/** True when the IKE_SA is up and every expected child has an installed CHILD_SA. */
export function tunnelUp(state: SaState, expectedChildren: readonly string[]): boolean {
  return state.ike === 'ESTABLISHED' && expectedChildren.every((c) => state.installed.includes(c));
}

interface KnownFailure {
  pattern: RegExp;
  reason: (peer: string) => string;
}

// Checked in this order: the most specific cause first (a PSK failure also ends in "establishing … failed").
const KNOWN: KnownFailure[] = [
  {
    pattern: /AUTHENTICATION_FAILED|AUTH_FAILED|MAC mismatched/,
    reason: () => 'Authentication failed (AUTHENTICATION_FAILED): the pre-shared keys differ. Enter the connection\'s PSK on the customer device, or reset it on the connection and on the device.',
  },
  {
    pattern: /NO_PROPOSAL_CHOSEN|no acceptable (?:proposal|KEY_EXCHANGE_METHOD)|proposals unacceptable|INVALID_KE_PAYLOAD/,
    reason: () => 'No common proposal (NO_PROPOSAL_CHOSEN): the customer device offers other algorithms or another DH group. Compare encryption, integrity, DH group and PFS with the connection.',
  },
  {
    pattern: /TS_UNACCEPTABLE|traffic selectors .* unacceptable/,
    reason: () => 'Traffic selectors refused (TS_UNACCEPTABLE): the subnets differ, often local and remote swapped. The device\'s local subnets must be the connection\'s customer subnets.',
  },
  {
    pattern: /peer not responding|giving up after \d+ retransmits/,
    reason: (peer) => `Peer not responding: the customer gateway ${peer} does not answer IKE. Check that the device is up and that UDP 500 and 4500 reach it.`,
  },
];

/** The reason for a failed negotiation from the newest log lines that name one, or a generic one. */
export function failureReason(lines: readonly string[], peer: string): string {
  for (const known of KNOWN) if (lines.some((l) => known.pattern.test(l))) return known.reason(peer);
  const last = [...lines].reverse().find((l) => /fail|error|unable/i.test(l));
  return last ? `The negotiation failed: ${last.trim()}` : `No IPsec tunnel to ${peer}: the negotiation did not complete.`;
}

export function dataPathReason(from: string, to: string, style: 'static' | 'bgp', bgpState?: string): string {
  if (style === 'bgp' && bgpState && bgpState !== 'Established') {
    return `IPsec is up, but the BGP session over the tunnel is ${bgpState}, and ${to} cannot be reached from ${from}. Check the neighbour address, both ASNs and the announced subnets on the device.`;
  }
  return `IPsec is up, but traffic from ${from} to ${to} through the tunnel gets no answer. Check the device's routes into the tunnel and its tunnel interface address (local and remote swapped?).`;
}
