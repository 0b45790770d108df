import type { ClassicIkePolicy, ClassicIpsecPolicy } from '@contract/classic/classic-policies';
import type { EndpointGroup, NeutronSubnet, VpnService } from '@contract/classic/classic-resources';
import type { RouterLike } from '@contract/classic/classic-rules';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';

/** The objects a connection refers to, by id; a map is undefined while its list has not loaded. */
export interface ClassicLookups {
  services?: Map<string, VpnService>;
  ikePolicies?: Map<string, ClassicIkePolicy>;
  ipsecPolicies?: Map<string, ClassicIpsecPolicy>;
  groups?: Map<string, EndpointGroup>;
  subnets?: Map<string, NeutronSubnet>;
  routers?: Map<string, RouterLike>;
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined) => (list ? new Map(list.map((x) => [x.id, x])) : undefined);

/** The project's classic objects, loaded and indexed for the connection pages. */
export function useClassicLookups(): ClassicLookups & { raw: ReturnType<typeof useRaw> } {
  const raw = useRaw();
  const lookups = useMemo(
    () => ({
      services: byId(raw.vpnServices.data),
      ikePolicies: byId(raw.ikePolicies.data),
      ipsecPolicies: byId(raw.ipsecPolicies.data),
      groups: byId(raw.endpointGroups.data),
      subnets: byId(raw.subnets.data),
      routers: byId(raw.routers.data),
    }),
    [raw.vpnServices.data, raw.ikePolicies.data, raw.ipsecPolicies.data, raw.endpointGroups.data, raw.subnets.data, raw.routers.data],
  );
  return { ...lookups, raw };
}

function useRaw() {
  return {
    vpnServices: useQuery(classicQueries.vpnServices()),
    ikePolicies: useQuery(classicQueries.ikePolicies()),
    ipsecPolicies: useQuery(classicQueries.ipsecPolicies()),
    endpointGroups: useQuery(classicQueries.endpointGroups()),
    subnets: useQuery(classicQueries.subnets()),
    routers: useQuery(classicQueries.routers()),
  };
}

/** The subnets of a subnet group, resolved (unknown ids are kept with their id as name). */
export function groupSubnets(group: EndpointGroup | undefined, subnets: Map<string, NeutronSubnet> | undefined): NeutronSubnet[] {
  if (!group || group.type !== 'subnet') return [];
  return group.endpoints.map((id) => subnets?.get(id) ?? { id, name: id, cidr: '?' });
}
