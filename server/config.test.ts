import { describe, expect, it } from 'vitest';
import { parseCommandLine, type ServerConfig } from './config.ts';

function configOf(argv: string[], env: Record<string, string>): ServerConfig {
  const parsed = parseCommandLine(argv, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.config;
}

describe('parseCommandLine', () => {
  it('uses the documented defaults', () => {
    expect(configOf([], {})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      transitionMs: 3000,
      dataFile: undefined,
      controlApi: false,
      staticDir: undefined,
      upstream: { mode: 'mock' },
      requireIssuedToken: false,
    });
  });

  it('reads every setting', () => {
    const env = { PORT: '8090', HOST: '0.0.0.0', MOCK_TRANSITION_MS: '50', MOCK_DATA_FILE: '.data/x.json', MOCK_CONTROL: '1' };
    expect(configOf(['--static', 'dist'], env)).toEqual({
      port: 8090,
      host: '0.0.0.0',
      transitionMs: 50,
      dataFile: '.data/x.json',
      controlApi: true,
      staticDir: 'dist',
      upstream: { mode: 'mock' },
      requireIssuedToken: false,
    });
    expect(configOf(['--static=build'], {}).staticDir).toBe('build');
  });

  it('takes the data file from --data-file unless MOCK_DATA_FILE is set (empty turns it off)', () => {
    expect(configOf(['--data-file', '.data/s.json'], {}).dataFile).toBe('.data/s.json');
    expect(configOf(['--data-file', '.data/s.json'], { MOCK_DATA_FILE: '/tmp/o.json' }).dataFile).toBe('/tmp/o.json');
    expect(configOf(['--data-file', '.data/s.json'], { MOCK_DATA_FILE: '' }).dataFile).toBeUndefined();
  });

  it('treats an empty MOCK_DATA_FILE as in-memory and NODE_ENV=test as control on', () => {
    const config = configOf([], { MOCK_DATA_FILE: '  ', NODE_ENV: 'test' });
    expect(config.dataFile).toBeUndefined();
    expect(config.controlApi).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a TCP port number 1–65535, got "abc"'],
    [{ PORT: '0' }, 'PORT must be a TCP port number 1–65535, got "0"'],
    [{ PORT: '70000' }, 'PORT must be a TCP port number 1–65535, got "70000"'],
    [{ PORT: '80.5' }, 'PORT must be a TCP port number 1–65535, got "80.5"'],
    [{ MOCK_TRANSITION_MS: 'fast' }, 'MOCK_TRANSITION_MS must be a whole number of milliseconds 0–600000'],
    [{ MOCK_TRANSITION_MS: '-5' }, 'got "-5"'],
    [{ MOCK_CONTROL: 'maybe' }, 'MOCK_CONTROL must be 1 (on) or 0 (off), got "maybe"'],
    [{ HOST: 'http://localhost' }, 'HOST must be a host name or IP address'],
  ])('rejects bad env %j with a message naming the fix', (env, message) => {
    expect(() => parseCommandLine([], env)).toThrow(message);
  });

  it.each([
    [['--static'], '--static needs a directory, e.g. --static dist'],
    [['--static='], '--static needs a directory'],
    [['--port', '1'], 'Unknown argument "--port"'],
  ])('rejects bad arguments %j', (argv, message) => {
    expect(() => parseCommandLine(argv, {})).toThrow(message);
  });

  it('recognises --help', () => {
    expect(parseCommandLine(['--help'], { PORT: 'abc' })).toEqual({ help: true });
  });
});
