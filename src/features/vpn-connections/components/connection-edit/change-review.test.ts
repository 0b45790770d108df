import type { VpnConnection } from '@contract/vpn-connection';
import { describe, expect, it } from 'vitest';
import { describeChanges, unappliedFields } from '@/features/vpn-connections/components/connection-edit/change-review';
import { editFormSchema } from '@/features/vpn-connections/components/connection-edit/edit-resolver';
import { changedFields, editFormValues } from '@/features/vpn-connections/components/connection-edit/edit-values';

const base: VpnConnection = {
  id: 'c1',
  name: 'site-a',
  status: 'ACTIVE',
  vgw_id: 'gw',
  vgw_ip: 'eip',
  style: 'STATIC',
  cgw_id: 'cgw-1',
  peer_subnets: ['192.168.10.0/24', '192.168.11.0/24'],
  tunnel_local_address: '169.254.10.1/30',
  tunnel_peer_address: '169.254.10.2/30',
  enable_nqa: false,
  ikepolicy: {
    ike_version: 'v2',
    authentication_algorithm: 'sha2-256',
    encryption_algorithm: 'aes-128',
    dh_group: 'group15',
    authentication_method: 'pre-share',
    lifetime_seconds: 86400,
    local_id_type: 'ip',
    local_id: '80.158.1.1',
    peer_id_type: 'ip',
    peer_id: '203.0.113.10',
    dpd: { timeout: 15, interval: 30, msg: 'seq-hash-notify' },
  },
  ipsecpolicy: { authentication_algorithm: 'sha2-256', encryption_algorithm: 'aes-128', pfs: 'group15', transform_protocol: 'esp', lifetime_seconds: 3600, encapsulation_mode: 'tunnel' },
};

const start = editFormValues(base);
const edit = (patch: (v: typeof start) => void) => {
  const v = structuredClone(start);
  patch(v);
  return v;
};

describe('edit form: what is sent', () => {
  it('never prefills the PSK and sends nothing when nothing changed', () => {
    expect(start.psk).toBe('');
    expect(start.psk_confirm).toBe('');
    expect(changedFields(start, start)).toEqual({});
  });

  it('sends only the changed fields, nested policies included', () => {
    const after = edit((v) => {
      v.peer_subnets = ['192.168.11.0/24', '192.168.10.0/24', '192.168.12.0/24'];
      v.ikepolicy.dh_group = 'group16';
      v.ikepolicy.dpd.interval = 60;
      v.ipsecpolicy.pfs = 'group16';
    });
    expect(changedFields(start, after)).toEqual({
      peer_subnets: ['192.168.11.0/24', '192.168.10.0/24', '192.168.12.0/24'],
      ikepolicy: { dh_group: 'group16', dpd: { interval: 60 } },
      ipsecpolicy: { pfs: 'group16' },
    });
  });

  it('treats reordered subnets as unchanged and an empty PSK as "keep"', () => {
    expect(changedFields(start, edit((v) => void v.peer_subnets.reverse()))).toEqual({});
  });

  it('checks the PSK rules and its confirmation only when a new key is typed', () => {
    const schema = editFormSchema(start);
    const weak = schema.safeParse(edit((v) => { v.psk = 'short'; v.psk_confirm = 'short'; }));
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((i) => i.path.join('.'))).toContain('psk');
    const mismatch = schema.safeParse(edit((v) => { v.psk = 'Good-Key-2026!'; v.psk_confirm = 'Other-Key-2026!'; }));
    expect(mismatch.error?.issues.find((i) => i.path.join('.') === 'psk_confirm')?.message).toMatch(/differ/);
    const ok = schema.safeParse(edit((v) => { v.psk = 'Good-Key-2026!'; v.psk_confirm = 'Good-Key-2026!'; }));
    expect(ok.success && ok.data).toEqual({ psk: 'Good-Key-2026!' });
  });

  it('puts contract messages on the field: blank subnet rows, reserved blocks, GCM with IKEv1', () => {
    const schema = editFormSchema(start);
    const blank = schema.safeParse(edit((v) => void v.peer_subnets.push('')));
    expect(blank.error?.issues.find((i) => i.path.join('.') === 'peer_subnets.2')?.message).toMatch(/remove this empty row/);
    const gcm = schema.safeParse(edit((v) => { v.ikepolicy.ike_version = 'v1'; v.ipsecpolicy.encryption_algorithm = 'aes-256-gcm-16'; }));
    expect(gcm.error?.issues.some((i) => i.path.join('.') === 'ipsecpolicy.encryption_algorithm' && /IKEv2/.test(i.message))).toBe(true);
  });
});

describe('change review', () => {
  it('lists old → new per field with its impact on traffic, never the key itself', () => {
    const lines = describeChanges(base, { name: 'site-b', peer_subnets: ['192.168.10.0/24'], psk: 'Good-Key-2026!', ikepolicy: { dh_group: 'group16' } });
    expect(lines.map((l) => [l.label, l.before, l.after, l.impact])).toEqual([
      ['Name', 'site-a', 'site-b', 'none'],
      ['Customer subnets', '192.168.10.0/24, 192.168.11.0/24', '192.168.10.0/24', 'renegotiate'],
      ['Pre-shared key', 'current key (never shown)', 'a new key of 14 characters (not shown)', 'next-rekey'],
      ['IKE DH group', 'group15', 'group16', 'next-rekey'],
    ]);
    expect(JSON.stringify(lines)).not.toContain('Good-Key-2026!');
  });

  it('says that an IKEv2 PSK change on its own needs a re-creation', () => {
    const [line] = describeChanges(base, { psk: 'Good-Key-2026!' });
    expect(line?.impact).toBe('recreate');
    expect(line?.note).toMatch(/re-created/);
  });

  it('marks a new customer gateway and new tunnel addresses as interrupting traffic', () => {
    const lines = describeChanges(base, { cgw_id: 'cgw-2', tunnel_local_address: '169.254.20.1/30', tunnel_peer_address: '169.254.20.2/30' }, (id) => `name of ${id}`);
    expect(lines.map((l) => [l.label, l.before, l.after, l.impact])).toEqual([
      ['Customer gateway', 'name of cgw-1', 'name of cgw-2', 'interrupt'],
      ['Tunnel interface addresses', '169.254.10.1/30 / 169.254.10.2/30', '169.254.20.1/30 / 169.254.20.2/30', 'interrupt'],
    ]);
  });
});

describe('read-back check', () => {
  it('is empty when every field was applied as sent (order of subnets does not matter)', () => {
    const reread = { ...base, peer_subnets: ['192.168.12.0/24', '192.168.10.0/24'] };
    expect(unappliedFields({ peer_subnets: ['192.168.10.0/24', '192.168.12.0/24'], psk: 'Good-Key-2026!' }, reread)).toEqual([]);
  });

  it('flags a field the API silently changed (PFS group16 fell back to group5)', () => {
    const reread = { ...base, ipsecpolicy: { ...base.ipsecpolicy, pfs: 'group5' } };
    expect(unappliedFields({ ipsecpolicy: { pfs: 'group16' }, name: 'site-a' }, reread)).toEqual([{ label: 'PFS', sent: 'group16', got: 'group5' }]);
  });
});
