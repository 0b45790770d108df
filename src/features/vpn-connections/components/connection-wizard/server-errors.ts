import type { ConnectionStyle } from '@contract/vpn-connection';
import { isApiError } from '@/lib/api-error';
import { stepOfPath, type FormPath } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

/** A server message that names a field of the form. */
export interface FieldRejection {
  path: FormPath;
  message: string;
}

// The mock (and OTC) answer VPN.0001 "invalid request: vpn_connection.peer_subnets[0]: <message>; …".
const PREFIX = /^invalid request:\s*/i;
const ITEM = /^vpn_connection\.([A-Za-z0-9_.[\]]+):\s*([\s\S]+)$/;

/** `policy_rules[0].destination[2]` → `policy_rules.0.destination.2` */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The field errors a rejection names, when every part of it names a field of this style's form; otherwise
 * an empty list and the caller shows the error above the form.
 */
export function fieldRejections(error: unknown, style: ConnectionStyle): FieldRejection[] {
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 400 || !PREFIX.test(error.message)) return [];
  const parts = error.message.replace(PREFIX, '').split(/;\s+(?=vpn_connection[.[])/);
  const out: FieldRejection[] = [];
  for (const part of parts) {
    const match = ITEM.exec(part.trim());
    const path = match?.[1] ? toFormPath(match[1]) : undefined;
    if (!match?.[2] || !path || !stepOfPath(style, path)) return [];
    out.push({ path: path as FormPath, message: match[2].replace(/\s*\(and \d+ more problems?\)$/, '') });
  }
  return out;
}

/** Whether retrying the same request may succeed: no answer, or the server failed (5xx). */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) && (error.kind === 'network' || error.status >= 500);
}
