import { describe, expect, it } from 'vitest';
import { apiBaseNote } from '@/features/settings/components/api-base-note';

const origin = 'https://console.example.net';

describe('apiBaseNote', () => {
  it('warns that another origin is blocked in the built console, and says what to do instead', () => {
    const note = apiBaseNote('https://vpn.eu-de.otc.t-systems.com', origin, false);
    expect(note).toContain('https://vpn.eu-de.otc.t-systems.com is blocked');
    expect(note).toContain('--upstream otc');
  });

  it.each([
    ['the same origin', `${origin}/`, false],
    ['an empty field (this server)', '', false],
    ['the dev server, which has no such policy', 'https://vpn.eu-de.otc.t-systems.com', true],
    ['a value that is not a URL (the field error covers it)', 'vpn.eu-de', false],
  ])('says nothing for %s', (_, apiBase, dev) => {
    expect(apiBaseNote(apiBase, origin, dev)).toBeNull();
  });
});
