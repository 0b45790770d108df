import type { ConnectionRecord, StoredConnection } from './types.ts';
import {
  initiate,
  peerNotResponding,
  phase1Failure,
  phase1Success,
  phase2Failure,
  phase2Success,
  rekey,
  teardown,
  type Peer,
} from './charon-lines.ts';

// GET /v5/{project_id}/vpn-connection/{id}/log: the negotiation history of a connection, derived from
// its parameters (addresses, IKE/IPsec proposals, traffic selectors) and its history (created, updated,
// current status), so the same connection always tells the same story.

export interface LogEntry {
  /** Epoch seconds, as in the API example. */
  time: number;
  raw_message: string;
}

/** The OTC console shows the last 200 entries; the mock returns no more than that. */
export const LOG_LIMIT = 200;

export interface LogContext {
  record: ConnectionRecord;
  /** The gateway address the connection uses. */
  localIp: string;
  /** The customer gateway's IP. */
  remoteIp: string;
  /** The gateway's local subnets (traffic selectors of route-based connections). */
  localSubnets: readonly string[];
  nowMs: number;
  transitionMs: number;
}

type Outcome = 'up' | 'silent' | 'error';
type Failure = 'p1-proposal' | 'p1-auth' | 'p2-proposal' | 'p2-selectors';

const WEAK = new Set(['md5', '3des', 'group1', 'group2', 'group5']);
const UP_FIRST_LINES = 12;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Why an ERROR connection fails: weak crypto is refused by the peer, otherwise one of four classic faults. */
export function failureOf(c: StoredConnection): Failure {
  const ike = c.ikepolicy ?? {};
  if ([ike.encryption_algorithm, ike.authentication_algorithm, ike.dh_group].some((v) => v !== undefined && WEAK.has(v))) {
    return 'p1-proposal';
  }
  const kinds: Failure[] = ['p1-auth', 'p1-proposal', 'p2-selectors', 'p2-proposal'];
  return kinds[hash(c.id) % kinds.length] ?? 'p1-auth';
}

function selectorsOf(c: StoredConnection, localSubnets: readonly string[]): string[] {
  if (c.style === 'POLICY') {
    return (c.policy_rules ?? []).flatMap((r) => r.destination.map((d) => `${r.source} === ${d}`)).slice(0, 4);
  }
  // Route-based connections negotiate a catch-all selector; routing decides what enters the tunnel.
  return localSubnets.length > 0 || c.style === 'BGP' ? ['0.0.0.0/0 === 0.0.0.0/0'] : [];
}

function outcomeOf(status: string, settle: string): Outcome {
  const s = status === 'ACTIVE' || status === 'DOWN' || status === 'ERROR' ? status : settle;
  return s === 'ACTIVE' ? 'up' : s === 'DOWN' ? 'silent' : 'error';
}

class LogBuilder {
  readonly entries: LogEntry[] = [];
  constructor(private readonly base: Omit<Peer, 'seq'>) {}

  peer(seq: number): Peer {
    return { ...this.base, seq };
  }

  add(ms: number, lines: string[]): void {
    const time = Math.floor(ms / 1000);
    for (const raw_message of lines) this.entries.push({ time, raw_message });
  }

  /** Negotiations of one outcome from `fromMs` until `toMs`, only as far back as the last LOG_LIMIT lines reach. */
  period(fromMs: number, toMs: number, outcome: Outcome, failure: Failure): void {
    if (toMs <= fromMs) return;
    const ike = this.base.ike;
    const ipsecLife = Number(this.base.ipsec.lifetime_seconds ?? 3600);
    const ikeLife = Math.max(60, Number(ike.lifetime_seconds ?? 86400));
    const everyS = outcome === 'up' ? Math.max(60, Math.min(ipsecLife, ikeLife)) : outcome === 'silent' ? 600 : 300;
    const linesPer = outcome === 'up' ? 3 : 8;
    const everyMs = everyS * 1000;
    const earliest = toMs - Math.ceil((LOG_LIMIT + UP_FIRST_LINES) / linesPer) * everyMs;
    const firstK = Math.max(0, Math.ceil((earliest - fromMs) / everyMs));
    for (let k = firstK; fromMs + k * everyMs < toMs; k++) {
      const at = fromMs + k * everyMs;
      const p = this.peer(k + 1);
      if (outcome === 'up') {
        // CHILD_SAs rekey every IPsec lifetime; the IKE_SA reauthenticates (a full negotiation) every IKE lifetime.
        const reauth = k === 0 || Math.floor((k * everyS) / ikeLife) > Math.floor(((k - 1) * everyS) / ikeLife);
        this.add(at, reauth ? [...initiate(p), ...phase1Success(p), ...phase2Success(p)] : rekey(p));
      } else if (outcome === 'silent') {
        this.add(at, initiate(p));
        for (const [offset, text] of peerNotResponding(p)) if (at + offset * 1000 < toMs) this.add(at + offset * 1000, [text]);
      } else {
        this.add(at, initiate(p));
        const answer = failure === 'p1-proposal' ? phase1Failure(p, 'NO_PROPOSAL_CHOSEN')
          : failure === 'p1-auth' ? phase1Failure(p, 'AUTHENTICATION_FAILED')
          : [...phase1Success(p), ...phase2Failure(p, failure === 'p2-selectors' ? 'TS_UNACCEPTABLE' : 'NO_PROPOSAL_CHOSEN')];
        this.add(at + 1000, answer);
      }
    }
  }
}

/** The log lines of one connection, oldest first, at most LOG_LIMIT. */
export function connectionLog(ctx: LogContext): LogEntry[] {
  const { record, nowMs } = ctx;
  const c = record.connection;
  if (c.status === 'PENDING_CREATE') return [];
  const ike = c.ikepolicy ?? {};
  const { dpd: _dpd, ...ikeFlat } = ike;
  const builder = new LogBuilder({
    name: c.name,
    local: ctx.localIp,
    remote: ctx.remoteIp,
    v1: ike.ike_version === 'v1',
    aggressive: ike.phase1_negotiation_mode === 'aggressive',
    ike: ikeFlat,
    ipsec: { ...c.ipsecpolicy },
    selectors: selectorsOf(c, ctx.localSubnets),
  });
  const transition = Math.max(ctx.transitionMs, 1000);
  const configuredAt = Date.parse(c.created_at) + transition;
  const updatedAt = Date.parse(c.updated_at);
  const failure = failureOf(c);
  const current = outcomeOf(c.status, record.resume ?? record.settle);

  let since = configuredAt;
  if (updatedAt > configuredAt) {
    // Before the last change the tunnel behaved as it settles; the change tore it down and renegotiated.
    builder.period(configuredAt, updatedAt, outcomeOf(record.settle, record.settle), failure);
    builder.add(updatedAt, teardown(builder.peer(1), 'updated'));
    since = updatedAt + transition;
  }
  const end = c.status === 'PENDING_UPDATE' ? updatedAt : nowMs;
  builder.period(since, end, current, failure);
  if (c.status === 'PENDING_DELETE') builder.add(nowMs, teardown(builder.peer(1), 'deleted'));
  if (c.status === 'FREEZED') builder.add(nowMs, teardown(builder.peer(1), 'frozen'));

  const sorted = builder.entries.filter((e) => e.time * 1000 <= nowMs).sort((a, b) => a.time - b.time);
  return sorted.slice(-LOG_LIMIT);
}
