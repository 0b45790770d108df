import type { ProxyEndpoints } from '../upstream-config.ts';

// The proxy forwards only the OTC API paths the console uses; everything else is refused, so the server can
// never be used as an open proxy into OTC (or anywhere else). One table, easy to extend.

export type ProxyApi = keyof ProxyEndpoints;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface ProxyRule {
  api: ProxyApi;
  pattern: RegExp;
  methods: readonly Method[];
  /** Shown in the refusal message, so an admin sees what would be allowed. */
  example: string;
}

const ALL: readonly Method[] = ['GET', 'POST', 'PUT', 'DELETE'];
// Ids, names and keywords: no "%" (so no encoded slash or dot tricks), no "/" inside a segment.
const SEG = '[A-Za-z0-9_][A-Za-z0-9_.-]*';
const PROJECT = '[A-Za-z0-9_-]{1,64}';

export const PROXY_RULES: readonly ProxyRule[] = [
  { api: 'vpn', pattern: new RegExp(`^/v5/${PROJECT}(/${SEG}){1,5}$`), methods: ALL, example: '/v5/{project_id}/…' },
  { api: 'vpc', pattern: new RegExp(`^/v2\\.0/vpn(/${SEG}){1,3}$`), methods: ALL, example: '/v2.0/vpn/…' },
  { api: 'vpc', pattern: new RegExp(`^/v2\\.0/(routers|subnets)(/${SEG})?$`), methods: ['GET'], example: '/v2.0/routers, /v2.0/subnets' },
  // Classic VPN tag APIs carry the project in the path.
  {
    api: 'vpc',
    pattern: new RegExp(`^/v2\\.0/${PROJECT}/ipsec-site-connections(/${SEG}){0,3}$`),
    methods: ALL,
    example: '/v2.0/{project_id}/ipsec-site-connections/…',
  },
  { api: 'iam', pattern: /^\/v3\/auth\/tokens$/, methods: ['GET', 'POST'], example: '/v3/auth/tokens' },
  { api: 'iam', pattern: /^\/v3\/projects$/, methods: ['GET'], example: '/v3/projects' },
];

/** The API prefixes the proxy answers for at all (refusing what its rules do not allow). */
export const PROXY_PREFIXES = ['/v5', '/v2.0', '/v3'] as const;

export type ProxyDecision =
  | { ok: true; api: ProxyApi; path: string }
  | { ok: false; status: 403 | 405; reason: string };

const ALLOWED_SUMMARY = PROXY_RULES.map((r) => r.example).join(', ');

/**
 * Decides whether `rawPath` (the path exactly as the client sent it, still percent-encoded) may be forwarded.
 * Dot segments, encoded slashes or dots, backslashes, empty segments and absolute URLs are refused outright.
 */
export function decideProxyPath(method: string, rawPath: string): ProxyDecision {
  const refuse = (why: string): ProxyDecision => ({
    ok: false,
    status: 403,
    reason: `the proxy does not forward ${method} ${rawPath.slice(0, 200)}: ${why}. It forwards only ${ALLOWED_SUMMARY}`,
  });
  if (!rawPath.startsWith('/') || rawPath.startsWith('//') || /:\/\//.test(rawPath)) return refuse('not a path on this server');
  const controlOrSpace = [...rawPath].some((ch) => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f);
  if (controlOrSpace || /%|\\|\/\//.test(rawPath)) return refuse('percent-encoding, backslashes, empty segments and spaces are not allowed in API paths');
  if (rawPath.split('/').some((s) => s === '.' || s === '..')) return refuse('dot segments are not allowed');
  const matching = PROXY_RULES.filter((r) => r.pattern.test(rawPath));
  if (matching.length === 0) return refuse('it is outside the VPN, VPC and IAM API paths');
  const rule = matching.find((r) => (r.methods as readonly string[]).includes(method));
  if (!rule) {
    const allowed = [...new Set(matching.flatMap((r) => r.methods))].join(', ');
    return { ok: false, status: 405, reason: `the proxy forwards ${rawPath} only for ${allowed}, not ${method}` };
  }
  return { ok: true, api: rule.api, path: rawPath };
}
