import { describe, expect, it } from 'vitest';
import type { EndpointGroup, NeutronSubnet, VpnService } from './classic-resources.ts';
import { classicWizardSchema, type ClassicWizardContext } from './classic-wizard-schema.ts';
import { defaultClassicWizardValues, type ClassicWizardValues } from './classic-wizard-values.ts';

const SN_WEB = '11111111-1111-4111-8111-111111111111';
const SN_DB = '22222222-2222-4222-8222-222222222222';
const subnets: NeutronSubnet[] = [
  { id: SN_WEB, name: 'subnet-web', cidr: '10.1.1.0/24', vpc_id: 'r-web' },
  { id: SN_DB, name: 'subnet-db', cidr: '10.2.1.0/24', vpc_id: 'r-data' },
];
const groups: EndpointGroup[] = [
  { id: 'eg-local', type: 'subnet', endpoints: [SN_WEB] },
  { id: 'eg-peer', type: 'cidr', endpoints: ['192.168.10.0/24'] },
];
const services: VpnService[] = [{ id: 'svc-web', router_id: 'r-web', status: 'ACTIVE' }];
const context: ClassicWizardContext = {
  routers: [{ id: 'r-web', name: 'vpc-web' }, { id: 'r-data', name: 'vpc-data' }],
  subnets,
  vpnServices: services,
  endpointGroups: groups,
  ikePolicies: [{ id: 'ike-1', auth_algorithm: 'sha1', encryption_algorithm: 'aes-128', ike_version: 'v1', pfs: 'group5', lifetime: { units: 'seconds', value: 3600 } }],
  ipsecPolicies: [{ id: 'ipsec-1', auth_algorithm: 'sha1', encryption_algorithm: 'aes-128', pfs: 'group5', transform_protocol: 'esp', encapsulation_mode: 'tunnel', lifetime: { units: 'seconds', value: 3600 } }],
};

function fromNothing(over: Partial<ClassicWizardValues> = {}): ClassicWizardValues {
  const v = defaultClassicWizardValues();
  return {
    ...v,
    service: { ...v.service, router_id: 'r-data', name: 'svc-data' },
    local: { ...v.local, subnet_ids: [SN_DB] },
    peer: { ...v.peer, cidrs: ['192.168.77.0/24'] },
    peer_address: '198.51.100.20',
    peer_id: '198.51.100.20',
    psk: 'Classic-Key-1',
    psk_confirm: 'Classic-Key-1',
    ...over,
  };
}

const problems = (values: ClassicWizardValues, ctx = context) => {
  const r = classicWizardSchema(ctx).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('classicWizardSchema', () => {
  it('plans every dependency from nothing with the classic console defaults', () => {
    const plan = classicWizardSchema(context).parse(fromNothing());
    expect(plan.vpnservice).toEqual({ create: expect.objectContaining({ router_id: 'r-data', name: 'svc-data', admin_state_up: true }) });
    expect(plan.ikepolicy.create).toMatchObject({ ike_version: 'v2', auth_algorithm: 'sha2-256', pfs: 'group14', lifetime: { units: 'seconds', value: 86400 } });
    expect(plan.ipsecpolicy.create).toMatchObject({ transform_protocol: 'esp', lifetime: { value: 3600 } });
    expect(plan.local_ep_group.create).toMatchObject({ type: 'subnet', endpoints: [SN_DB] });
    expect(plan.peer_ep_group.create).toMatchObject({ type: 'cidr', endpoints: ['192.168.77.0/24'] });
    expect(plan.connection).toMatchObject({ initiator: 'bi-directional', dpd: { action: 'hold', interval: 30, timeout: 120 }, psk: 'Classic-Key-1' });
    expect(plan.connection).not.toHaveProperty('mtu');
    expect(plan.connection).not.toHaveProperty('description');
  });

  it('uses picked objects by id', () => {
    const v = defaultClassicWizardValues();
    const plan = classicWizardSchema(context).parse(
      fromNothing({
        service: { ...v.service, mode: 'existing', id: 'svc-web' },
        ike: { ...v.ike, mode: 'existing', id: 'ike-1' },
        local: { ...v.local, mode: 'existing', id: 'eg-local' },
        peer: { ...v.peer, mode: 'existing', id: 'eg-peer' },
      }),
    );
    expect(plan.vpnservice).toEqual({ id: 'svc-web' });
    expect(plan.ikepolicy).toEqual({ id: 'ike-1' });
    expect(plan.local_ep_group).toEqual({ id: 'eg-local' });
  });

  it("puts the cross-object rules on the fields: router's subnets, overlaps, group types", () => {
    const v = defaultClassicWizardValues();
    expect(problems(fromNothing({ local: { ...v.local, subnet_ids: [SN_WEB] } }))).toContain(
      'local.subnet_ids: Subnet subnet-web (10.1.1.0/24) is not in VPC vpc-data; the local endpoint group may hold only subnets of the VPN service\'s VPC',
    );
    expect(problems(fromNothing({ peer: { ...v.peer, cidrs: ['192.168.77.0/24', '10.2.0.0/16'] } }))).toContain(
      'peer.cidrs.1: 10.2.0.0/16 overlaps the local subnet subnet-db (10.2.1.0/24); the customer side must use addresses the VPC does not use',
    );
    expect(problems(fromNothing({ peer: { ...v.peer, mode: 'existing', id: 'eg-local' } }))[0]).toMatch(/^peer.id: The peer endpoint group must be of type cidr/);
  });

  it('leaves subnets whose VPC the API does not report (plain Neutron) to the API, and still checks overlaps', () => {
    const v = defaultClassicWizardValues();
    const neutron: ClassicWizardContext = { ...context, subnets: subnets.map(({ vpc_id: _vpc, ...rest }) => rest) };
    const withWeb = problems(fromNothing({ local: { ...v.local, subnet_ids: [SN_WEB] } }), neutron);
    expect(withWeb.filter((p) => p.includes('is not in VPC'))).toEqual([]);
    expect(problems(fromNothing({ peer: { ...v.peer, cidrs: ['10.2.0.0/16'] } }), neutron)).toContain(
      'peer.cidrs.0: 10.2.0.0/16 overlaps the local subnet subnet-db (10.2.1.0/24); the customer side must use addresses the VPC does not use',
    );
  });

  it('speaks of the empty row, the missing choice, the PSK and the quota', () => {
    const v = defaultClassicWizardValues();
    const all = problems(
      fromNothing({ peer: { ...v.peer, cidrs: [''] }, ike: { ...v.ike, mode: 'existing' }, psk: 'bad key', psk_confirm: 'other', dpd: { action: 'hold', interval: 60, timeout: 30 } }),
      { ...context, vpnServices: [...services, { id: 's2', router_id: 'r-data', status: 'ACTIVE' }] },
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'peer.cidrs.0: Enter a customer CIDR block such as 192.168.44.0/24, or remove this empty row',
        'ike.id: Choose an IKE policy',
        expect.stringMatching(/^psk: The pre-shared key contains " "/),
        'psk_confirm: The two pre-shared keys differ; type the same key in both fields',
        expect.stringMatching(/^dpd.timeout: The DPD timeout \(30 s\) must be greater than the interval \(60 s\)/),
        expect.stringMatching(/^service.router_id: This project already has 2 classic VPN services/),
      ]),
    );
  });

  it('maps lifetime problems to the lifetime field', () => {
    const v = defaultClassicWizardValues();
    expect(problems(fromNothing({ ipsec: { ...v.ipsec, lifetime: 30 } }))).toEqual(['ipsec.lifetime: The lifetime must be a whole number of seconds from 60 to 604800']);
  });
});
