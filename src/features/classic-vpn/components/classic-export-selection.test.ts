import { ikePolicyListResponseSchema, ipsecPolicyListResponseSchema } from '@contract/classic/classic-policies';
import { endpointGroupListResponseSchema } from '@contract/classic/classic-resources';
import { ipsecSiteConnectionListResponseSchema } from '@contract/classic/ipsec-site-connection';
import { describe, expect, it } from 'vitest';
import { classicExportSelection, type ExportLists } from '@/features/classic-vpn/components/classic-export-selection';
import { IDS, classicLabConnection, classicSeed } from '@/features/classic-vpn/components/classic-test-fixtures';

const seed = classicSeed();
const connections = ipsecSiteConnectionListResponseSchema.parse({ ipsec_site_connections: [...seed.ipsec_site_connections, classicLabConnection()] }).ipsec_site_connections;
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
const loaded = (): ExportLists => ({
  ikePolicies: { byId: byId(ikePolicyListResponseSchema.parse({ ikepolicies: seed.ikepolicies }).ikepolicies), failed: false },
  ipsecPolicies: { byId: byId(ipsecPolicyListResponseSchema.parse({ ipsecpolicies: seed.ipsecpolicies }).ipsecpolicies), failed: false },
  groups: { byId: byId(endpointGroupListResponseSchema.parse({ endpoint_groups: seed.endpoint_groups }).endpoint_groups), failed: false },
});

describe('classicExportSelection', () => {
  it('pairs every selected connection with its own policies and endpoint groups', () => {
    const result = classicExportSelection(connections, loaded());
    expect(result.reason).toBeUndefined();
    expect(result.inputs?.map((i) => [i.connection.name, i.ikePolicy.name, i.ipsecPolicy.name, i.localEndpointGroup?.name, i.peerEndpointGroup?.name])).toEqual([
      ['classic-hq', 'ike-hq-v2', 'ipsec-hq', 'local-web', 'peer-hq'],
      ['classic-lab', 'ike-v1-legacy', 'ipsec-hq', 'local-web', 'peer-hq'],
    ]);
  });

  it('waits, saying for what, while a list the selection needs is still loading', () => {
    const lists = { ...loaded(), ikePolicies: { byId: undefined, failed: false }, groups: { byId: undefined, failed: false } };
    expect(classicExportSelection(connections, lists)).toEqual({ count: 2, reason: expect.stringMatching(/^Loading the IKE policies and endpoint groups the selected connections use/) });
  });

  it('says when a list could not be loaded rather than exporting without it', () => {
    const lists = { ...loaded(), ipsecPolicies: { byId: undefined, failed: true } };
    expect(classicExportSelection(connections, lists).reason).toMatch(/^The IPsec policies could not be loaded/);
  });

  it('names the connection whose policy no longer exists instead of exporting it partly', () => {
    const lists = loaded();
    const ike = new Map(lists.ikePolicies.byId);
    ike.delete(IDS.ikeLegacy);
    const result = classicExportSelection(connections, { ...lists, ikePolicies: { byId: ike, failed: false } });
    expect(result.inputs).toBeUndefined();
    expect(result.reason).toBe(`classic-lab uses IKE policy ${IDS.ikeLegacy}, which does not exist any more, so it cannot be exported in full. Deselect it to export the others.`);
  });

  it('does not wait for endpoint groups when no selected connection uses one', () => {
    const legacy = connections.map((c) => ({ ...c, local_ep_group_id: null, peer_ep_group_id: null }));
    const result = classicExportSelection(legacy, { ...loaded(), groups: { byId: undefined, failed: false } });
    expect(result.inputs).toHaveLength(2);
  });
});
