import { Hono } from 'hono';
import { labMistakeRequestSchema } from '../../contract/lab-control.ts';
import type { AppEnv } from '../app-env.ts';
import { resourceNotFound } from '../http-error.ts';
import { idOf, projectIdOf } from '../respond.ts';
import { parseBody } from '../validate.ts';
import type { LabBackend } from './lab-backend.ts';

/**
 * /__mock/lab (MOCK_LAB=1 only): the lab's real per-connection status and the "simulate customer-side mistake"
 * control. Mounted whether or not the control API is on, because the console's lab panel needs it; a 404 here
 * tells the console the lab is off.
 */
export function labRoutes(lab: LabBackend): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(lab.status());
  });

  routes.post('/projects/:project_id/vpn-connections/:id/mistake', async (c) => {
    const { mistake } = await parseBody(c, labMistakeRequestSchema);
    const result = await lab.mistake(projectIdOf(c), idOf(c), mistake);
    if (!result) throw resourceNotFound('lab-backed VPN connection', idOf(c));
    return c.json(result);
  });

  return routes;
}
