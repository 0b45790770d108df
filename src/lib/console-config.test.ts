import { CONSOLE_CONFIG_META_NAME } from '@contract/console-config';
import { describe, expect, it } from 'vitest';
import { embeddedConsoleConfig } from '@/lib/console-config';

function page(content: string | undefined): Document {
  const doc = document.implementation.createHTMLDocument('console');
  if (content !== undefined) {
    const meta = doc.createElement('meta');
    meta.name = CONSOLE_CONFIG_META_NAME;
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

describe('embeddedConsoleConfig', () => {
  it('reads the config the server wrote into the page', () => {
    const config = { mode: 'proxy', region: 'eu-nl', sign_in_required: true, endpoints: { vpn: 'https://v', vpc: 'https://c', iam: 'https://i' } };
    expect(embeddedConsoleConfig(page(JSON.stringify(config)))).toEqual(config);
  });

  it.each([
    ['no tag (vite dev)', undefined],
    ['broken JSON', '{"mode":'],
    ['a shape it does not know', JSON.stringify({ mode: 'cloud', sign_in_required: 'yes' })],
  ])('ignores %s, so the console fetches /console-config.json instead', (_, content) => {
    expect(embeddedConsoleConfig(page(content))).toBeUndefined();
  });
});
