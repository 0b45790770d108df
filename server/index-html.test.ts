import { describe, expect, it } from 'vitest';
import { embedConsoleConfig } from './index-html.ts';

const config = { mode: 'proxy' as const, region: 'eu-de', sign_in_required: true, endpoints: { vpn: 'https://vpn.eu-de.otc.t-systems.com', vpc: 'https://vpc.eu-de.otc.t-systems.com', iam: 'https://iam.eu-de.otc.t-systems.com/v3?a="<b>"&c' } };

function metaContent(html: string): unknown {
  const raw = /<meta name="otc-console-config" content="([^"]*)" \/>/.exec(html)?.[1];
  if (raw === undefined) return undefined;
  return JSON.parse(raw.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'));
}

describe('embedConsoleConfig', () => {
  it('puts the config at the top of <head>, escaped so no value can leave the attribute', () => {
    const html = embedConsoleConfig('<!doctype html><html><head lang="en"><title>x</title></head><body></body></html>', config);
    expect(html.indexOf('otc-console-config')).toBeLessThan(html.indexOf('<title>'));
    expect(html).not.toContain('"<b>"');
    expect(metaContent(html)).toEqual(config);
  });

  it('leaves a page without <head> as it is (the console then fetches /console-config.json)', () => {
    expect(embedConsoleConfig('<p>no head</p>', config)).toBe('<p>no head</p>');
  });
});
