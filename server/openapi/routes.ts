import { classicOperations } from './classic-operations.ts';
import type { ApiOperation } from './operation.ts';
import { controlOperations, iamOperations, serverOperations } from './server-operations.ts';
import { v5Operations } from './v5-operations.ts';

/**
 * Every route the server serves, as the OpenAPI document lists them. Adding a route to the app? Add its
 * operation to one of these lists (or a new `<area>-operations.ts`): document.test.ts fails while a mounted
 * route is missing here.
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  ...v5Operations,
  ...classicOperations,
  ...iamOperations,
  ...controlOperations,
  ...serverOperations,
];
