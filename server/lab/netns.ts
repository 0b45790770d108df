import { readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LAB_PREFIX, ownerOf, processAlive } from './lab-names.ts';
import { ipBatch, run, runSync } from './run.ts';

// Two namespaces joined by a veth pair, created directly inside them (never in the root namespace, so a crash
// halfway leaves nothing outside a namespace). Each side gets the real public address of its end and the
// first host of each of its subnets on lo, which stands in for the LAN (this kernel has no dummy driver).

export interface PairAddresses {
  cloudNs: string;
  customerNs: string;
  cloudAddress: string;
  customerAddress: string;
  cloudHosts: readonly string[];
  customerHosts: readonly string[];
}

export async function createPair(a: PairAddresses): Promise<void> {
  await ipBatch([`netns add ${a.cloudNs}`, `netns add ${a.customerNs}`, `link add ext0 netns ${a.cloudNs} type veth peer name ext0 netns ${a.customerNs}`]);
  const side = (own: string, peer: string, hosts: readonly string[]) => [
    'link set lo up',
    `addr add ${own}/32 dev ext0`,
    'link set ext0 up',
    `route add ${peer}/32 dev ext0`,
    ...hosts.map((h) => `addr add ${h}/32 dev lo`),
  ];
  await Promise.all([
    ipBatch(side(a.cloudAddress, a.customerAddress, a.cloudHosts), a.cloudNs),
    ipBatch(side(a.customerAddress, a.cloudAddress, a.customerHosts), a.customerNs),
  ]);
}

/** Kills whatever still runs in the namespace (charon, bird) and deletes it. */
export async function deleteNamespace(ns: string): Promise<void> {
  const pids = await run('ip', ['netns', 'pids', ns]);
  for (const pid of pids.stdout.split(/\s+/).filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await run('ip', ['netns', 'del', ns]);
}

export function deleteNamespaceSync(ns: string): void {
  for (const pid of runSync('ip', ['netns', 'pids', ns]).stdout.split(/\s+/).filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  runSync('ip', ['netns', 'del', ns]);
}

/** The lab namespaces that exist now (all owners). */
export function labNamespaces(): string[] {
  return runSync('ip', ['netns', 'list'])
    .stdout.split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => n.startsWith(`${LAB_PREFIX}-`));
}

/**
 * Removes leftovers of lab processes that are gone (a crash, kill -9): their namespaces with every daemon in
 * them, and their scratch directories. Live labs of other processes are left alone. Returns what was removed.
 */
export function cleanStaleLabs(root = os.tmpdir()): string[] {
  const removed: string[] = [];
  for (const ns of labNamespaces()) {
    const owner = ownerOf(ns);
    if (owner !== null && !processAlive(owner)) {
      deleteNamespaceSync(ns);
      removed.push(ns);
    }
  }
  for (const entry of readdirSync(root)) {
    const owner = ownerOf(entry);
    if (owner !== null && !processAlive(owner)) {
      rmSync(path.join(root, entry), { recursive: true, force: true });
      removed.push(path.join(root, entry));
    }
  }
  return removed;
}

export async function linkExists(ns: string, dev: string): Promise<boolean> {
  return (await run('ip', ['-n', ns, 'link', 'show', 'dev', dev])).code === 0;
}

export async function ruleExists(ns: string, pref: number): Promise<boolean> {
  return (await run('ip', ['-n', ns, 'rule', 'list', 'pref', String(pref)])).stdout.trim() !== '';
}

export async function ping(ns: string, from: string, to: string, timeoutS = 1): Promise<boolean> {
  return (await run('ip', ['netns', 'exec', ns, 'ping', '-c', '1', '-W', String(timeoutS), '-I', from, to], { timeoutMs: (timeoutS + 2) * 1000 })).code === 0;
}
