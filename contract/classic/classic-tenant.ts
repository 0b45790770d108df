// The mock derives a classic tenant (project) id from the token, as a real project-scoped token implies one.
// Pure TypeScript (no node:crypto) so the server and the e2e fixtures compute the same id.

const FNV_PRIME = 0x01000193;
const SEEDS = [0x811c9dc5, 0x2f6b7a1d, 0x5bd1e995, 0x9e3779b9] as const;

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** A stable 32-hex-character tenant id (the shape of an OTC project id) for a token. */
export function classicTenantIdForToken(token: string): string {
  return SEEDS.map((seed) => fnv1a(`classic-tenant:${token}`, seed).toString(16).padStart(8, '0')).join('');
}
