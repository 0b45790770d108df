import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONSOLE_CONFIG_META_NAME, type ConsoleConfig } from '../contract/console-config.ts';
import { escapeHtml } from './html-escape.ts';
import { inlineScriptHashes } from './inline-scripts.ts';

/** index.html with the console config as a meta tag at the top of <head> (a data attribute: no script, CSP-neutral). */
export function embedConsoleConfig(html: string, config: ConsoleConfig): string {
  const meta = `<meta name="${CONSOLE_CONFIG_META_NAME}" content="${escapeHtml(JSON.stringify(config))}" />`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

export interface IndexHtml {
  html: string;
  /** For the page's CSP: its inline scripts, by hash. */
  scriptHashes: string[];
}

/** Reads index.html once per file version and returns it with the config embedded. */
export function indexHtmlSource(root: string, config: ConsoleConfig | undefined): () => Promise<IndexHtml> {
  const file = path.join(root, 'index.html');
  let cached: ({ mtimeMs: number } & IndexHtml) | undefined;
  return async () => {
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) {
      const raw = await readFile(file, 'utf8');
      const html = config ? embedConsoleConfig(raw, config) : raw;
      cached = { mtimeMs, html, scriptHashes: inlineScriptHashes(html) };
    }
    return cached;
  };
}
