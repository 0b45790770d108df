import { describe, expect, it } from 'vitest';
import { DEMO_PROJECT_ID } from '@/config/env-defaults';
import { parseEnv } from '@/config/env';

describe('parseEnv', () => {
  it('defaults to the same origin, the demo project and the demo token', () => {
    expect(parseEnv({})).toEqual({ VITE_API_BASE: '', VITE_PROJECT_ID: DEMO_PROJECT_ID, VITE_API_TOKEN: 'demo-token' });
    expect(parseEnv({ VITE_PROJECT_ID: '  ', VITE_API_TOKEN: '' }).VITE_PROJECT_ID).toBe(DEMO_PROJECT_ID);
  });

  it('takes an http(s) API base and drops trailing slashes', () => {
    expect(parseEnv({ VITE_API_BASE: 'https://vpn.eu-de.otc.t-systems.com/' }).VITE_API_BASE).toBe(
      'https://vpn.eu-de.otc.t-systems.com',
    );
  });

  it('fails fast, naming each bad variable and what would be right', () => {
    expect(() => parseEnv({ VITE_API_BASE: 'vpn.example.com', VITE_PROJECT_ID: 'no spaces' })).toThrow(
      /VITE_API_BASE must be an http\(s\) URL[\s\S]*VITE_PROJECT_ID must be 1–64 letters/,
    );
  });
});
