import { OtcHttpError } from '../http-error.ts';
import type { ProxyApi } from './proxy-paths.ts';

// Errors the proxy itself answers with, in the OTC body shape the console already understands. Their codes
// start with PROXY so an admin can tell them from errors of the OTC APIs, which pass through unchanged.

const API_NAMES: Record<ProxyApi, string> = { vpn: 'OTC VPN API', vpc: 'OTC VPC API', iam: 'OTC IAM' };
const ENDPOINT_VARS: Record<ProxyApi, string> = { vpn: 'OTC_VPN_ENDPOINT', vpc: 'OTC_VPC_ENDPOINT', iam: 'OTC_IAM_ENDPOINT' };

export function pathRefused(status: 403 | 405, reason: string): OtcHttpError {
  return new OtcHttpError(status, 'PROXY.0403', `Refused: ${reason}.`);
}

export function bodyTooLarge(limitBytes: number): OtcHttpError {
  return new OtcHttpError(
    413,
    'PROXY.0413',
    `The request body is larger than the proxy's limit of ${limitBytes} bytes; API bodies are a few KiB (raise PROXY_BODY_LIMIT if you really need more).`,
  );
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
};

/** The low-level code of a failed fetch (undici wraps it in `cause`). */
export function networkCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code ?? (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function upstreamUnreachable(api: ProxyApi, endpoint: string, error: unknown): OtcHttpError {
  const code = networkCode(error);
  const reason = code ? `${NETWORK_REASONS[code] ?? 'the request failed'} (${code})` : 'the request failed';
  return new OtcHttpError(
    502,
    'PROXY.0502',
    `Cannot reach the ${API_NAMES[api]} at ${endpoint}: ${reason}. Check that this server can reach it (firewall, HTTPS proxy, DNS) and that ${ENDPOINT_VARS[api]} / --region are right.`,
  );
}

export function upstreamTimeout(api: ProxyApi, endpoint: string, timeoutMs: number): OtcHttpError {
  return new OtcHttpError(
    504,
    'PROXY.0504',
    `The ${API_NAMES[api]} at ${endpoint} did not answer within ${timeoutMs} ms. Try again; if it keeps happening, check the network path or raise PROXY_TIMEOUT_MS.`,
  );
}

export function upstreamRedirected(api: ProxyApi, endpoint: string, status: number): OtcHttpError {
  return new OtcHttpError(
    502,
    'PROXY.0502',
    `The ${API_NAMES[api]} at ${endpoint} answered with a redirect (${status}), which the proxy does not follow: check ${ENDPOINT_VARS[api]} (https, right host).`,
  );
}
