import { z } from 'zod';
import { apiRequest, apiRequestNoContent, isApiError } from '@/lib/api-client';

/** Builds a resource's v5 path from the project id, e.g. `(p) => v5Paths.vpnConnection(p, id)`. */
export type ResourcePath = (projectId: string) => string;

/**
 * DELETE a resource. A 404 means it is already gone, and VPN.0009 ("Connection … is deleting") that the
 * deletion is already under way: both count as accepted, so a retried cascade picks up where it stopped.
 */
export async function deleteResource(path: ResourcePath, signal?: AbortSignal): Promise<void> {
  try {
    await apiRequestNoContent({ path, method: 'DELETE', signal });
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.code === 'VPN.0009')) return;
    throw error;
  }
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** @default 1000 */
  pollMs?: number;
  /** Give up after this long. @default 600000 (10 min) */
  timeoutMs?: number;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls GET on the resource until it answers 404, which is when OTC has really removed it. */
export async function waitUntilGone(path: ResourcePath, options: WaitOptions = {}): Promise<void> {
  const { signal, pollMs = 1000, timeoutMs = 600_000, sleep = defaultSleep, now = Date.now } = options;
  const deadline = now() + timeoutMs;
  for (;;) {
    try {
      await apiRequest({ path, schema: z.unknown(), signal });
    } catch (error) {
      if (isApiError(error) && error.status === 404) return;
      throw error;
    }
    if (now() >= deadline) throw new Error(`still there after ${Math.round(timeoutMs / 1000)} s; check it in its list and retry`);
    await sleep(pollMs);
  }
}
