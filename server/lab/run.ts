import { execFile, spawnSync } from 'node:child_process';

// Small wrappers around the few system tools the lab drives (ip, ping, birdc): no shell, arguments as arrays.

export class LabError extends Error {}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: readonly string[], options: { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(cmd, [...args], { timeout: options.timeoutMs ?? 10000, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (error && code !== 0 && !stderr ? error.message : '') });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs and throws a LabError naming the command and its error output when it fails. */
export async function must(cmd: string, args: readonly string[], input?: string): Promise<string> {
  const r = await run(cmd, args, input === undefined ? {} : { input });
  if (r.code !== 0) throw new LabError(`${cmd} ${args.join(' ')} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r.stdout;
}

/** Several `ip` commands in one process, optionally inside a namespace. */
export function ipBatch(lines: readonly string[], namespace?: string): Promise<string> {
  return must('ip', [...(namespace ? ['-n', namespace] : []), '-batch', '-'], `${lines.join('\n')}\n`);
}

/** Synchronous variant for exit handlers, where nothing asynchronous runs any more. */
export function runSync(cmd: string, args: readonly string[]): RunResult {
  const r = spawnSync(cmd, [...args], { encoding: 'utf8', timeout: 5000 });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true or the time is up; returns whether it became true. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 10): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}
