import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { StatusBadge } from '@/components/status-badge';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { algorithmLabel, displayName, lifetimeLabel } from '@/features/classic-vpn/components/classic-format';
import { EndpointGroupFormModal } from '@/features/classic-vpn/components/resources/endpoint-group-form-modal';
import { PolicyFormModal } from '@/features/classic-vpn/components/resources/policy-form-modal';
import { ResourcePage } from '@/features/classic-vpn/components/resources/resource-page';
import { VpnServiceFormModal } from '@/features/classic-vpn/components/resources/vpn-service-form-modal';

const mono = (lines: string | string[]) => (
  <Text size="sm" ff="monospace" component="div">
    {(Array.isArray(lines) ? lines : [lines]).map((line, i) => (
      <div key={`${i}-${line}`}>{line}</div>
    ))}
  </Text>
);
const POLICY_REMEDY = 'Delete those connections first. To use other settings, create a new policy for new connections.';

export function IkePoliciesPage() {
  return (
    <ResourcePage
      kind="ikePolicies"
      title="IKE policies"
      description="Phase 1 of the classic VPN negotiation: how the two gateways authenticate each other."
      noun="IKE policy"
      query={useQuery(classicQueries.ikePolicies())}
      columns={[
        { label: 'Version', render: (p) => `IKE${p.ike_version}` },
        { label: 'Algorithms', render: (p) => `${algorithmLabel(p.auth_algorithm)} · ${algorithmLabel(p.encryption_algorithm)} · ${algorithmLabel(p.pfs)}` },
        { label: 'Lifetime', render: (p) => lifetimeLabel(p.lifetime) },
      ]}
      usedByFields={['ikepolicy_id']}
      editWhileUsedRemedy={POLICY_REMEDY}
      deleteRemedy={POLICY_REMEDY}
      emptyText="An IKE policy is needed for every classic connection; create one here or in the connection wizard."
      renderForm={(editing, onClose) => <PolicyFormModal kind="ikePolicies" editing={editing} onClose={onClose} />}
    />
  );
}

export function IpsecPoliciesPage() {
  return (
    <ResourcePage
      kind="ipsecPolicies"
      title="IPsec policies"
      description="Phase 2 of the classic VPN negotiation: how the traffic itself is protected."
      noun="IPsec policy"
      query={useQuery(classicQueries.ipsecPolicies())}
      columns={[
        { label: 'Protocol', render: (p) => algorithmLabel(p.transform_protocol) },
        { label: 'Algorithms', render: (p) => `${algorithmLabel(p.auth_algorithm)} · ${algorithmLabel(p.encryption_algorithm)} · PFS ${algorithmLabel(p.pfs)}` },
        { label: 'Lifetime', render: (p) => lifetimeLabel(p.lifetime) },
      ]}
      usedByFields={['ipsecpolicy_id']}
      editWhileUsedRemedy={POLICY_REMEDY}
      deleteRemedy={POLICY_REMEDY}
      emptyText="An IPsec policy is needed for every classic connection; create one here or in the connection wizard."
      renderForm={(editing, onClose) => <PolicyFormModal kind="ipsecPolicies" editing={editing} onClose={onClose} />}
    />
  );
}

export function VpnServicesPage() {
  const routers = useQuery(classicQueries.routers()).data;
  return (
    <ResourcePage
      kind="vpnServices"
      title="VPN services"
      description="The VPN endpoint of a VPC. Its public IP is the remote gateway your device connects to."
      noun="VPN service"
      query={useQuery(classicQueries.vpnServices())}
      columns={[
        { label: 'Status', render: (s) => <StatusBadge status={s.status} /> },
        { label: 'VPC (router)', render: (s) => displayName(routers?.find((r) => r.id === s.router_id), s.router_id) },
        { label: 'Public IP', render: (s) => mono(s.external_v4_ip ?? '—') },
      ]}
      usedByFields={['vpnservice_id']}
      deleteRemedy="Delete those connections first."
      emptyText="A VPN service is created on a VPC router; OTC allows 2 per region."
      renderForm={(editing, onClose) => <VpnServiceFormModal editing={editing} onClose={onClose} />}
    />
  );
}

export function EndpointGroupsPage() {
  const subnets = useQuery(classicQueries.subnets()).data;
  const subnet = (id: string) => subnets?.find((s) => s.id === id);
  return (
    <ResourcePage
      kind="endpointGroups"
      title="Endpoint groups"
      description="What a tunnel connects: subnet groups hold VPC subnets (the local side), CIDR groups the customer's networks (the peer side)."
      noun="endpoint group"
      query={useQuery(classicQueries.endpointGroups())}
      columns={[
        { label: 'Type', render: (g) => (g.type === 'subnet' ? 'VPC subnets' : 'Customer CIDRs') },
        {
          label: 'Endpoints',
          render: (g) => mono(g.endpoints.map((e) => (g.type === 'subnet' ? `${subnet(e)?.name ?? e} (${subnet(e)?.cidr ?? '?'})` : e))),
        },
      ]}
      usedByFields={['local_ep_group_id', 'peer_ep_group_id']}
      deleteRemedy="Point those connections at another endpoint group, or delete them, first."
      emptyText="Create a subnet group for the cloud side and a CIDR group for the customer side."
      renderForm={(editing, onClose) => <EndpointGroupFormModal editing={editing} onClose={onClose} />}
    />
  );
}
