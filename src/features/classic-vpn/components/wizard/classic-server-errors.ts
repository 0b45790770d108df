import { isApiError } from '@/lib/api-error';
import type { ClassicFormPath } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';

// The mock (like Neutron) answers 400 "Invalid input for <wrapper>.<path>: <why>; …". When every part names a
// field of the wizard, the messages go onto those fields; otherwise the caller shows the error above the form.

export type Stage = 'service' | 'ike' | 'ipsec' | 'local' | 'peer' | 'connection';

const PART = /^Invalid input for ([a-z_]+)\.([A-Za-z0-9_.[\]]+): ([\s\S]+)$/;
const CONNECTION_FIELDS = new Set(['name', 'peer_address', 'peer_id', 'psk', 'initiator', 'dpd', 'dpd.action', 'dpd.interval', 'dpd.timeout']);

function formPath(stage: Stage, apiPath: string): string | undefined {
  const path = apiPath.replace(/\[(\d+)\]/g, '.$1');
  if (stage === 'connection') return CONNECTION_FIELDS.has(path) ? path : undefined;
  if (path.startsWith('lifetime')) return `${stage}.lifetime`;
  if (path.startsWith('endpoints')) return stage === 'local' ? 'local.subnet_ids' : `peer.cidrs${path.slice('endpoints'.length)}`;
  return ['name', 'router_id', 'ike_version', 'auth_algorithm', 'encryption_algorithm', 'pfs', 'transform_protocol'].includes(path) ? `${stage}.${path}` : undefined;
}

export interface FieldRejection {
  path: ClassicFormPath;
  message: string;
}

/** The field errors a 400 names, or [] when any part of it names no field of the wizard. */
export function classicFieldRejections(error: unknown, stage: Stage): FieldRejection[] {
  if (!isApiError(error) || error.status !== 400) return [];
  const parts = error.message.replace(/\s*\(and \d+ more problems?\)$/, '').split(/;\s+(?=Invalid input for )/);
  const out: FieldRejection[] = [];
  for (const part of parts) {
    const m = PART.exec(part.trim());
    const path = m?.[2] ? formPath(stage, m[2]) : undefined;
    if (!m?.[3] || !path) return [];
    out.push({ path: path as ClassicFormPath, message: m[3] });
  }
  return out;
}
