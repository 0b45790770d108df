import type { BenchResult } from './run.ts';
import { createVpnConnectionRequestSchema } from '../contract/vpn-connection.ts';
import { maximalPolicy } from '../contract/__fixtures__/vpn-connection.ts';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Issue 4: the whole create schema on a maximal policy form must stay under 1 ms median. */
export function bench(): BenchResult[] {
  const body = { vpn_connection: maximalPolicy() };
  for (let i = 0; i < 50; i++) createVpnConnectionRequestSchema.safeParse(body);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    createVpnConnectionRequestSchema.safeParse(body);
    times.push(performance.now() - t);
  }
  return [
    {
      name: 'contract: create schema on a full policy form (5×50 destinations, 50 subnets), median',
      value: median(times),
      unit: 'ms',
      target: 1,
    },
  ];
}
