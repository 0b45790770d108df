import { createHash } from 'node:crypto';

// index.html carries one inline script (the list's first requests, see scripts/inline-script-plugin.ts). The
// CSP allows exactly that script by its hash rather than allowing inline scripts in general.

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** CSP source expressions ('sha256-…') for each inline script in `html`, hashed as the browser hashes them. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1] ?? '')
    .filter((text) => text.trim() !== '')
    .map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}
