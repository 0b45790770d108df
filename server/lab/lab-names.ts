import os from 'node:os';
import path from 'node:path';

// Every namespace and directory the lab creates carries the prefix, the owning process id and a per-backend
// instance number, so start-up can tell stale leftovers of a crashed process from a live lab of another one.

export const LAB_PREFIX = 'otclab';

let instances = 0;

export interface LabNames {
  /** "otclab-<pid>-<instance>" */
  base: string;
  /** Scratch directory for configs, sockets and logs. */
  dir: string;
  namespace(pair: number, side: 'cloud' | 'customer'): string;
  pairDir(pair: number, side: 'cloud' | 'customer'): string;
}

export function labNames(root = os.tmpdir()): LabNames {
  const base = `${LAB_PREFIX}-${process.pid}-${++instances}`;
  const dir = path.join(root, base);
  return {
    base,
    dir,
    namespace: (pair, side) => `${base}-${pair}${side === 'cloud' ? 'c' : 'u'}`,
    pairDir: (pair, side) => path.join(dir, String(pair), side),
  };
}

/** The owning process id of a lab namespace or directory name, or null when it is not one of ours. */
export function ownerOf(name: string): number | null {
  const m = new RegExp(`^${LAB_PREFIX}-(\\d+)-\\d+(?:-\\d+[cu])?$`).exec(name);
  return m ? Number(m[1]) : null;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
