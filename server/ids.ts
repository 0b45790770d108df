import { createHash, randomBytes, randomUUID } from 'node:crypto';

// Fixed namespace so a (project, key) pair maps to the same UUID on every machine and every run.
const SEED_NAMESPACE = Buffer.from('6f1c2a8e4b7d4e0f9a3c5d7e1f2b4c6d', 'hex');

function formatUuid(bytes: Buffer): string {
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Name-based UUID (RFC 9562 version 5) of `projectId:key`. The seed uses it so the demo objects of a
 * project keep their ids across resets and restarts, which bookmarks and e2e tests rely on.
 */
export function seedUuid(projectId: string, key: string): string {
  const digest = createHash('sha1').update(SEED_NAMESPACE).update(`${projectId}:${key}`).digest();
  digest[6] = ((digest[6] ?? 0) & 0x0f) | 0x50;
  digest[8] = ((digest[8] ?? 0) & 0x3f) | 0x80;
  return formatUuid(digest);
}

/** A deterministic integer in [0, range) for `projectId:key`, for seed values that should look varied. */
export function seedNumber(projectId: string, key: string, range: number): number {
  const digest = createHash('sha1').update(`${projectId}:${key}`).digest();
  return digest.readUInt32BE(0) % range;
}

export function newUuid(): string {
  return randomUUID();
}

/** The `vpn-xxxx` / `cgw-xxxx` style names OTC generates when none is given. */
export function generatedName(prefix: string): string {
  return `${prefix}-${randomBytes(2).toString('hex')}`;
}

/** OTC v5 timestamps: UTC `yyyy-MM-ddTHH:mm:ss.SSSZ`, which is exactly what toISOString prints. */
export function otcTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
