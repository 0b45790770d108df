import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/** The state file cannot be used; start-up stops rather than overwrite what the admin may want to keep. */
export class PersistenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersistenceError';
  }
}

/** Where the store keeps its state between runs. */
export interface StateFile {
  readonly path: string;
  /** The parsed JSON, or undefined when the file does not exist yet. Throws PersistenceError otherwise. */
  load(): unknown;
  /** Coalesces bursts of changes into one write shortly after; `snapshot` is called at write time. */
  scheduleSave(snapshot: () => unknown): void;
  /** Writes now if a save is pending (used on shutdown). */
  flushSync(): void;
  /** Resolves once no write is pending or in flight. */
  idle(): Promise<void>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * JSON file written atomically: the data goes to a temp file beside the target, is fsynced, then
 * renamed over it. A kill at any moment leaves either the old or the new complete file.
 */
export function createStateFile(filePath: string, debounceMs = 100): StateFile {
  const target = path.resolve(filePath);
  let writeCount = 0;
  // A fresh temp name per write, so a shutdown flush never shares a file with a write in flight.
  const nextTemp = () => `${target}.${process.pid}.${++writeCount}.tmp`;
  let pending: (() => unknown) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> | undefined;

  async function writeAtomic(text: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    const temp = nextTemp();
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  }

  function writeAtomicSync(text: string): void {
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = nextTemp();
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  }

  async function drain(): Promise<void> {
    while (pending) {
      const snapshot = pending;
      pending = undefined;
      try {
        await writeAtomic(JSON.stringify(snapshot()));
      } catch (error) {
        console.error(`Could not save the mock state to ${target}: ${describe(error)} (the server keeps running in memory)`);
      }
    }
  }

  function startWrite(): void {
    timer = undefined;
    if (writing) return;
    writing = drain().finally(() => {
      writing = undefined;
    });
  }

  return {
    path: target,
    load() {
      let text: string;
      try {
        text = readFileSync(target, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new PersistenceError(`cannot read ${target}: ${describe(error)}`);
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new PersistenceError(`${target} is not valid JSON (${describe(error)})`);
      }
    },
    scheduleSave(snapshot) {
      pending = snapshot;
      if (!timer) {
        timer = setTimeout(startWrite, debounceMs);
        timer.unref();
      }
    },
    flushSync() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      const snapshot = pending;
      pending = undefined;
      if (snapshot) writeAtomicSync(JSON.stringify(snapshot()));
    },
    async idle() {
      while (timer || writing || pending) {
        if (timer) {
          clearTimeout(timer);
          startWrite();
        }
        await writing;
      }
    },
  };
}
