import { build, type Plugin, type ResolvedConfig } from 'vite';

const CHARSET_META = /<meta\s+charset\s*=[^>]*>/i;

/**
 * Builds `entry` into a self-contained classic script (its imports bundled in, nothing shared with the
 * application's chunks) and inlines it right after index.html's <meta charset>, so it runs as soon as the HTML
 * is parsed. Before any stylesheet on purpose: a classic script waits for the stylesheets above it to load.
 * The console's server allows it by hash (server/inline-scripts.ts). Build only: `vite dev` has no CSP and
 * the start-up script does the same work one round trip later.
 */
export function inlineScript(entry: string): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'otc:inline-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async transformIndexHtml(html) {
      if (!config) throw new Error('inline-script: the Vite config was not resolved');
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        envDir: config.envDir,
        envPrefix: config.envPrefix,
        logLevel: 'warn',
        resolve: { alias: config.resolve.alias },
        build: {
          write: false,
          emptyOutDir: false,
          copyPublicDir: false,
          sourcemap: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'otcInlineScript' },
        },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const chunks = outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
      const [chunk, ...extra] = chunks;
      if (!chunk || extra.length > 0) throw new Error(`inline-script: ${entry} must build into exactly one chunk, got ${chunks.length}`);
      // The HTML parser would end the script early at either of these.
      if (/<\/script|<!--/i.test(chunk.code)) throw new Error(`inline-script: the build of ${entry} contains "</script" or "<!--"`);
      const charset = CHARSET_META.exec(html);
      if (!charset) throw new Error('inline-script: index.html has no <meta charset> to put the script after');
      const at = charset.index + charset[0].length;
      return `${html.slice(0, at)}\n    <script>${chunk.code.trim()}</script>${html.slice(at)}`;
    },
  };
}
