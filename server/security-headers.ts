import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

// Scripts only from this origin, plus index.html's one inline script by its hash; API calls only to this
// origin (the mock or the proxy: the browser never talks to OTC directly). Styles need 'unsafe-inline':
// Mantine writes its CSS variables into <style> elements at run time and components set style attributes.
// Images/fonts allow data: for the inlined SVG icons and fonts Vite may produce.
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // frame-ancestors covers current browsers; X-Frame-Options covers the old ones.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * Sets the security headers on every response the server sends: API answers, proxied answers, static files,
 * errors. Set on the way out so they also replace whatever a proxied upstream sent.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    // Only index.html sets hashes (static-host.ts): no other response may run an inline script.
    const hashes = c.get('scriptHashes');
    if (hashes) c.res.headers.set('Content-Security-Policy', contentSecurityPolicy(hashes));
  };
}
