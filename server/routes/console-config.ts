import { Hono } from 'hono';
import { CONSOLE_CONFIG_PATH, type ConsoleConfig } from '../../contract/console-config.ts';
import type { AppEnv } from '../app-env.ts';

/** GET /console-config.json: which face the API has (mock or proxy, region) and whether sign-in is required. */
export function consoleConfigRoutes(config: ConsoleConfig): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(CONSOLE_CONFIG_PATH, (c) => {
    // Never cached: the same URL answers differently after a restart in another mode.
    c.header('Cache-Control', 'no-store');
    return c.json(config);
  });
  return routes;
}
