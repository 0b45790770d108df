import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './app-env.ts';
import { consoleConfigOf, mountFrontFaces, type FrontFaceOptions } from './front-faces.ts';
import { classicApi } from './classic/classic-app.ts';
import { OtcHttpError, internalError, invalidRequest, tokenMissing } from './http-error.ts';
import { newUuid } from './ids.ts';
import { issuedTokenCheck } from './iam/token-check.ts';
import { IamTokenRegistry } from './iam/token-registry.ts';
import { recordWrites } from './record-writes.ts';
import { respondError } from './respond.ts';
import { customerGatewayRoutes } from './routes/customer-gateways.ts';
import { labRoutes } from './lab/lab-routes.ts';
import type { LabBackend } from './lab/lab-backend.ts';
import { mockControlRoutes } from './routes/mock-control.ts';
import { mockQuotaRoutes } from './routes/mock-quotas.ts';
import { quotaRoutes } from './routes/quotas.ts';
import { tagRoutes } from './routes/tags.ts';
import { vpnConnectionLogRoutes } from './routes/vpn-connection-logs.ts';
import { vpnConnectionRoutes } from './routes/vpn-connections.ts';
import { vpnGatewayRoutes } from './routes/vpn-gateways.ts';
import { securityHeaders } from './security-headers.ts';
import { createStaticHost } from './static-host.ts';
import type { MockStore } from './store/store.ts';

export interface AppOptions extends FrontFaceOptions {
  /** Mount the /__mock/* control API. @default false */
  controlApi?: boolean;
  /** The live IPsec lab (MOCK_LAB=1): mounts /__mock/lab. */
  lab?: LabBackend;
  /** Absolute directory of the built SPA to serve (see resolveStaticDir); omitted = API only. */
  staticRoot?: string;
  /** Where unexpected errors are reported (never to the client). @default console.error */
  logError?: (error: unknown) => void;
}

const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = newUuid();
  c.set('requestId', id);
  await next();
  c.header('X-Request-Id', id);
};

// The mock accepts any project-scoped token; what matters is that clients send one.
const requireToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.req.header('X-Auth-Token')?.trim()) throw tokenMissing();
  await next();
};


function toOtcError(error: unknown, logError: (error: unknown) => void): OtcHttpError {
  if (error instanceof OtcHttpError) return error;
  if (error instanceof URIError) return invalidRequest('the URL contains an invalid percent-encoding');
  if (error instanceof HTTPException && error.status < 500) {
    return new OtcHttpError(error.status === 401 ? 401 : 400, error.status === 401 ? 'VPN.0010' : 'VPN.0001', `invalid request: ${error.message}`);
  }
  logError(error);
  return internalError();
}

function notFound(c: Context<AppEnv>): Response {
  const error = new OtcHttpError(
    404,
    'VPN.0004',
    `resource not found: ${c.req.method} ${c.req.path} is not an API of this server (v5 paths look like /v5/{project_id}/vpn-connection)`,
  );
  return respondError(c, error);
}

/**
 * The whole server as a Hono app: mock OTC v5 API, optional control API and static SPA host.
 * Never listens (server/main.ts does), so tests drive it with app.request().
 */
export function createApp(store: MockStore, options: AppOptions = {}): Hono<AppEnv> {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const app = new Hono<AppEnv>();
  app.use('*', requestId);
  app.use('*', securityHeaders());
  app.use('*', compress());

  app.get('/__health', (c) => c.json({ status: 'ok' }));
  // Console config, OpenAPI, IAM emulation, and in proxy mode the proxy, which shadows the mock API below.
  const iamTokens = new IamTokenRegistry(store.clock);
  mountFrontFaces(app, iamTokens, options);

  const v5 = new Hono<AppEnv>();
  v5.use('*', requireToken, issuedTokenCheck(iamTokens, options.requireIssuedToken ?? false), recordWrites<AppEnv>(store, (c) => c.req.param('project_id') ?? ''));
  v5.route('/', tagRoutes(store));
  v5.route('/', vpnConnectionRoutes(store));
  v5.route('/', vpnConnectionLogRoutes(store));
  v5.route('/', vpnGatewayRoutes(store));
  v5.route('/', customerGatewayRoutes(store));
  v5.route('/', quotaRoutes(store));
  app.route('/v5/:project_id', v5);
  // Classic VPN (v2.0): same server and port, project from the token, Neutron-style errors.
  app.route('/v2.0', classicApi(store, { logError, tokenCheck: issuedTokenCheck(iamTokens, options.requireIssuedToken ?? false) }));

  if (options.lab) app.route('/__mock/lab', labRoutes(options.lab));
  if (options.controlApi) {
    app.route('/__mock', mockControlRoutes(store));
    app.route('/__mock', mockQuotaRoutes(store));
  }
  if (options.staticRoot) app.route('/', createStaticHost(options.staticRoot, consoleConfigOf(options)));

  app.notFound(notFound);
  app.onError((error, c) => respondError(c, toOtcError(error, logError)));
  return app;
}
