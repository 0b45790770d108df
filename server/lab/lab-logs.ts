import { readFileSync } from 'node:fs';

// The cloud daemon's file log as connection log entries (GET …/vpn-connection/{id}/log): real charon lines,
// dated like OTC's syslog lines. strongswan.conf writes "epoch.ms thread[GROUP] <conn|n> message".

export interface LabLogEntry {
  /** Epoch seconds, as the API returns. */
  time: number;
  raw_message: string;
}

/** The newest entries kept per connection across re-negotiations (OTC shows the last 200). */
export const LAB_LOG_LIMIT = 200;

const LINE = /^(\d+)\.(\d{3}) (.*)$/;

export function parseCharonLog(text: string, host: string): LabLogEntry[] {
  const out: LabLogEntry[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m?.[1] || !m[2] || m[3] === undefined) continue;
    const ms = Number(m[1]) * 1000 + Number(m[2]);
    out.push({ time: Math.floor(ms / 1000), raw_message: `${new Date(ms).toISOString()} ${host} charon: ${m[3]}` });
  }
  return out;
}

export function readCharonLog(file: string, host: string): LabLogEntry[] {
  try {
    return parseCharonLog(readFileSync(file, 'utf8'), host);
  } catch {
    return [];
  }
}

/** The message part of log entries (for failure reasons). */
export function messagesOf(entries: readonly LabLogEntry[]): string[] {
  return entries.map((e) => e.raw_message);
}
