import type { EndpointModel } from './device-model.ts';
import { clampSeconds, pskOf, vendorKeyword, type GeneratorOptions } from './text-helpers.ts';
import { CISCO, groupNumber, isGcmName } from './vendor-names.ts';

// The IKE and IPsec parts of a Cisco IOS / IOS-XE configuration. IKEv2 uses proposal → policy → keyring →
// profile; IKEv1 uses an ISAKMP policy with a keyring and an ISAKMP profile (which also carries aggressive mode).

export const CISCO_VENDOR = 'Cisco IOS-XE';
const WEAK = new Set(['md5', '3des', 'group1', 'group2', 'group5']);

export interface CiscoCrypto {
  lines: string[];
  /** The "set …-profile" line for crypto maps and IPsec profiles. */
  profileLine: string;
  pfsLine: string | undefined;
  lifetimeLine: string;
}

const need = (table: Readonly<Record<string, string>>, key: string, what: string, warnings: string[]) =>
  vendorKeyword(table, key, what, CISCO_VENDOR, warnings);

function ikev2(m: EndpointModel, name: string, options: GeneratorOptions, warnings: string[]): string[] {
  const gcm = isGcmName(m.ike.encryption);
  const lifetime = clampSeconds(m.ike.lifetimeSeconds, 120, 86400, 'IKEv2 SA lifetimes', CISCO_VENDOR, warnings);
  return [
    `crypto ikev2 proposal ${name}`,
    ` encryption ${need(CISCO.ikev2Encryption, m.ike.encryption, 'IKE encryption algorithm', warnings)}`,
    ` ${gcm ? 'prf' : 'integrity'} ${need(CISCO.ikev2Integrity, m.ike.integrity, 'IKE integrity algorithm', warnings)}`,
    ` group ${groupNumber(m.ike.dhGroup) ?? m.ike.dhGroup}`,
    '!',
    `crypto ikev2 policy ${name}`,
    ` proposal ${name}`,
    '!',
    `crypto ikev2 keyring ${name}`,
    ' peer otc-gateway',
    `  address ${m.peerAddress}`,
    `  pre-shared-key ${pskOf(options)}`,
    '!',
    `crypto ikev2 profile ${name}`,
    ` match identity remote address ${m.peerId} 255.255.255.255`,
    ` identity local address ${m.localId}`,
    ' authentication remote pre-share',
    ' authentication local pre-share',
    ` keyring local ${name}`,
    ` lifetime ${lifetime}`,
    ...(m.dpd.action === 'none' ? [] : [` dpd ${m.dpd.intervalSeconds} ${Math.max(2, Math.min(60, m.dpd.timeoutSeconds))} periodic`]),
    '!',
  ];
}

function ikev1(m: EndpointModel, name: string, options: GeneratorOptions, warnings: string[]): string[] {
  const lifetime = clampSeconds(m.ike.lifetimeSeconds, 60, 86400, 'ISAKMP SA lifetimes', CISCO_VENDOR, warnings);
  return [
    `crypto keyring ${name}`,
    ` pre-shared-key address ${m.peerAddress} key ${pskOf(options)}`,
    '!',
    '! Priority 10: pick a free number if the device already has ISAKMP policies.',
    'crypto isakmp policy 10',
    ` encryption ${need(CISCO.isakmpEncryption, m.ike.encryption, 'IKE encryption algorithm', warnings)}`,
    ` hash ${need(CISCO.isakmpHash, m.ike.integrity, 'IKE hash algorithm', warnings)}`,
    ' authentication pre-share',
    ` group ${groupNumber(m.ike.dhGroup) ?? m.ike.dhGroup}`,
    ` lifetime ${lifetime}`,
    '!',
    `crypto isakmp profile ${name}`,
    ` keyring ${name}`,
    ' self-identity address',
    ` match identity address ${m.peerId} 255.255.255.255`,
    ...(m.dpd.action === 'none' ? [] : [` keepalive ${m.dpd.intervalSeconds} retry ${Math.max(2, Math.min(60, m.dpd.timeoutSeconds))}`]),
    ...(m.phase1Mode === 'aggressive' ? [' initiate mode aggressive'] : []),
    '!',
  ];
}

/** IKE part, transform set and the settings the crypto map / IPsec profile repeat. */
export function ciscoCrypto(m: EndpointModel, name: string, options: GeneratorOptions, warnings: string[]): CiscoCrypto {
  const used = [m.ike.encryption, m.ike.integrity, m.ike.dhGroup, m.ipsec.encryption, m.ipsec.integrity, m.ipsec.pfs].filter((a) => WEAK.has(a));
  if (used.length > 0) {
    warnings.push(`${[...new Set(used)].join(', ')}: IOS-XE 17.7 and later refuse these weak algorithms unless "crypto engine compliance shield disable" is configured (needs a reload); prefer stronger settings on the connection`);
  }
  const enc = need(CISCO.espEncryption, m.ipsec.encryption, 'ESP encryption algorithm', warnings);
  const transform = isGcmName(m.ipsec.encryption) ? enc : `${enc} ${need(CISCO.espIntegrity, m.ipsec.integrity, 'ESP integrity algorithm', warnings)}`;
  const ipsecLifetime = clampSeconds(m.ipsec.lifetimeSeconds, 120, 2592000, 'IPsec SA lifetimes', CISCO_VENDOR, warnings);
  const pfs = groupNumber(m.ipsec.pfs);
  return {
    lines: [
      ...(m.ikeVersion === 'v2' ? ikev2(m, name, options, warnings) : ikev1(m, name, options, warnings)),
      `crypto ipsec transform-set ${name} ${transform}`,
      ' mode tunnel',
      '!',
    ],
    profileLine: m.ikeVersion === 'v2' ? `set ikev2-profile ${name}` : `set isakmp-profile ${name}`,
    pfsLine: pfs ? `set pfs group${pfs}` : undefined,
    lifetimeLine: `set security-association lifetime seconds ${ipsecLifetime}`,
  };
}
