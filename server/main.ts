import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, parseCommandLine, USAGE, type ServerConfig } from './config.ts';
import { createStateFile, PersistenceError } from './persistence.ts';
import { resolveStaticDir } from './static-host.ts';
import { startLab } from './lab/lab-start.ts';
import { MockStore } from './store/store.ts';
import type { UpstreamConfig } from './upstream-config.ts';

// The only file that binds a port: parse settings, restore state, listen, print one ready line.

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

interface Face {
  app: ReturnType<typeof createApp>;
  /** What the ready line says after the URL. */
  details: string[];
  /** Saves state before exit. */
  close: () => void;
}

function mockFace(config: ServerConfig, staticRoot: string | undefined): Face {
  const stateFile = config.dataFile === undefined ? undefined : createStateFile(config.dataFile);
  const lab = config.lab ? startLab() : undefined;
  const store = new MockStore({ transitionMs: config.transitionMs, stateFile, lab });
  lab?.attach(store);
  let restored: number;
  try {
    restored = store.load();
  } catch (error) {
    if (error instanceof PersistenceError) {
      fail(
        `Cannot start: MOCK_DATA_FILE ${error.message}.\n` +
          'The file is left untouched. Fix it, move it away to start from the demo seed, or unset MOCK_DATA_FILE to keep state in memory only.',
      );
    }
    throw error;
  }
  const app = createApp(store, { controlApi: config.controlApi, staticRoot, requireIssuedToken: config.requireIssuedToken, lab });
  const details = [
    staticRoot ? `console + mock OTC API, static files from ${config.staticDir}` : 'mock OTC API',
    stateFile ? `state in ${config.dataFile}${restored ? ` (${restored} project${restored === 1 ? '' : 's'} restored)` : ''}` : 'state in memory',
    `transitions ${config.transitionMs} ms`,
    config.controlApi ? 'control API on' : 'control API off',
    ...(config.requireIssuedToken ? ['only tokens issued by the mock IAM'] : []),
    ...(lab ? ['IPsec lab on (MOCK_LAB)'] : []),
  ];
  return { app, details, close: () => { store.close(); lab?.shutdownSync(); } };
}

function proxyFace(upstream: UpstreamConfig & { mode: 'otc' }, staticRoot: string | undefined): Face {
  // The mock's routes stay mounted behind the proxy but are never reached, so its store stays empty and
  // unsaved; the data file and the control API do not apply to proxy mode.
  const app = createApp(new MockStore(), { staticRoot, proxy: { ...upstream } });
  const { vpn, vpc, iam } = upstream.endpoints;
  const details = [
    `${staticRoot ? 'console + ' : ''}proxy to OTC ${upstream.region}${upstream.customEndpoints ? ' (custom endpoints)' : ''}`,
    `vpn ${vpn}, vpc ${vpc}, iam ${iam}`,
    `timeout ${upstream.timeoutMs} ms`,
  ];
  return { app, details, close: () => undefined };
}

function start(config: ServerConfig): void {
  const staticRoot = config.staticDir === undefined ? undefined : resolveStaticDir(config.staticDir);
  const face = config.upstream.mode === 'otc' ? proxyFace(config.upstream, staticRoot) : mockFace(config, staticRoot);
  const server = serve({ fetch: face.app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    console.log(`OTC VPN Console ready on http://${shownHost}:${info.port} (${face.details.join('; ')})`);
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`Port ${config.port} on ${config.host} is already in use: stop the other server or start with another PORT, e.g. PORT=8090.`);
    if (error.code === 'EACCES') fail(`Not allowed to listen on ${config.host}:${config.port}: pick a PORT above 1023.`);
    fail(`The server could not listen on ${config.host}:${config.port}: ${error.message}`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    try {
      face.close();
    } catch (error) {
      console.error(`Could not save the mock state on ${signal}: ${error instanceof Error ? error.message : String(error)}`);
    }
    server.close(() => process.exit(0));
    // Keep-alive browser connections would hold close() open: drop idle ones now, busy ones shortly.
    if ('closeIdleConnections' in server) {
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 500).unref();
    }
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  if (parsed.help) {
    console.log(USAGE);
  } else {
    start(parsed.config);
  }
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
