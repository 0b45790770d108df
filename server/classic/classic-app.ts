import { Hono, type MiddlewareHandler } from 'hono';
import { PROJECT_ID_HEADER } from '../../contract/classic/classic-paths.ts';
import { classicTenantIdForToken } from '../../contract/classic/classic-tenant.ts';
import { OtcHttpError } from '../http-error.ts';
import { classicConnectionRoutes } from '../routes/classic-connections.ts';
import { classicNetworkRoutes } from '../routes/classic-network.ts';
import { classicPolicyRoutes } from '../routes/classic-policies.ts';
import { classicServiceRoutes } from '../routes/classic-services.ts';
import { recordWrites } from '../record-writes.ts';
import type { MockStore } from '../store/store.ts';
import type { ClassicEnv } from './classic-env.ts';
import { badRequest, internalServerError, NeutronHttpError, respondNeutron, unauthorized } from './classic-errors.ts';
import { ClassicStore } from './classic-store.ts';

// The classic VPN API (v2.0, Neutron style), mounted at /v2.0 beside /v5 on the same server.

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** No project in the path: X-Project-Id names it, else each token stands for its own project. */
const resolveTenant: MiddlewareHandler<ClassicEnv> = async (c, next) => {
  const token = c.req.header('X-Auth-Token')?.trim();
  if (!token) throw unauthorized();
  const explicit = c.req.header(PROJECT_ID_HEADER)?.trim();
  if (explicit !== undefined && explicit !== '' && !PROJECT_ID.test(explicit)) {
    throw badRequest(`${PROJECT_ID_HEADER} "${explicit}" is not a project ID (1–64 letters, digits, _ or -)`);
  }
  c.set('tenantId', explicit ? explicit : classicTenantIdForToken(token));
  await next();
};


export interface ClassicApiOptions {
  logError?: (error: unknown) => void;
  /** Checks tokens the mock IAM issued (expiry; MOCK_REQUIRE_TOKEN=1 refuses any other token). */
  tokenCheck?: MiddlewareHandler<ClassicEnv>;
}

const NEUTRON_TYPES: Record<number, string> = { 401: 'HTTPUnauthorized', 403: 'HTTPForbidden', 404: 'HTTPNotFound', 409: 'HTTPConflict' };

/** The /v2.0 sub-app: tenant from the token, Neutron error bodies, 404 for unknown paths. */
export function classicApi(store: MockStore, options: ClassicApiOptions = {}): Hono<ClassicEnv> {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const classic = new ClassicStore(store);
  const app = new Hono<ClassicEnv>();
  app.use('*', resolveTenant);
  if (options.tokenCheck) app.use('*', options.tokenCheck);
  // The request log redacts every psk.
  app.use('*', recordWrites<ClassicEnv>(store, (c) => c.var.tenantId));
  app.route('/', classicConnectionRoutes(classic));
  app.route('/', classicPolicyRoutes(classic));
  app.route('/', classicServiceRoutes(classic));
  app.route('/', classicNetworkRoutes(classic));
  app.all('*', (c) => {
    throw new NeutronHttpError(404, 'HTTPNotFound', `${c.req.method} ${c.req.path} is not a classic VPN API of this server (paths look like /v2.0/vpn/ipsec-site-connections)`);
  });
  app.onError((error, c) => {
    if (error instanceof NeutronHttpError) return respondNeutron(c, error);
    if (error instanceof OtcHttpError && error.status < 500) {
      return respondNeutron(c, new NeutronHttpError(error.status, NEUTRON_TYPES[error.status] ?? 'HTTPBadRequest', error.message));
    }
    logError(error);
    return respondNeutron(c, internalServerError());
  });
  return app;
}

