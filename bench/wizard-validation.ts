// Issue 4 performance: validation runs on every keystroke, so the whole check of a full policy-style form
// (5 rules × 50 destinations, 50 customer subnets) must stay under 1 ms median, for the contract schema alone
// and for the wizard's form resolver (form schema + zodResolver) that wraps it.
import { zodResolver } from '@hookform/resolvers/zod';
import type { ResolverOptions } from 'react-hook-form';
import { maximalPolicy } from '../contract/__fixtures__/vpn-connection.ts';
import { connectionFormSchema, defaultConnectionFormValues, type ConnectionFormValues } from '../contract/connection-form.ts';
import { createVpnConnectionSchema } from '../contract/vpn-connection.ts';
import type { VpnGateway } from '../contract/vpn-gateway.ts';

export interface WizardBenchFigure {
  name: string;
  median_ms: number;
  target_ms: 1;
  /** median / target: at most 1 meets the target. */
  ratio: number;
}

const TARGET_MS = 1;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function figure(name: string, times: readonly number[]): WizardBenchFigure {
  const m = median(times);
  return { name, median_ms: m, target_ms: TARGET_MS, ratio: m / TARGET_MS };
}

/** The maximal policy fixture as the wizard's form holds it, plus the gateway its ids point at. */
function maximalForm(): { values: ConnectionFormValues; gateway: VpnGateway } {
  const body = maximalPolicy();
  const values: ConnectionFormValues = {
    ...defaultConnectionFormValues('policy'),
    vgw_id: body.vgw_id,
    vgw_ip: body.vgw_ip,
    cgw_id: body.cgw_id,
    peer_subnets: body.peer_subnets,
    policy_rules: body.policy_rules,
    psk: body.psk,
    psk_confirm: body.psk,
  };
  const gateway: VpnGateway = {
    id: body.vgw_id,
    name: 'bench-gateway',
    status: 'ACTIVE',
    network_type: 'public',
    ha_mode: 'active-active',
    local_subnets: ['10.0.0.0/8'],
    connection_number: 200,
    used_connection_number: 0,
    eip1: { id: body.vgw_ip, ip_address: '80.158.0.1' },
  };
  return { values, gateway };
}

/** Median time of one full validation, over `runs` runs after a warm-up. */
export async function measureWizardValidation(runs = 300): Promise<WizardBenchFigure[]> {
  const count = Math.max(200, runs);
  const body = maximalPolicy();
  const { values, gateway } = maximalForm();
  const resolver = zodResolver(connectionFormSchema({ gateways: [gateway] }), undefined, { mode: 'sync' });
  const options: ResolverOptions<ConnectionFormValues> = { fields: {}, shouldUseNativeValidation: false };

  const check = await resolver(values, undefined, options);
  if (Object.keys(check.errors).length > 0) throw new Error(`The maximal form should be valid: ${JSON.stringify(check.errors)}`);

  const schemaTimes: number[] = [];
  const resolverTimes: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    createVpnConnectionSchema.safeParse(body);
    await resolver(values, undefined, options);
  }
  for (let i = 0; i < count; i += 1) {
    let t = performance.now();
    createVpnConnectionSchema.safeParse(body);
    schemaTimes.push(performance.now() - t);
    t = performance.now();
    await resolver(values, undefined, options);
    resolverTimes.push(performance.now() - t);
  }
  return [
    figure('wizard: createVpnConnectionSchema.safeParse on maximalPolicy(), median', schemaTimes),
    figure('wizard: form resolver (zodResolver + connection form schema) on the maximal policy form, median', resolverTimes),
  ];
}
