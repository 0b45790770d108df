import type { QuotaType, QuotaUsage } from '@/features/quotas/api/quota-queries';

export const quotaNouns: Record<QuotaType, string> = {
  vpn_gateway: 'VPN gateways',
  customer_gateway: 'customer gateways',
  vpn_connection: 'VPN connections',
};

/** Why nothing more of this type can be created, or undefined while the quota leaves room (or is unknown). */
export function quotaBlockReason(type: QuotaType, usage: QuotaUsage | undefined): string | undefined {
  if (!usage || usage.used < usage.quota) return undefined;
  return `The project has reached its quota of ${usage.quota} ${quotaNouns[type]} (${usage.used} in use). Delete one you no longer need, or ask for a higher quota.`;
}
