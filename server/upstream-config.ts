import { ConfigError } from './config-error.ts';

/** Where the API answers come from: the built-in mock, or real OTC endpoints behind the proxy. */
export type UpstreamConfig = { mode: 'mock' } | ({ mode: 'otc' } & ProxyConfig);

export interface ProxyEndpoints {
  /** Enterprise VPN v5 (`/v5/…`). */
  vpn: string;
  /** VPC, home of classic VPN v2.0 (`/v2.0/…`). */
  vpc: string;
  /** IAM (`/v3/…`: tokens and projects). */
  iam: string;
}

export interface ProxyConfig {
  region: string;
  endpoints: ProxyEndpoints;
  /** Whether any endpoint was given explicitly instead of derived from the region. */
  customEndpoints: boolean;
  /** Deadline for a whole upstream exchange; past it the client gets 504. */
  timeoutMs: number;
  /** Largest request body forwarded; above it the client gets 413. */
  bodyLimitBytes: number;
}

export const DEFAULT_REGION = 'eu-de';
export const DEFAULT_PROXY_TIMEOUT_MS = 30_000;
export const DEFAULT_PROXY_BODY_LIMIT = 1024 * 1024;
// The OTC docs cap AK/SK-signed bodies at 12 MB; nothing the console sends comes near it.
const MAX_BODY_LIMIT = 12 * 1024 * 1024;
const MAX_TIMEOUT_MS = 600_000;

const API_HOSTS: Record<keyof ProxyEndpoints, { env: string; host: string }> = {
  vpn: { env: 'OTC_VPN_ENDPOINT', host: 'vpn' },
  vpc: { env: 'OTC_VPC_ENDPOINT', host: 'vpc' },
  iam: { env: 'OTC_IAM_ENDPOINT', host: 'iam' },
};

/** Public OTC endpoint of an API in a region, as listed on the regions-and-endpoints page. */
export function regionEndpoint(api: keyof ProxyEndpoints, region: string): string {
  return `https://${API_HOSTS[api].host}.${region}.otc.t-systems.com`;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Checks an endpoint URL: https (plain http only on loopback, for tests), no credentials, query or fragment. */
export function parseEndpoint(name: string, raw: string): string {
  const example = `${name} must be an https:// URL such as https://vpn.eu-de.otc.t-systems.com`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(`${example}, got "${raw}"`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new ConfigError(`${example} (http:// is allowed only for 127.0.0.1 or localhost, tokens must not travel unencrypted), got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${example}, got "${raw}"`);
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError(`${example} without user:password@, ?query or #fragment, got "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function parseRegion(source: string, raw: string): string {
  const region = raw.trim();
  if (!/^[a-z]{2}-[a-z]+[0-9]*$/.test(region)) {
    throw new ConfigError(`${source} must be an OTC region such as eu-de, eu-nl or eu-ch2, got "${raw}"`);
  }
  return region;
}

function parseWholeNumber(name: string, raw: string | undefined, fallback: number, max: number, unit: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be a whole number of ${unit} from 1 to ${max} (default ${fallback}), got "${raw}"`);
  }
  return value;
}

export interface UpstreamArgs {
  /** --upstream, wins over UPSTREAM. */
  upstream?: string;
  /** --region, wins over OTC_REGION. */
  region?: string;
}

/** Reads the upstream choice from flags (which win) and the environment. */
export function parseUpstream(args: UpstreamArgs, env: Readonly<Record<string, string | undefined>>): UpstreamConfig {
  const source = args.upstream !== undefined ? '--upstream' : 'UPSTREAM';
  const mode = (args.upstream ?? env.UPSTREAM ?? '').trim().toLowerCase();
  if (mode === '' || mode === 'mock') {
    if (args.region !== undefined) throw new ConfigError('--region only applies to the proxy: add --upstream otc, or drop --region to use the mock');
    return { mode: 'mock' };
  }
  if (mode !== 'otc') throw new ConfigError(`${source} must be "mock" (the built-in emulation) or "otc" (proxy to Open Telekom Cloud), got "${args.upstream ?? env.UPSTREAM}"`);

  const rawRegion = args.region ?? env.OTC_REGION;
  const region = rawRegion === undefined || rawRegion.trim() === '' ? DEFAULT_REGION : parseRegion(args.region !== undefined ? '--region' : 'OTC_REGION', rawRegion);
  let customEndpoints = false;
  const endpoint = (api: keyof ProxyEndpoints): string => {
    const raw = env[API_HOSTS[api].env];
    if (raw === undefined || raw.trim() === '') return regionEndpoint(api, region);
    customEndpoints = true;
    return parseEndpoint(API_HOSTS[api].env, raw);
  };
  const endpoints = { vpn: endpoint('vpn'), vpc: endpoint('vpc'), iam: endpoint('iam') };
  return {
    mode: 'otc',
    region,
    endpoints,
    customEndpoints,
    timeoutMs: parseWholeNumber('PROXY_TIMEOUT_MS', env.PROXY_TIMEOUT_MS, DEFAULT_PROXY_TIMEOUT_MS, MAX_TIMEOUT_MS, 'milliseconds'),
    bodyLimitBytes: parseWholeNumber('PROXY_BODY_LIMIT', env.PROXY_BODY_LIMIT, DEFAULT_PROXY_BODY_LIMIT, MAX_BODY_LIMIT, 'bytes'),
  };
}
