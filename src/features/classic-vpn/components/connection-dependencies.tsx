import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import { algorithmLabel, displayName, lifetimeLabel, subnetLabel } from '@/features/classic-vpn/components/classic-format';
import { groupSubnets, type ClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { FactsCard } from '@/features/classic-vpn/components/facts-card';

const loading = <Text size="sm" c="dimmed">Loading…</Text>;
const missing = (what: string, id: string | null | undefined) => (
  <Text size="sm" c="dimmed">
    {what} {id ?? '—'} was not found in this project.
  </Text>
);

function List({ items }: { items: string[] }) {
  return (
    <Text size="sm" ff="monospace" component="div">
      {items.length === 0 ? '—' : items.map((item, i) => <div key={`${i}-${item}`}>{item}</div>)}
    </Text>
  );
}

/** The five objects a classic connection is built from, each with its contents. */
export function ConnectionDependencies({ connection: c, lookups }: { connection: IpsecSiteConnection; lookups: ClassicLookups }) {
  const service = lookups.services?.get(c.vpnservice_id);
  const ike = lookups.ikePolicies?.get(c.ikepolicy_id);
  const ipsec = lookups.ipsecPolicies?.get(c.ipsecpolicy_id);
  const local = lookups.groups?.get(c.local_ep_group_id ?? '');
  const peer = lookups.groups?.get(c.peer_ep_group_id ?? '');
  const router = service ? lookups.routers?.get(service.router_id) : undefined;
  const pick = <T,>(map: Map<string, T> | undefined, value: T | undefined, what: string, id: string | null | undefined, rows: () => [string, ReactNode][]) =>
    !map ? [['', loading] as [string, ReactNode]] : value ? rows() : [['', missing(what, id)] as [string, ReactNode]];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <FactsCard
        title={`VPN service: ${displayName(service, c.vpnservice_id)}`}
        manageTo={paths.classicVpnServices.path}
        manageLabel="Manage VPN services"
        rows={pick(lookups.services, service, 'VPN service', c.vpnservice_id, () => [
          ['Status', <StatusBadge key="s" status={service?.status ?? 'UNKNOWN'} />],
          ['VPC (router)', router?.name ?? service?.router_id],
          ['Public IP (local gateway)', service?.external_v4_ip ?? '—'],
        ])}
      />
      <FactsCard
        title={`IKE policy: ${displayName(ike, c.ikepolicy_id)}`}
        manageTo={paths.classicIkePolicies.path}
        manageLabel="Manage IKE policies"
        rows={pick(lookups.ikePolicies, ike, 'IKE policy', c.ikepolicy_id, () => [
          ['IKE version', ike?.ike_version ?? '—'],
          ['Authentication', algorithmLabel(ike?.auth_algorithm ?? '')],
          ['Encryption', algorithmLabel(ike?.encryption_algorithm ?? '')],
          ['DH group (PFS)', algorithmLabel(ike?.pfs ?? '')],
          ['Lifetime', lifetimeLabel(ike?.lifetime)],
        ])}
      />
      <FactsCard
        title={`IPsec policy: ${displayName(ipsec, c.ipsecpolicy_id)}`}
        manageTo={paths.classicIpsecPolicies.path}
        manageLabel="Manage IPsec policies"
        rows={pick(lookups.ipsecPolicies, ipsec, 'IPsec policy', c.ipsecpolicy_id, () => [
          ['Authentication', algorithmLabel(ipsec?.auth_algorithm ?? '')],
          ['Encryption', algorithmLabel(ipsec?.encryption_algorithm ?? '')],
          ['PFS', algorithmLabel(ipsec?.pfs ?? '')],
          ['Transform protocol', algorithmLabel(ipsec?.transform_protocol ?? '')],
          ['Lifetime', lifetimeLabel(ipsec?.lifetime)],
        ])}
      />
      <FactsCard
        title={`Local endpoint group: ${displayName(local, c.local_ep_group_id ?? '')}`}
        manageTo={paths.classicEndpointGroups.path}
        manageLabel="Manage endpoint groups"
        rows={pick(lookups.groups, local, 'Endpoint group', c.local_ep_group_id, () => [
          ['Type', 'VPC subnets'],
          ['Subnets', <List key="l" items={groupSubnets(local, lookups.subnets).map(subnetLabel)} />],
        ])}
      />
      <FactsCard
        title={`Peer endpoint group: ${displayName(peer, c.peer_ep_group_id ?? '')}`}
        manageTo={paths.classicEndpointGroups.path}
        manageLabel="Manage endpoint groups"
        rows={pick(lookups.groups, peer, 'Endpoint group', c.peer_ep_group_id, () => [
          ['Type', 'Customer CIDR blocks'],
          ['CIDRs', <List key="p" items={peer?.endpoints ?? []} />],
        ])}
      />
    </SimpleGrid>
  );
}
