import type { BenchResult } from './run.ts';
import { measureWizardValidation } from './wizard-validation.ts';

/** `npm run bench` adapter for bench/wizard-validation.ts. */
export async function bench(): Promise<BenchResult[]> {
  const figures = await measureWizardValidation();
  return figures.map((f) => ({ name: f.name, value: f.median_ms, unit: 'ms', target: f.target_ms }));
}
