import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { labPaths } from '../contract/lab-control.ts';
import { v5Paths } from '../contract/api-paths.ts';
import { DEMO_PROJECT_ID, DEMO_TOKEN, E2E_PSK } from './mock-api.ts';

// Issue 8, lab mode: a connection backed by real strongSwan daemons goes ACTIVE in the console, and a simulated
// customer-side mistake shows up as the status and reason a real gateway would give. It needs its own server
// with MOCK_LAB=1 (root, charon-systemd, kernel-libipsec); elsewhere the spec says why and defines no test.

const labAvailable =
  typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/sbin/charon-systemd') && existsSync('/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so');
const PORT = Number(process.env.E2E_PORT || 4173) + 2;
const base = `http://127.0.0.1:${PORT}`;
const headers = { 'X-Auth-Token': DEMO_TOKEN, 'Content-Type': 'application/json' };

if (!labAvailable) {
  console.log('Skipping the lab-mode e2e: it needs root, /usr/sbin/charon-systemd and the kernel-libipsec plugin (libcharon-extra-plugins).');
} else {
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--static', 'dist'], {
      env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', MOCK_LAB: '1', MOCK_CONTROL: '1', MOCK_TRANSITION_MS: '300', MOCK_DATA_FILE: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      server?.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('ready on')) resolve();
      });
      server?.once('exit', (code) => reject(new Error(`lab server exited with ${code}: ${out}`)));
    });
  });

  test.afterAll(async () => {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server?.kill('SIGTERM');
    await exited;
  });

  test('lab mode: the status goes ACTIVE for real, and a wrong PSK on the device shows why it fails', async ({ page, request }) => {
    const project = DEMO_PROJECT_ID;
    const gateways = (await (await request.get(`${base}${v5Paths.vpnGateways(project)}`, { headers })).json()) as { vpn_gateways: { id: string; name: string; eip1?: { id?: string } }[] };
    const gateway = gateways.vpn_gateways.find((g) => g.name === 'vpngw-fra-core')!;
    const cgw = await request.post(`${base}${v5Paths.customerGateways(project)}`, { headers, data: { customer_gateway: { name: 'lab-e2e-site', id_value: '198.51.100.60', bgp_asn: 65160 } } });
    const cgwId = ((await cgw.json()) as { customer_gateway: { id: string } }).customer_gateway.id;
    const created = await request.post(`${base}${v5Paths.vpnConnections(project)}`, {
      headers,
      data: { vpn_connection: { name: 'lab-e2e', vgw_id: gateway.id, vgw_ip: gateway.eip1!.id!, cgw_id: cgwId, psk: E2E_PSK, peer_subnets: ['192.168.230.0/24'] } },
    });
    const id = ((await created.json()) as { vpn_connection: { id: string } }).vpn_connection.id;

    await page.goto(`${base}/vpn-connections/${id}`);
    const panel = page.getByRole('alert', { name: 'Live IPsec lab' });
    await expect(page.getByRole('main').getByTestId('status-badge').first()).toHaveText('Active', { timeout: 20000 });
    await expect(panel.getByTestId('lab-status')).toHaveText('ACTIVE');

    await panel.getByRole('combobox', { name: 'Simulate a customer-side mistake' }).click();
    await page.getByRole('option', { name: /Wrong pre-shared key/ }).click();
    await panel.getByRole('button', { name: 'Apply and renegotiate' }).click();
    await expect(panel.getByTestId('lab-reason')).toContainText('AUTHENTICATION_FAILED');
    await expect(page.getByRole('main').getByTestId('status-badge').first()).toHaveText('Not connected');
    const lab = (await (await request.get(`${base}${labPaths.status}`)).json()) as { connections: { id: string; status: string }[] };
    expect(lab.connections.find((c) => c.id === id)?.status).toBe('DOWN');
  });
}
