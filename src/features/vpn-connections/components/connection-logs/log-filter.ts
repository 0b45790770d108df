import type { ConnectionLog } from '@contract/quotas-tags';
import { knownErrorOf, type KnownLogError } from '@/features/vpn-connections/components/connection-logs/log-keywords';

export type LogEntry = ConnectionLog['logs'][number];

export const LOG_RANGES = ['15m', '1h', '24h', '7d', 'all'] as const;
export type LogRange = (typeof LOG_RANGES)[number];

export const LOG_RANGE_LABELS: Record<LogRange, string> = {
  '15m': 'Last 15 min',
  '1h': 'Last hour',
  '24h': 'Last 24 h',
  '7d': 'Last 7 days',
  all: 'All',
};

const RANGE_SECONDS: Record<LogRange, number> = { '15m': 900, '1h': 3600, '24h': 86_400, '7d': 604_800, all: Infinity };

/** Lines inside the time range that contain the keyword (case-insensitive), newest first. */
export function filterLogs(logs: readonly LogEntry[], range: LogRange, keyword: string, nowMs: number): LogEntry[] {
  const from = nowMs / 1000 - RANGE_SECONDS[range];
  const needle = keyword.trim().toLowerCase();
  return logs
    .filter((l) => l.time >= from && (needle === '' || l.raw_message.toLowerCase().includes(needle)))
    .sort((a, b) => b.time - a.time);
}

export interface FoundError {
  error: KnownLogError;
  count: number;
  /** Epoch seconds of the newest line showing it. */
  last: number;
}

/** The known errors in the lines, most recent first. */
export function findKnownErrors(lines: readonly LogEntry[]): FoundError[] {
  const found = new Map<string, FoundError>();
  for (const line of lines) {
    const error = knownErrorOf(line.raw_message);
    if (!error) continue;
    const entry = found.get(error.id);
    if (entry) {
      entry.count += 1;
      entry.last = Math.max(entry.last, line.time);
    } else found.set(error.id, { error, count: 1, last: line.time });
  }
  return [...found.values()].sort((a, b) => b.last - a.last);
}
