import { describe, expect, it } from 'vitest';
import { v5DeviceConfig } from '../../contract/device-config/generate.ts';
import { goldenV5 } from '../../contract/device-config/golden-fixtures.ts';
import { labChild, parseSwanctl, swanctlToVici } from './swanctl-parse.ts';

describe('reading the strongSwan export back as vici messages', () => {
  it('turns a policy-style export into one load-conn with a child per rule and the PSK', () => {
    const text = v5DeviceConfig('strongswan', goldenV5.policy, { psk: 'Abcd1234!x' }).text;
    const load = swanctlToVici(parseSwanctl(text));
    expect(load.connections).toHaveLength(1);
    const conn = load.connections[0];
    expect(conn?.children).toEqual(['otc-vpn-berlin-policy-1', 'otc-vpn-berlin-policy-2']);
    expect(conn?.message).toMatchObject({
      'otc-vpn-berlin-policy': {
        version: '2',
        local_addrs: ['88.99.1.164'],
        proposals: ['aes128-sha256-modp3072'],
        children: { 'otc-vpn-berlin-policy-2': { local_ts: ['192.168.44.0/24', '192.168.45.0/24'], remote_ts: ['10.2.0.0/16'] } },
      },
    });
    expect(load.secrets).toEqual([{ type: 'IKE', data: 'Abcd1234!x', owners: ['88.99.1.164', '80.158.10.11'] }]);
  });

  it('drops only the XFRM interface ids and the start action for the lab', () => {
    const text = v5DeviceConfig('strongswan', goldenV5.static).text;
    const child = swanctlToVici(parseSwanctl(text), labChild).connections[0]?.message['otc-vpn-berlin-static'];
    const children = (child as { children: Record<string, Record<string, unknown>> }).children;
    expect(children['otc-vpn-berlin-static']).toEqual({
      local_ts: ['0.0.0.0/0'],
      remote_ts: ['0.0.0.0/0'],
      esp_proposals: ['aes128-sha256-modp3072'],
      rekey_time: '3600s',
      dpd_action: 'restart',
    });
  });

  it('keeps quotes, escapes and # inside strings', () => {
    expect(parseSwanctl('secrets {\n ike-x {\n  secret = "a#b\\"c" # comment\n }\n}\n')).toEqual({ secrets: { 'ike-x': { secret: 'a#b"c' } } });
  });

  it.each([
    ['a {\n', /not closed/],
    ['}\n', /unexpected }/],
    ['charon.plugins = x\n', /dotted keys/],
    ['what is this\n', /cannot read/],
  ])('refuses %j with a line-precise message', (text, message) => {
    expect(() => parseSwanctl(text)).toThrow(message);
  });
});
