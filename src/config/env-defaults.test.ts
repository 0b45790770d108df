import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/config/env';
import { envConnectionDefaults } from '@/config/env-defaults';

// The first paint reads the build's defaults without the schema; both readings must agree.
describe('envConnectionDefaults', () => {
  it.each([
    {},
    { VITE_API_BASE: ' https://vpn.example.test/ ', VITE_PROJECT_ID: ' p-1 ', VITE_API_TOKEN: ' t ' },
    { VITE_API_BASE: '', VITE_PROJECT_ID: '', VITE_API_TOKEN: '' },
  ])('matches env.ts for %o', (source) => {
    const env = parseEnv(source);
    expect(envConnectionDefaults(source)).toEqual({ apiBase: env.VITE_API_BASE, projectId: env.VITE_PROJECT_ID, token: env.VITE_API_TOKEN });
  });

  it.each([{ VITE_API_BASE: 'vpn.example.test' }, { VITE_PROJECT_ID: 'p 1' }])('gives up where env.ts throws: %o', (source) => {
    expect(() => parseEnv(source)).toThrow();
    expect(envConnectionDefaults(source)).toBeUndefined();
  });
});
