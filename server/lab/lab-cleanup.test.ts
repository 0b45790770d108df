import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ownerOf } from './lab-names.ts';
import { labAvailable, reportSkip } from './lab-test-support.ts';
import { cleanStaleLabs, labNamespaces } from './netns.ts';
import { runSync } from './run.ts';

function processState(pid: number): string {
  try {
    return /^State:\s+(\w)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 'gone';
  } catch {
    return 'gone';
  }
}

// A crashed server (kill -9) leaves namespaces, daemons and directories behind; the next start removes them,
// and only them: a live lab of another process stays.

describe('live IPsec lab: leftovers of a crash', () => {
  beforeAll(() => reportSkip('the lab clean-up tests'));

  it('reads owner process ids from lab names only', () => {
    expect(ownerOf('otclab-4242-1-7c')).toBe(4242);
    expect(ownerOf('otclab-4242-1')).toBe(4242);
    expect(ownerOf('otclab-x-1-7c')).toBeNull();
    expect(ownerOf('other-4242-1-7c')).toBeNull();
  });

  it.runIf(labAvailable)('removes namespaces, daemons and directories of a dead owner but not of a live one', () => {
    // A process id that is certainly gone: a child that has already exited.
    const dead = spawnSync('true').pid ?? 999999;
    const root = mkdtempSync(path.join(os.tmpdir(), 'lab-clean-'));
    const staleNs = `otclab-${dead}-1-1c`;
    const liveNs = `otclab-${process.pid}-9999-1c`;
    for (const ns of [staleNs, liveNs]) expect(runSync('ip', ['netns', 'add', ns]).code).toBe(0);
    // A daemon stand-in left running inside the stale namespace.
    const sleeper = runSync('ip', ['netns', 'exec', staleNs, 'sh', '-c', 'sleep 600 >/dev/null 2>&1 & echo $!']);
    const orphan = Number(sleeper.stdout.trim());
    mkdirSync(path.join(root, `otclab-${dead}-1`));
    try {
      const removed = cleanStaleLabs(root);
      expect(removed).toContain(staleNs);
      expect(labNamespaces()).not.toContain(staleNs);
      expect(labNamespaces()).toContain(liveNs);
      expect(existsSync(path.join(root, `otclab-${dead}-1`))).toBe(false);
      // Killed: gone, or a zombie until PID 1 reaps it (it is no longer our child).
      expect(['gone', 'Z']).toContain(processState(orphan));
    } finally {
      runSync('ip', ['netns', 'del', liveNs]);
      runSync('ip', ['netns', 'del', staleNs]);
    }
  });
});
