// strongSwan (charon) log lines as the OTC gateway's IKE daemon writes them, built from a connection's
// real parameters so the console's log view and its error explanations see what a real gateway says.

type Policy = Record<string, string | number | undefined>;

const ENCRYPTION: Record<string, string> = {
  'aes-128': 'AES_CBC_128',
  'aes-192': 'AES_CBC_192',
  'aes-256': 'AES_CBC_256',
  '3des': '3DES_CBC',
  'aes-128-gcm-16': 'AES_GCM_16_128',
  'aes-256-gcm-16': 'AES_GCM_16_256',
};
const INTEGRITY: Record<string, string> = {
  'sha2-256': 'HMAC_SHA2_256_128',
  'sha2-384': 'HMAC_SHA2_384_192',
  'sha2-512': 'HMAC_SHA2_512_256',
  sha1: 'HMAC_SHA1_96',
  md5: 'HMAC_MD5_96',
};
const PRF: Record<string, string> = {
  'sha2-256': 'PRF_HMAC_SHA2_256',
  'sha2-384': 'PRF_HMAC_SHA2_384',
  'sha2-512': 'PRF_HMAC_SHA2_512',
  sha1: 'PRF_HMAC_SHA1',
  md5: 'PRF_HMAC_MD5',
};
const DH: Record<string, string> = {
  group1: 'MODP_768',
  group2: 'MODP_1024',
  group5: 'MODP_1536',
  group14: 'MODP_2048',
  group15: 'MODP_3072',
  group16: 'MODP_4096',
  group19: 'ECP_256',
  group20: 'ECP_384',
  group21: 'ECP_521',
};

const name = (table: Record<string, string>, value: string | number | undefined) =>
  table[String(value)] ?? String(value ?? 'unknown').toUpperCase();

/** `IKE:AES_CBC_256/HMAC_SHA2_512_256/PRF_HMAC_SHA2_512/MODP_4096` (GCM has no separate integrity). */
export function ikeProposal(ike: Policy): string {
  const enc = String(ike.encryption_algorithm ?? 'aes-128');
  const parts = [name(ENCRYPTION, enc)];
  if (!enc.endsWith('-gcm-16')) parts.push(name(INTEGRITY, ike.authentication_algorithm));
  parts.push(name(PRF, ike.authentication_algorithm), name(DH, ike.dh_group));
  return `IKE:${parts.join('/')}`;
}

/** `ESP:AES_CBC_256/HMAC_SHA2_512_256/MODP_4096/NO_EXT_SEQ`; PFS disabled leaves out the DH group. */
export function espProposal(ipsec: Policy): string {
  const enc = String(ipsec.encryption_algorithm ?? 'aes-128');
  const parts = [name(ENCRYPTION, enc)];
  if (!enc.endsWith('-gcm-16')) parts.push(name(INTEGRITY, ipsec.authentication_algorithm));
  if (ipsec.pfs !== 'disable') parts.push(name(DH, ipsec.pfs));
  parts.push('NO_EXT_SEQ');
  return `ESP:${parts.join('/')}`;
}

/** What one negotiation needs to know about the connection. */
export interface Peer {
  name: string;
  local: string;
  remote: string;
  v1: boolean;
  aggressive: boolean;
  ike: Policy;
  ipsec: Policy;
  /** Traffic selectors `local === remote`, one per CHILD_SA. */
  selectors: string[];
  /** Counter that makes SA ids and SPIs differ from one negotiation to the next. */
  seq: number;
}

const hex8 = (n: number) => (Math.imul(n + 0x9e37, 0x85ebca6b) >>> 0).toString(16).padStart(8, '0');

/** charon's `NN[GRP] message` prefix; thread numbers vary like a real daemon's worker pool. */
const line = (thread: number, group: string, text: string) => `charon: ${String(thread % 16).padStart(2, '0')}[${group}] ${text}`;

function packets(p: Peer, request: string, response: string, t: number): string[] {
  return [
    line(t, 'ENC', `generating ${request}`),
    line(t, 'NET', `sending packet: from ${p.local}[500] to ${p.remote}[500] (${420 + (p.seq % 80)} bytes)`),
    line(t + 3, 'NET', `received packet: from ${p.remote}[500] to ${p.local}[500] (${400 + (p.seq % 90)} bytes)`),
    line(t + 3, 'ENC', `parsed ${response}`),
  ];
}

/** Phase 1 start: the first request to the peer. */
export function initiate(p: Peer): string[] {
  const t = p.seq * 5;
  const mode = p.v1 ? (p.aggressive ? 'Aggressive Mode ' : 'Main Mode ') : '';
  return [
    line(t, 'IKE', `initiating ${mode}IKE_SA ${p.name}[${p.seq}] to ${p.remote}`),
    line(t, 'ENC', p.v1 ? `generating ${p.aggressive ? 'AGGRESSIVE' : 'ID_PROT'} request 0 [ SA V V V V V ]` : 'generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP) ]'),
    line(t, 'NET', `sending packet: from ${p.local}[500] to ${p.remote}[500] (${460 + (p.seq % 60)} bytes)`),
  ];
}

/** A peer that never answers: strongSwan's retransmission schedule, then giving up. */
export function peerNotResponding(p: Peer): Array<[offsetS: number, text: string]> {
  const t = p.seq * 5;
  const offsets = [4, 11, 24, 48, 90];
  return [
    ...offsets.map((o, i): [number, string] => [o, line(t, 'IKE', `retransmit ${i + 1} of request with message ID 0`)]),
    [165, line(t, 'IKE', 'giving up after 5 retransmits')],
    [165, line(t, 'IKE', `establishing IKE_SA failed, peer not responding`)],
  ];
}

