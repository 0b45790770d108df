import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { IamTokenRegistry } from '../iam/token-registry.ts';

/** /__mock/iam: test control of the IAM emulation (contract/iam.ts mockIamPaths). */
export function mockIamControlRoutes(tokens: IamTokenRegistry): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/expire-tokens', (c) => c.json({ expired: tokens.expireAll() }));
  return routes;
}
