import { describe, expect, it } from 'vitest';
import { filterLogs, findKnownErrors } from '@/features/vpn-connections/components/connection-logs/log-filter';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const at = (minutesAgo: number, raw_message: string) => ({ time: NOW / 1000 - minutesAgo * 60, raw_message });
const logs = [
  at(600, 'charon: 01[IKE] received NO_PROPOSAL_CHOSEN notify error'),
  at(30, 'charon: 02[IKE] retransmit 1 of request with message ID 0'),
  at(29, 'charon: 02[IKE] establishing IKE_SA failed, peer not responding'),
  at(5, 'charon: 03[IKE] received AUTHENTICATION_FAILED notify error'),
  at(1, 'charon: 04[IKE] initiating IKE_SA site[4] to 203.0.113.10'),
];

describe('connection log filters', () => {
  it('keeps the time range, newest first', () => {
    expect(filterLogs(logs, '15m', '', NOW).map((l) => l.raw_message)).toEqual([logs[4]!.raw_message, logs[3]!.raw_message]);
    expect(filterLogs(logs, '1h', '', NOW)).toHaveLength(4);
    expect(filterLogs(logs, 'all', '', NOW)).toHaveLength(5);
  });

  it('filters by keyword without regard to case', () => {
    expect(filterLogs(logs, 'all', 'peer NOT responding', NOW)).toEqual([logs[2]]);
    expect(filterLogs(logs, 'all', '  ', NOW)).toHaveLength(5);
  });

  it('names the known errors with counts, most recent first', () => {
    const found = findKnownErrors(logs);
    expect(found.map((f) => f.error.title)).toEqual(['Pre-shared key mismatch', 'Peer not responding', 'Proposal mismatch (phase 1, IKE)']);
    expect(found[1]!.count).toBe(2);
    expect(found[0]!.error.action).toContain('pre-shared key');
  });

  it('tells phase 1 from phase 2 proposal mismatches', () => {
    const phase2 = findKnownErrors([at(1, 'charon: 05[IKE] received NO_PROPOSAL_CHOSEN notify, no CHILD_SA built')]);
    expect(phase2.map((f) => f.error.id)).toEqual(['p2-proposal']);
  });
});