/** Phase 1 answered but refused: proposal or authentication. */
export function phase1Failure(p: Peer, notify: 'NO_PROPOSAL_CHOSEN' | 'AUTHENTICATION_FAILED'): string[] {
  const t = p.seq * 5 + 1;
  if (notify === 'NO_PROPOSAL_CHOSEN') {
    return [
      line(t, 'NET', `received packet: from ${p.remote}[500] to ${p.local}[500] (36 bytes)`),
      line(t, 'ENC', p.v1 ? 'parsed INFORMATIONAL_V1 request 0 [ N(NO_PROP) ]' : 'parsed IKE_SA_INIT response 0 [ N(NO_PROP) ]'),
      line(t, 'IKE', `received NO_PROPOSAL_CHOSEN notify error`),
      line(t, 'CFG', `configured proposals: ${ikeProposal(p.ike)}`),
      line(t, 'IKE', `establishing IKE_SA ${p.name}[${p.seq}] failed: no acceptable proposal`),
    ];
  }
  return [
    ...packets(p, p.v1 ? 'ID_PROT request 0 [ KE No NAT-D NAT-D ]' : 'IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr ]', p.v1 ? 'INFORMATIONAL_V1 request 1 [ N(AUTH_FAILED) ]' : 'IKE_AUTH response 1 [ N(AUTH_FAILED) ]', t),
    line(t, 'CFG', `selected proposal: ${ikeProposal(p.ike)}`),
    line(t, 'IKE', `authentication of '${p.local}' (myself) with pre-shared key`),
    line(t, 'IKE', 'received AUTHENTICATION_FAILED notify error'),
    line(t, 'IKE', `establishing IKE_SA ${p.name}[${p.seq}] failed: peer rejected our pre-shared key (PSK mismatch or wrong peer ID)`),
  ];
}

/** Phase 1 completes. */
export function phase1Success(p: Peer): string[] {
  const t = p.seq * 5 + 2;
  return [
    ...packets(p, p.v1 ? 'ID_PROT request 0 [ KE No NAT-D NAT-D ]' : 'IKE_AUTH request 1 [ IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MOBIKE_SUP) ]', p.v1 ? 'ID_PROT response 0 [ ID HASH ]' : 'IKE_AUTH response 1 [ IDr AUTH SA TSi TSr ]', t),
    line(t, 'CFG', `selected proposal: ${ikeProposal(p.ike)}`),
    line(t, 'IKE', `authentication of '${p.remote}' with pre-shared key successful`),
    line(t, 'IKE', `IKE_SA ${p.name}[${p.seq}] established between ${p.local}[${p.local}]...${p.remote}[${p.remote}]`),
    line(t, 'IKE', `scheduling reauthentication in ${p.ike.lifetime_seconds ?? 86400}s`),
  ];
}

/** Phase 2 (CHILD_SA / Quick Mode) completes for every traffic selector. */
export function phase2Success(p: Peer): string[] {
  const t = p.seq * 5 + 3;
  return p.selectors.flatMap((ts, i) => [
    line(t, 'CFG', `selected proposal: ${espProposal(p.ipsec)}`),
    line(t, 'IKE', `CHILD_SA ${p.name}{${p.seq + i}} established with SPIs ${hex8(p.seq * 7 + i)}_i ${hex8(p.seq * 11 + i)}_o and TS ${ts}`),
  ]);
}

/** Phase 1 up, phase 2 refused: the IKE_SA stays, no traffic flows. */
export function phase2Failure(p: Peer, notify: 'NO_PROPOSAL_CHOSEN' | 'TS_UNACCEPTABLE'): string[] {
  const t = p.seq * 5 + 3;
  const ts = p.selectors[0] ?? '0.0.0.0/0 === 0.0.0.0/0';
  return [
    line(t, 'IKE', notify === 'TS_UNACCEPTABLE' ? `received TS_UNACCEPTABLE notify, no CHILD_SA built (proposed TS ${ts})` : `received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built`),
    ...(notify === 'NO_PROPOSAL_CHOSEN' ? [line(t, 'CFG', `configured proposals: ${espProposal(p.ipsec)}`)] : []),
    line(t, 'IKE', `failed to establish CHILD_SA ${p.name}{${p.seq}}, keeping IKE_SA`),
  ];
}

/** A scheduled CHILD_SA rekey. */
export function rekey(p: Peer): string[] {
  const t = p.seq * 5 + 4;
  return [
    line(t, 'KNL', `creating rekey job for CHILD_SA ESP/0x${hex8(p.seq)}/${p.remote}`),
    line(t, 'IKE', `inbound CHILD_SA ${p.name}{${p.seq}} established with SPIs ${hex8(p.seq * 13)}_i ${hex8(p.seq * 17)}_o and TS ${p.selectors[0] ?? ''}`),
    line(t, 'IKE', `closing CHILD_SA ${p.name}{${Math.max(1, p.seq - 1)}} with SPIs ${hex8(p.seq * 13 - 13)}_i ${hex8(p.seq * 17 - 17)}_o`),
  ];
}

/** The configuration changed (PUT) or the connection is going away: the SAs are torn down. */
export function teardown(p: Peer, why: 'updated' | 'deleted' | 'frozen'): string[] {
  const t = p.seq * 5;
  const reason = { updated: `vici: reloading connection '${p.name}' after a configuration change`, deleted: `vici: unloading connection '${p.name}'`, frozen: `connection '${p.name}' suspended: resource frozen` }[why];
  return [
    line(t, 'CFG', reason),
    line(t, 'IKE', `deleting IKE_SA ${p.name}[${Math.max(1, p.seq - 1)}] between ${p.local}[${p.local}]...${p.remote}[${p.remote}]`),
    line(t, 'IKE', `IKE_SA deleted`),
  ];
}
