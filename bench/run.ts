// `npm run bench`: runs every bench/*.bench.ts module (or those named on the command line) and prints one
// line per figure with its target and the ratio figure/target (≤ 1 meets the target).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** What the issue asks for; the ratio is value / target. */
  target?: number;
  /** Lower-is-better unless false. */
  lowerIsBetter?: boolean;
  note?: string;
}

type BenchModule = { bench: () => Promise<BenchResult[]> | BenchResult[] };

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));

let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
  try {
    for (const r of await mod.bench()) {
      const ratio = r.target ? r.value / r.target : undefined;
      const verdict =
        ratio === undefined ? '' : (r.lowerIsBetter ?? true) ? (ratio <= 1 ? 'meets target' : 'MISSES target') : ratio >= 1 ? 'meets target' : 'MISSES target';
      console.log(
        [
          `${r.name}:`,
          `${fmt(r.value)} ${r.unit}`,
          r.target !== undefined ? `target ${fmt(r.target)} ${r.unit}` : '',
          ratio !== undefined ? `ratio ${ratio.toFixed(2)} (${verdict})` : '',
          r.note ?? '',
        ]
          .filter(Boolean)
          .join('  '),
      );
    }
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (files.length === 0) console.log('No benchmarks matched.');
process.exitCode = failed ? 1 : 0;
