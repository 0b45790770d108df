import { describe, expect, it } from 'vitest';
import { goldenV5 } from '../../contract/device-config/golden-fixtures.ts';
import { otcEndpointV5 } from '../../contract/device-config/v5-model.ts';
import { unsupportedAlgorithms } from './lab-models.ts';
import { failureReason, saStateOf, tunnelUp } from './lab-status.ts';

// The mapping from real strongSwan output to what the console says, on recorded lines (facts §6).

describe('lab status mapping', () => {
  const listSa = (ike: string, children: Record<string, string>) => ({
    vpn: { state: ike, 'child-sas': Object.fromEntries(Object.entries(children).map(([name, state], i) => [`${name}-${i + 1}`, { name, state }])) },
  });

  it('is up only with an ESTABLISHED IKE_SA and every child INSTALLED', () => {
    expect(tunnelUp(saStateOf([listSa('ESTABLISHED', { a: 'INSTALLED', b: 'INSTALLED' })], 'vpn'), ['a', 'b'])).toBe(true);
    expect(tunnelUp(saStateOf([listSa('ESTABLISHED', { a: 'INSTALLED' })], 'vpn'), ['a', 'b'])).toBe(false);
    expect(tunnelUp(saStateOf([listSa('CONNECTING', {})], 'vpn'), ['a'])).toBe(false);
    expect(saStateOf([], 'vpn')).toEqual({ ike: undefined, installed: [] });
  });

  it.each([
    [['parsed IKE_AUTH response 1 [ N(AUTH_FAILED) ]', 'received AUTHENTICATION_FAILED notify error'], /^Authentication failed \(AUTHENTICATION_FAILED\)/],
    [["tried 1 shared key for '198.51.100.2' - '198.51.100.1', but MAC mismatched"], /AUTHENTICATION_FAILED/],
    [['no acceptable KEY_EXCHANGE_METHOD found', 'received proposals unacceptable'], /^No common proposal \(NO_PROPOSAL_CHOSEN\)/],
    [['traffic selectors 192.168.44.0/24 === 10.1.0.0/24 unacceptable'], /^Traffic selectors refused \(TS_UNACCEPTABLE\)/],
    [['giving up after 2 retransmits', 'establishing IKE_SA failed, peer not responding'], /^Peer not responding: the customer gateway 88\.99\.1\.164/],
    [['something odd failed here'], /^The negotiation failed: something odd failed here/],
  ])('explains %j', (lines, reason) => {
    expect(failureReason(lines, '88.99.1.164')).toMatch(reason);
  });

  it('names the algorithms this machine cannot negotiate and the plugin that would', () => {
    const gcm = { ...goldenV5.static, connection: { ...goldenV5.static.connection, ikepolicy: { ...goldenV5.static.connection.ikepolicy, dh_group: 'group19' } } };
    expect(unsupportedAlgorithms(otcEndpointV5(gcm), ['md5'])).toEqual(['group19 (needs strongSwan plugin openssl)']);
    expect(unsupportedAlgorithms(otcEndpointV5(gcm), ['openssl'])).toEqual([]);
  });
});
