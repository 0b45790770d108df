import { systemClock } from '../clock.ts';
import { PSK, eipId, demo, paths, setup, type CallResult } from '../test-support.ts';
import { capabilityMessage, checkLabCapability } from './capability.ts';
import { LabBackend } from './lab-backend.ts';
import { sleep } from './run.ts';

// Shared set-up of the live lab tests (not used by production code). They run only where the lab can: as root
// with charon-systemd, kernel-libipsec and bird2; elsewhere they report why once and do nothing.

export const capability = checkLabCapability();
export const labAvailable = capability.ok && capability.bird;
export const skipReason = labAvailable ? '' : capability.ok ? 'bird2 is missing (apt-get install -y bird2)' : capabilityMessage(capability);

let told = false;
/** Prints the skip reason once per test file, from a describe-level beforeAll. */
export function reportSkip(what: string): void {
  if (!labAvailable && !told) {
    told = true;
    console.log(`Skipping ${what}: ${skipReason}`);
  }
}

export type Call = (method: string, path: string, body?: unknown) => Promise<CallResult>;

/** An app on the real clock with a lab behind it; transitions are short so statuses settle quickly. */
export function setupLab() {
  const lab = new LabBackend(capability);
  const env = setup({ store: { clock: systemClock, transitionMs: 20, lab }, app: { lab } });
  lab.attach(env.store);
  return { ...env, lab };
}

let site = 0;

/** A customer gateway of its own (distinct address and ASN) and a connection on vpngw-fra-core towards it. */
export async function createLabConnection(call: Call, body: Record<string, unknown>, slot: 1 | 2 = 1): Promise<string> {
  site++;
  const cgw = await call('POST', paths.cgws(), { customer_gateway: { name: `lab-site-${site}`, id_value: `198.51.100.${10 + site}`, bgp_asn: 65100 + site } });
  if (cgw.status !== 201) throw new Error(`customer gateway: ${JSON.stringify(cgw.body)}`);
  const res = await call('POST', paths.connections(), {
    vpn_connection: { vgw_id: demo('gw-fra-core'), vgw_ip: eipId('gw-fra-core', slot), cgw_id: cgw.body.customer_gateway.id, psk: PSK, ...body },
  });
  if (res.status !== 201) throw new Error(`connection: ${JSON.stringify(res.body)}`);
  return res.body.vpn_connection.id as string;
}

/** Polls the show endpoint (what a client sees) until the status is reached; returns the last status. */
export async function waitForStatus(call: Call, id: string, status: string, timeoutMs = 20000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await call('GET', paths.connection(id))).body.vpn_connection?.status ?? 'gone';
    if (last === status) return last;
    await sleep(50);
  }
  return last;
}
