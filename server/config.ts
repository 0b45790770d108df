import { MAX_TRANSITION_MS } from '../contract/mock-control.ts';

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
}

/** A start-up problem the admin can fix; main.ts prints the message without a stack trace. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const USAGE = `Usage: node --import tsx server/main.ts [--static <dir>]

  --static <dir>      also serve the built console from <dir> (e.g. dist)
  --data-file <file>  keep the mock state in <file> across restarts (npm start: .data/mock-state.json)

Environment:
  PORT                 TCP port, default 8080
  HOST                 address to bind, default 127.0.0.1
  MOCK_TRANSITION_MS   time per status transition in ms, default 3000
  MOCK_DATA_FILE       JSON file that keeps the mock state across restarts (overrides --data-file);
                       empty = in memory
  MOCK_CONTROL=1       enable the /__mock/* control API (always on when NODE_ENV=test)`;

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
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') help = true;
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
  return { staticDir, dataFile, help };
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
    },
  };
}
