import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { constants, brotliCompressSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { getMimeType } from 'hono/utils/mime';
import type { ConsoleConfig } from '../contract/console-config.ts';
import type { AppEnv } from './app-env.ts';
import { ConfigError } from './config.ts';
import { indexHtmlSource } from './index-html.ts';

/** Paths that belong to an API (mock, proxy, control, health); they never fall back to the SPA. */
const API_PREFIXES = ['/v5/', '/v2.0/', '/v3/', '/__mock/', '/__health'];

export function isApiPath(requestPath: string): boolean {
  return API_PREFIXES.some((prefix) => requestPath === prefix.replace(/\/$/, '') || requestPath.startsWith(prefix));
}

/** Resolves `--static <dir>` and checks that it holds a build, so a missing build fails at start-up. */
export function resolveStaticDir(dir: string): string {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new ConfigError(`--static ${dir}: there is no index.html in ${root}; run "npm run build" first or point --static at the build output`);
  }
  return root;
}

// Vite puts content-hashed files under /assets, so they can be cached for a year; everything else
// (index.html above all) must be revalidated so a new deploy is picked up at once.
function cacheControlFor(requestPath: string): string {
  return requestPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function safeRelativePath(requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (/(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\|\0/.test(decoded)) return undefined;
  return decoded === '/' ? '/index.html' : decoded;
}

function acceptsBrotli(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    return name?.trim().toLowerCase() === 'br' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

interface CachedBrotli {
  mtimeMs: number;
  size: number;
  body: Uint8Array<ArrayBuffer>;
}

/**
 * hono/compress only speaks gzip/deflate on Node 20, so brotli for the static files is done here,
 * once per file version (the files are immutable between builds).
 */
function brotliStatic(root: string): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, CachedBrotli>();
  return async (c, next) => {
    if (!acceptsBrotli(c.req.header('Accept-Encoding'))) return next();
    const relative = safeRelativePath(c.req.path);
    if (!relative) return next();
    const file = path.join(root, relative);
    const type = getMimeType(file);
    if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return next();
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return next();
    }
    if (!stats.isFile() || stats.size < 1024) return next();
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
      const compressed = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 7 } });
      entry = { mtimeMs: stats.mtimeMs, size: stats.size, body: new Uint8Array(compressed) };
      cache.set(file, entry);
    }
    c.header('Content-Type', type);
    c.header('Content-Encoding', 'br');
    c.header('Vary', 'Accept-Encoding');
    c.header('Last-Modified', stats.mtime.toUTCString());
    c.header('Content-Length', String(entry.body.byteLength));
    return c.req.method === 'HEAD' ? c.body(null, 200) : c.body(entry.body, 200);
  };
}

function looksLikeFile(requestPath: string): boolean {
  return requestPath.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(requestPath);
}

/**
 * Serves the built SPA: files from `root`, long cache for hashed assets, and index.html for deep
 * links such as /vpn-connections/123 so the client router can take over. API paths and missing
 * files fall through to the app's 404. Every copy of index.html carries the console config (see index-html.ts).
 */
export function createStaticHost(root: string, consoleConfig?: ConsoleConfig): Hono<AppEnv> {
  const host = new Hono<AppEnv>();
  const indexHtmlFile = indexHtmlSource(root, consoleConfig);
  const indexHtml = async (c: Context<AppEnv>) => {
    const { html, scriptHashes } = await indexHtmlFile();
    c.set('scriptHashes', scriptHashes);
    return c.html(html);
  };
  host.on(['GET', 'HEAD'], '*', async (c, next) => {
    await next();
    // Set on the way out so only files actually served get a cache policy (never a 404).
    if (c.res.status === 200 && !isApiPath(c.req.path)) c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
  });
  host.on(['GET', 'HEAD'], ['/', '/index.html'], indexHtml);
  const brotli = brotliStatic(root);
  host.on(['GET', 'HEAD'], '*', async (c, next) => (isApiPath(c.req.path) ? next() : brotli(c, next)));
  host.on(['GET', 'HEAD'], '*', serveStatic<AppEnv>({ root }));
  host.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (isApiPath(c.req.path) || looksLikeFile(c.req.path)) return next();
    return indexHtml(c);
  });
  return host;
}
