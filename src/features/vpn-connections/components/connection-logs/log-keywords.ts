// Known strongSwan/IKE error keywords, in plain words: what the line means and what to check. Patterns match
// the gateway's raw lines (and the mock's, which copy them).

export interface KnownLogError {
  id: string;
  /** Short name of the problem, e.g. "Proposal mismatch (phase 1)". */
  title: string;
  /** The keyword to filter the log by. */
  keyword: string;
  pattern: RegExp;
  /** What it means. */
  meaning: string;
  /** What to do next. */
  action: string;
}

export const KNOWN_LOG_ERRORS: readonly KnownLogError[] = [
  {
    id: 'p1-proposal',
    title: 'Proposal mismatch (phase 1, IKE)',
    keyword: 'NO_PROPOSAL_CHOSEN',
    pattern: /NO_PROPOSAL_CHOSEN notify error|no acceptable proposal/,
    meaning: 'The customer device accepted none of the IKE proposals this connection offers: the two ends share no encryption, authentication, DH group or IKE version.',
    action: 'Compare the IKE policy on the Overview tab with the device’s phase 1 settings (IKE version, encryption, authentication, DH group) and make them identical; weak choices such as 3DES, MD5 or DH group 2 are refused by many devices.',
  },
  {
    id: 'p2-proposal',
    title: 'Proposal mismatch (phase 2, IPsec)',
    keyword: 'no CHILD_SA built',
    pattern: /NO_PROPOSAL_CHOSEN notify, no CHILD_SA/,
    meaning: 'Phase 1 succeeded, but the device refused the IPsec (ESP) proposal, so no traffic can flow.',
    action: 'Compare the IPsec policy (encryption, authentication, PFS group) with the device’s phase 2 settings; a PFS setting on one end only is the usual cause.',
  },
  {
    id: 'psk',
    title: 'Pre-shared key mismatch',
    keyword: 'AUTHENTICATION_FAILED',
    pattern: /AUTHENTICATION_FAILED|AUTH_FAILED/,
    meaning: 'The device rejected the authentication: the pre-shared keys differ, or the local/peer IDs do not match what the device expects.',
    action: 'Set the same pre-shared key on both ends (Edit → pre-shared key; the console cannot show the current one) and check that the device’s peer ID is this gateway’s IP and its local ID its own IP.',
  },
  {
    id: 'peer',
    title: 'Peer not responding',
    keyword: 'peer not responding',
    pattern: /peer not responding|giving up after \d+ retransmits|retransmit \d+ of request/,
    meaning: 'The customer device does not answer IKE requests at all.',
    action: 'Check that the customer gateway IP is the device’s public address, that its VPN is configured and enabled, and that UDP 500, UDP 4500 and ESP are allowed through every firewall on the way.',
  },
  {
    id: 'selectors',
    title: 'Traffic selector mismatch',
    keyword: 'TS_UNACCEPTABLE',
    pattern: /TS_UNACCEPTABLE/,
    meaning: 'The device does not accept the subnets this connection proposes for the tunnel (phase 2 traffic selectors).',
    action: 'Mirror the subnets exactly: the device’s local subnets must equal this connection’s customer subnets (or policy-rule destinations), and its remote subnets the gateway’s local subnets (or policy-rule sources).',
  },
  {
    id: 'dh',
    title: 'DH group mismatch',
    keyword: 'INVALID_KE_PAYLOAD',
    pattern: /INVALID_KE_PAYLOAD/,
    meaning: 'The two ends offered different Diffie-Hellman groups.',
    action: 'Use the same DH group (IKE policy) and PFS group (IPsec policy) on both ends.',
  },
];

/** The first known error a line shows, if any. */
export function knownErrorOf(line: string): KnownLogError | undefined {
  return KNOWN_LOG_ERRORS.find((k) => k.pattern.test(line));
}
