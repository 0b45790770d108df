/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineScript } from './scripts/inline-script-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The dev server forwards API calls to the mock (or proxy) server started by `npm run dev`.
const apiTarget = process.env.DEV_API_TARGET || 'http://127.0.0.1:8081';
const apiPrefixes = ['/v5', '/v2.0', '/v3', '/__mock', '/openapi.json', '/api-docs', '/console-config.json'];

export default defineConfig({
  // The list's first requests leave from index.html itself (docs/decisions/0011).
  plugins: [react(), inlineScript(here('./src/app/first-paint/inline-early-requests.ts'))],
  resolve: {
    alias: {
      '@contract': here('./contract'),
      '@': here('./src'),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(apiPrefixes.map((p) => [p, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    sourcemap: true,
    // The vendor chunk below is ~1 MB minified (300 kB brotli), on purpose.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // One vendor chunk instead of ~40 small ones: a first visit fetches and compiles far fewer files
        // (list page, cold cache: 866 → 731 ms in `npm run bench list-scale`; warm loads unchanged). It is
        // content-hashed and cached for a year, so it is fetched again only when a dependency changes.
        // Only JavaScript: a package's CSS in it would make the entry import the whole chunk.
        // The start-up entry imports no package (docs/decisions/0009); what it shares with the application
        // goes into one "start" chunk rather than a dozen tiny ones the entry would wait for.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 2 },
            { name: 'vendor', test: /node_modules[\\/].*\.[cm]?[jt]sx?$/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['contract/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/testing/setup-tests.ts'],
          css: false,
          // Whole-wizard component tests type into dozens of fields; jsdom on 2 busy cores needs headroom.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
