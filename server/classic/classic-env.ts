import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** Hono environment of the classic (v2.0) routers: the tenant resolved from the token. */
export interface ClassicEnv {
  Variables: AppEnv['Variables'] & {
    /** The project of the request: X-Project-Id, else the one derived from the token. */
    tenantId: string;
  };
}

export const tenantOf = (c: Context<ClassicEnv>) => c.var.tenantId;
export const idOf = (c: Context<ClassicEnv>) => c.req.param('id') ?? '';
