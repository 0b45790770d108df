import { MAX_TRANSITION_MS } from '../contract/mock-control.ts';
import { ConfigError } from './config-error.ts';
import { parseUpstream, type UpstreamConfig } from './upstream-config.ts';

export { ConfigError } from './config-error.ts';

/** Start-up settings of the server, parsed from the command line and the environment. */
export interface ServerConfig {
  port: number;
  host: string;
  transitionMs: number;
  /** JSON persistence file; undefined keeps state in memory only. */
  dataFile: string | undefined;
  controlApi: boolean;
  /** Directory of the built SPA to serve; undefined serves the API only. */
  staticDir: string | undefined;
  /** The mock (default) or real OTC endpoints behind the proxy. */
  upstream: UpstreamConfig;
  /** MOCK_REQUIRE_TOKEN: the mock accepts only tokens its IAM emulation issued. */
  requireIssuedToken: boolean;
  /** MOCK_LAB=1: back v5 connections with real strongSwan tunnels (server/lab/); unset when off. */
  lab?: true | undefined;
}

export const USAGE = `Usage: node --import tsx server/main.ts [--static <dir>] [--upstream mock|otc] [--region <region>]

  --static <dir>      also serve the built console from <dir> (e.g. dist)
  --data-file <file>  keep the mock state in <file> across restarts (npm start: .data/mock-state.json)
  --upstream otc      proxy the API to real Open Telekom Cloud endpoints instead of the mock (default: mock)
  --region <region>   OTC region for --upstream otc, default eu-de (endpoints vpn/vpc/iam.<region>.otc.t-systems.com)

Environment:
  PORT                 TCP port, default 8080
  HOST                 address to bind, default 127.0.0.1
  MOCK_TRANSITION_MS   time per status transition in ms, default 3000
  MOCK_DATA_FILE       JSON file that keeps the mock state across restarts (overrides --data-file);
                       empty = in memory
  MOCK_CONTROL=1       enable the /__mock/* control API (always on when NODE_ENV=test)
  MOCK_LAB=1           back each new v5 connection with a real strongSwan tunnel pair (root + charon-systemd;
                       see README "Live IPsec lab")
  MOCK_REQUIRE_TOKEN=1 the mock accepts only tokens issued by its POST /v3/auth/tokens
  UPSTREAM, OTC_REGION same as --upstream, --region (the flags win)
  OTC_VPN_ENDPOINT, OTC_VPC_ENDPOINT, OTC_IAM_ENDPOINT
                       custom https:// base URL per API (other regions, private clouds)
  PROXY_TIMEOUT_MS     deadline per proxied request, default 30000 (then 504)
  PROXY_BODY_LIMIT     largest proxied request body in bytes, default 1048576 (then 413)`;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 8080;
  const value = raw.trim();
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a TCP port number 1–65535, got "${raw}"`);
  }
  return port;
}

function parseTransitionMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const value = raw.trim();
  const ms = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(ms) || ms > MAX_TRANSITION_MS) {
    throw new ConfigError(
      `MOCK_TRANSITION_MS must be a whole number of milliseconds 0–${MAX_TRANSITION_MS} (e.g. 3000 for demos, 50 for tests), got "${raw}"`,
    );
  }
  return ms;
}

function parseFlag(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  throw new ConfigError(`${name} must be 1 (on) or 0 (off), got "${raw}"`);
}

function parseHost(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return '127.0.0.1';
  const host = raw.trim();
  if (/\s|\/|:\/\//.test(host)) {
    throw new ConfigError(`HOST must be a host name or IP address such as 127.0.0.1 or 0.0.0.0, got "${raw}"`);
  }
  return host;
}

interface Args {
  staticDir: string | undefined;
  dataFile: string | undefined;
  upstream?: string;
  region?: string;
  help: boolean;
}

function optionValue(argv: readonly string[], i: number, flag: string, example: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--') || value.trim() === '') {
    throw new ConfigError(`${flag} needs a value, e.g. ${flag} ${example}`);
  }
  return value;
}

function parseArgs(argv: readonly string[]): Args {
  let staticDir: string | undefined;
  let dataFile: string | undefined;
  const upstream: Pick<Args, 'upstream' | 'region'> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (name === '--upstream' || name === '--region') {
      const key = name === '--upstream' ? 'upstream' : 'region';
      const example = name === '--upstream' ? 'otc' : 'eu-de';
      if (inline !== undefined && inline.trim() === '') throw new ConfigError(`${name} needs a value, e.g. ${name}=${example}`);
      upstream[key] = inline ?? optionValue(argv, i, name, example);
      if (inline === undefined) i++;
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--static') {
      const dir = argv[i + 1];
      if (dir === undefined || dir.startsWith('--') || dir.trim() === '') {
        throw new ConfigError('--static needs a directory, e.g. --static dist');
      }
      staticDir = dir;
      i++;
    } else if (arg === '--data-file') {
      dataFile = optionValue(argv, i, '--data-file', '.data/mock-state.json');
      i++;
    } else if (arg.startsWith('--static=')) {
      staticDir = arg.slice('--static='.length);
      if (staticDir.trim() === '') throw new ConfigError('--static needs a directory, e.g. --static=dist');
    } else {
      throw new ConfigError(`Unknown argument "${arg}".\n\n${USAGE}`);
    }
  }
  return { staticDir, dataFile, ...upstream, help };
}

export type ParsedCommandLine = { help: true } | { help: false; config: ServerConfig };

export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedCommandLine {
  const args = parseArgs(argv);
  if (args.help) return { help: true };
  const { staticDir } = args;
  // MOCK_DATA_FILE wins when set at all, so MOCK_DATA_FILE= (empty) turns off the file `npm start` names.
  const dataFile = env.MOCK_DATA_FILE !== undefined ? env.MOCK_DATA_FILE.trim() : args.dataFile;
  return {
    help: false,
    config: {
      port: parsePort(env.PORT),
      host: parseHost(env.HOST),
      transitionMs: parseTransitionMs(env.MOCK_TRANSITION_MS),
      dataFile: dataFile ? dataFile : undefined,
      controlApi: parseFlag('MOCK_CONTROL', env.MOCK_CONTROL) || env.NODE_ENV === 'test',
      staticDir,
      upstream: parseUpstream(args, env),
      requireIssuedToken: parseFlag('MOCK_REQUIRE_TOKEN', env.MOCK_REQUIRE_TOKEN),
      lab: parseFlag('MOCK_LAB', env.MOCK_LAB) || undefined,
    },
  };
}
