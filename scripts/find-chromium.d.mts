// Types for find-chromium.mjs, which stays plain JavaScript so `npm test` runs it with bare Node.

/** Everything findChromium needs to know about (or do to) the machine. */
export interface Probe {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  /** Full path of `name` on PATH, or null. */
  which(name: string): string | null;
  /** Path of a browser previously downloaded by `playwright install`, or null. */
  playwrightBrowser(): Promise<string | null>;
  /** Runs a command with inherited output; true when it exited 0. */
  run(command: string, args: string[]): boolean;
  isRoot(): boolean;
  isDebian(): boolean;
  log(line: string): void;
}

export type FindResult = { ok: true; path: string; source: string } | { ok: false; message: string };

export const DEBIAN_CHROMIUM: string;
export const PATH_NAMES: string[];
export function findChromium(probe: Probe): Promise<FindResult>;
export function failureMessage(facts: { root: boolean; debian: boolean }): string;
export function realProbe(): Probe;
