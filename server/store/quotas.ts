import { DEFAULT_QUOTAS } from '../../contract/mock-quotas.ts';
import { QUOTA_TYPES } from '../../contract/quotas-tags.ts';
import { invalidRequest } from '../http-error.ts';
import type { StoreContext } from './context.ts';
import type { ProjectState, QuotaType } from './types.ts';

const NOUNS: Record<QuotaType, string> = {
  vpn_gateway: 'VPN gateways',
  customer_gateway: 'customer gateways',
  vpn_connection: 'VPN connections',
};

function used(project: ProjectState, type: QuotaType): number {
  if (type === 'vpn_gateway') return project.vpnGateways.length;
  if (type === 'customer_gateway') return project.customerGateways.length;
  return project.vpnConnections.length;
}

export function quotaOf(project: ProjectState, type: QuotaType): number {
  return project.quotas?.[type] ?? DEFAULT_QUOTAS[type];
}

/**
 * Refuses a create that would pass the quota. The v5 docs name no quota error code, so the mock uses
 * the generic VPN.0001 and says how to get out of it.
 */
export function checkQuota(project: ProjectState, type: QuotaType): void {
  const limit = quotaOf(project, type);
  const count = used(project, type);
  if (count >= limit) {
    throw invalidRequest(
      `quota exceeded: the project already has ${count} of its ${limit} ${NOUNS[type]}; delete one you no longer need or ask for a higher quota`,
    );
  }
}

/** GET /v5/{project_id}/vpn/quotas and the mock's quota control. */
export class QuotaService {
  constructor(private readonly ctx: StoreContext) {}

  /** Objects that are still being deleted count as used until they are gone, as in the lists. */
  list(projectId: string): { type: QuotaType; quota: number; used: number }[] {
    const project = this.ctx.project(projectId);
    return QUOTA_TYPES.map((type) => ({ type, quota: quotaOf(project, type), used: used(project, type) }));
  }

  set(projectId: string, quotas: Partial<Record<QuotaType, number>>): void {
    const project = this.ctx.project(projectId);
    project.quotas = { ...project.quotas, ...quotas };
    this.ctx.changed();
  }
}
