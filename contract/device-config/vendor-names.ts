// OTC algorithm names translated to each vendor's keywords. A missing entry means the vendor has no
// equivalent: generators turn that into a warning instead of dropping the setting.

type Table = Readonly<Record<string, string>>;

export const DH_BITS: Table = {
  group1: 'modp768',
  group2: 'modp1024',
  group5: 'modp1536',
  group14: 'modp2048',
  group15: 'modp3072',
  group16: 'modp4096',
  group19: 'ecp256',
  group20: 'ecp384',
  group21: 'ecp521',
};

export function isGcmName(encryption: string): boolean {
  return encryption.endsWith('-gcm-16');
}

/** "group15" → "15"; undefined for "disable" or an unknown value. */
export function groupNumber(group: string): string | undefined {
  const m = /^group(\d+)$/.exec(group);
  return m ? m[1] : undefined;
}

export const STRONGSWAN = {
  encryption: { 'aes-128': 'aes128', 'aes-192': 'aes192', 'aes-256': 'aes256', '3des': '3des', 'aes-128-gcm-16': 'aes128gcm16', 'aes-256-gcm-16': 'aes256gcm16' } as Table,
  integrity: { md5: 'md5', sha1: 'sha1', 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512' } as Table,
};

export const CISCO = {
  ikev2Encryption: { 'aes-128': 'aes-cbc-128', 'aes-192': 'aes-cbc-192', 'aes-256': 'aes-cbc-256', '3des': '3des', 'aes-128-gcm-16': 'aes-gcm-128', 'aes-256-gcm-16': 'aes-gcm-256' } as Table,
  ikev2Integrity: { md5: 'md5', sha1: 'sha1', 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512' } as Table,
  isakmpEncryption: { 'aes-128': 'aes', 'aes-192': 'aes 192', 'aes-256': 'aes 256', '3des': '3des' } as Table,
  isakmpHash: { md5: 'md5', sha1: 'sha', 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512' } as Table,
  espEncryption: { 'aes-128': 'esp-aes', 'aes-192': 'esp-aes 192', 'aes-256': 'esp-aes 256', '3des': 'esp-3des', 'aes-128-gcm-16': 'esp-gcm 128', 'aes-256-gcm-16': 'esp-gcm 256' } as Table,
  espIntegrity: { md5: 'esp-md5-hmac', sha1: 'esp-sha-hmac', 'sha2-256': 'esp-sha256-hmac', 'sha2-384': 'esp-sha384-hmac', 'sha2-512': 'esp-sha512-hmac' } as Table,
};

export const FORTINET = {
  encryption: { 'aes-128': 'aes128', 'aes-192': 'aes192', 'aes-256': 'aes256', '3des': '3des', 'aes-128-gcm-16': 'aes128gcm', 'aes-256-gcm-16': 'aes256gcm' } as Table,
  integrity: { md5: 'md5', sha1: 'sha1', 'sha2-256': 'sha256', 'sha2-384': 'sha384', 'sha2-512': 'sha512' } as Table,
};

export const HUAWEI = {
  // AR routers (V200R010) offer no AES-GCM in IKE or IPsec proposals.
  encryption: { 'aes-128': 'aes-128', 'aes-192': 'aes-192', 'aes-256': 'aes-256', '3des': '3des' } as Table,
  authentication: { md5: 'md5', sha1: 'sha1', 'sha2-256': 'sha2-256', 'sha2-384': 'sha2-384', 'sha2-512': 'sha2-512' } as Table,
  hmac: { md5: 'hmac-md5-96', sha1: 'hmac-sha1-96', 'sha2-256': 'hmac-sha2-256', 'sha2-384': 'hmac-sha2-384', 'sha2-512': 'hmac-sha2-512' } as Table,
  prf: { md5: 'hmac-md5', sha1: 'hmac-sha1', 'sha2-256': 'hmac-sha2-256', 'sha2-384': 'hmac-sha2-384', 'sha2-512': 'hmac-sha2-512' } as Table,
};

/** strongSwan IKE proposal, e.g. aes128-sha256-modp3072 (AEAD ciphers take a PRF instead of an integrity algorithm). */
export function strongswanIkeProposal(enc: string, integ: string, dh: string): string {
  const e = STRONGSWAN.encryption[enc] ?? enc;
  const i = STRONGSWAN.integrity[integ] ?? integ;
  return [e, isGcmName(enc) ? `prf${i}` : i, DH_BITS[dh] ?? dh].join('-');
}

/** strongSwan ESP proposal, e.g. aes128-sha256-modp3072, or without the group when PFS is off. */
export function strongswanEspProposal(enc: string, integ: string, pfs: string): string {
  const parts = [STRONGSWAN.encryption[enc] ?? enc];
  if (!isGcmName(enc)) parts.push(STRONGSWAN.integrity[integ] ?? integ);
  if (pfs !== 'disable') parts.push(DH_BITS[pfs] ?? pfs);
  return parts.join('-');
}
