import type { Hono } from 'hono';
import type { ConsoleConfig } from '../contract/console-config.ts';
import type { AppEnv } from './app-env.ts';
import type { IamTokenRegistry } from './iam/token-registry.ts';
import { openApiRoutes } from './openapi/openapi-routes.ts';
import { proxyRoutes, type ProxyOptions } from './proxy/proxy-routes.ts';
import { consoleConfigRoutes } from './routes/console-config.ts';
import { iamRoutes } from './routes/iam.ts';
import { mockIamControlRoutes } from './routes/mock-iam-control.ts';

/** Options of the faces in front of the mock API: proxy mode and the IAM emulation's strictness. */
export interface FrontFaceOptions {
  /** Proxy mode: forward /v5, /v2.0 and /v3 to these OTC endpoints instead of answering from the mock. */
  proxy?: ProxyOptions & { region: string };
  /** MOCK_REQUIRE_TOKEN: the mock accepts only tokens its IAM emulation issued. @default false */
  requireIssuedToken?: boolean;
}

export function consoleConfigOf(options: FrontFaceOptions): ConsoleConfig {
  if (options.proxy) {
    return { mode: 'proxy', region: options.proxy.region, sign_in_required: true, endpoints: { ...options.proxy.endpoints } };
  }
  return { mode: 'mock', region: null, sign_in_required: options.requireIssuedToken ?? false, endpoints: null };
}

/**
 * Mounts /console-config.json, /openapi.json + /api-docs, and either the proxy (which then answers every
 * /v5, /v2.0 and /v3 request itself, so the mock routes mounted after it are never reached) or the mock IAM.
 */
export function mountFrontFaces(app: Hono<AppEnv>, tokens: IamTokenRegistry, options: FrontFaceOptions & { controlApi?: boolean }): void {
  app.route('/', consoleConfigRoutes(consoleConfigOf(options)));
  app.route('/', openApiRoutes());
  if (options.proxy) {
    app.route('/', proxyRoutes(options.proxy));
    return;
  }
  app.route('/v3', iamRoutes({ tokens, requireIssuedToken: options.requireIssuedToken ?? false }));
  if (options.controlApi) app.route('/__mock/iam', mockIamControlRoutes(tokens));
}
