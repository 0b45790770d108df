import { describe, expect, it } from 'vitest';
import { createVpnConnectionRequestSchema } from '../vpn-connection.ts';
import { classicJsonExport, v5JsonExport } from './api-json.ts';
import { v5DeviceConfig } from './generate.ts';
import { goldenBgp, goldenClassic, goldenPolicy, goldenStatic, goldenV5 } from './golden-fixtures.ts';
import { parseConnectionImport } from './import-json.ts';
import { classicTerraformExport } from './terraform-classic.ts';
import { v5TerraformExport } from './terraform.ts';

const classicInput = {
  ...goldenClassic,
  localEndpointGroup: { id: '3e1815dd-e212-43d0-8f13-b494fa553e68', name: 'hamburg-local', type: 'subnet', endpoints: ['0b8e2a61-5f7c-4d1e-9a3b-2c4d6e8f0a1b'] },
  peerEndpointGroup: { id: '9ad5a7e0-6dac-41b4-b20d-a7b8645fddf1', name: 'hamburg-peer', type: 'cidr', endpoints: goldenClassic.peerCidrs },
};

describe('JSON export in the API create shape', () => {
  it.each([goldenStatic, goldenPolicy, goldenBgp])('$name is a create body the API accepts once a PSK is added', (c) => {
    const doc = JSON.parse(v5JsonExport([c]).text) as { vpn_connection: Record<string, unknown> };
    expect(doc.vpn_connection).not.toHaveProperty('psk');
    expect(createVpnConnectionRequestSchema.safeParse({ vpn_connection: { ...doc.vpn_connection, psk: 'Abcd1234!x' } }).success).toBe(true);
  });

  it('exports a selection as a list of create bodies in order', () => {
    const out = v5JsonExport([goldenStatic, goldenBgp]);
    expect(out.filename).toBe('vpn-connections-2.json');
    expect((JSON.parse(out.text) as { vpn_connection: { name: string } }[]).map((b) => b.vpn_connection.name)).toEqual(['vpn-berlin-static', 'vpn-1655']);
  });

  it('exports a classic connection with its policies and endpoint groups', async () => {
    await expect(classicJsonExport([classicInput]).text).toMatchFileSnapshot('./__golden__/json-classic.txt');
  });
});

describe('Terraform export', () => {
  it('writes one resource per connection with the PSK as a sensitive variable', async () => {
    const out = v5TerraformExport([goldenStatic, goldenPolicy, goldenBgp]);
    expect(out.text).not.toMatch(/Abcd|secret\s*=/);
    await expect(out.text).toMatchFileSnapshot('./__golden__/terraform-v5.txt');
  });

  it('says that branch interconnection cannot be expressed', () => {
    expect(v5TerraformExport([{ ...goldenBgp, enable_hub: true }]).warnings[0]).toMatch(/enable_hub.*no such argument/);
  });

  it('keeps resource names unique for equal connection names', () => {
    const text = v5TerraformExport([goldenStatic, { ...goldenStatic, id: 'other' }]).text;
    expect(text).toContain('"vpn_berlin_static"');
    expect(text).toContain('"vpn_berlin_static_2"');
  });

  it('writes the classic resources', async () => {
    await expect(classicTerraformExport([classicInput]).text).toMatchFileSnapshot('./__golden__/terraform-classic.txt');
  });
});

describe('import for cloning', () => {
  it('turns an exported connection back into wizard values for a new site', () => {
    const result = parseConnectionImport(v5JsonExport([goldenPolicy]).text);
    if (!result.ok) throw new Error(result.error);
    const [clone] = result.clones;
    expect(clone?.values).toMatchObject({
      style: 'policy',
      name: 'vpn-berlin-policy-copy',
      vgw_id: goldenPolicy.vgw_id,
      cgw_id: '',
      psk: '',
      tunnel_mode: 'auto',
      policy_rules: [{ source: '10.1.0.0/24', destination: ['192.168.44.0/24'] }, { source: '10.2.0.0/16', destination: ['192.168.44.0/24', '192.168.45.0/24'] }],
      ikepolicy: { dh_group: 'group15', local_id: '', peer_id: '' },
    });
    expect(clone?.notes.join(' ')).toMatch(/customer gateway of the new site/);
  });

  it('accepts a selection and a list response, and never imports a PSK', () => {
    const selection = parseConnectionImport(v5JsonExport([goldenStatic, goldenBgp]).text);
    expect(selection.ok && selection.clones.map((c) => c.values.style)).toEqual(['static', 'bgp']);
    const list = parseConnectionImport(JSON.stringify({ vpn_connections: [{ ...goldenBgp, psk: 'Abcd1234!x' }] }));
    expect(list.ok && list.clones[0]?.values.psk).toBe('');
    expect(list.ok && list.clones[0]?.notes.join(' ')).toMatch(/pre-shared key; it was not imported/);
  });

  it.each([
    ['not json', /not JSON/],
    ['{"hello": 1}', /No VPN connection found/],
    ['{"vpn_connection": {"style": "bgp", "peer_subnets": "10.0.0.0/8"}}', /peer_subnets/],
  ])('explains why %s cannot be imported', (text, message) => {
    const result = parseConnectionImport(text);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});

describe('PSK handling in device configurations', () => {
  it('uses a placeholder unless a key is passed explicitly', () => {
    expect(v5DeviceConfig('strongswan', goldenV5.static).text).toContain('secret = "<PRE-SHARED-KEY>"');
    const withKey = v5DeviceConfig('strongswan', goldenV5.static, { psk: 'Abc"d\\1234!x' });
    expect(withKey.text).toContain('secret = "Abc\\"d\\\\1234!x"');
    expect(withKey.text).not.toContain('Replace <PRE-SHARED-KEY>');
  });

  it('names missing gateways as warnings instead of inventing addresses', () => {
    const out = v5DeviceConfig('cisco-ios', { connection: goldenStatic });
    expect(out.text).toContain('address <OTC-GATEWAY-IP>');
    expect(out.warnings.join('\n')).toMatch(/replace <OTC-GATEWAY-IP>[\s\S]*Customer gateway .* is not known/);
  });

  it('reports ciphers a vendor lacks', () => {
    const gcm = { ...goldenStatic, ipsecpolicy: { ...goldenStatic.ipsecpolicy, encryption_algorithm: 'aes-256-gcm-16' } };
    const out = v5DeviceConfig('huawei', { ...goldenV5.static, connection: gcm });
    expect(out.warnings.join('\n')).toMatch(/no ESP encryption algorithm aes-256-gcm-16/);
    expect(out.text).toContain('<NO-ESP-ENCRYPTION-ALGORITHM-aes-256-gcm-16>');
    expect(v5DeviceConfig('strongswan', { ...goldenV5.static, connection: gcm }).text).toContain('esp_proposals = aes256gcm16-modp3072');
  });
});
