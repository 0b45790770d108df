import { test as base } from '@playwright/test';
import { E2E_TRANSITION_MS, MockApi } from './mock-api.ts';

export { expect } from '@playwright/test';
export { DEMO_PROJECT_ID, DEMO_TOKEN, E2E_PSK, MockApi } from './mock-api.ts';

interface Fixtures {
  /** The mock OTC server, reset and seeded with the demo project before every test. */
  api: MockApi;
}

export const test = base.extend<Fixtures>({
  // Auto: every test starts from the same seeded state whether or not it asks for `api`, so tests stay
  // independent of each other and of their order.
  api: [
    async ({ request }, use) => {
      const api = new MockApi(request);
      await api.reset();
      await api.setTransition(E2E_TRANSITION_MS);
      await api.seed();
      await use(api);
    },
    { auto: true },
  ],
});
