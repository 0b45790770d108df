import type { ClassicIkePolicy, ClassicIpsecPolicy } from '@contract/classic/classic-policies';
import type { EndpointGroup, NeutronSubnet, VpnService } from '@contract/classic/classic-resources';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { ConfigureDeviceButton } from '@/features/device-config/components/configure-device-button';
import { ExportMenu } from '@/features/device-config/components/export-menu';

/** Props of the device-config and export actions of a classic connection (its objects as the page loaded them). */
export interface ClassicDeviceActionsProps {
  connection: IpsecSiteConnection;
  ikePolicy: ClassicIkePolicy | undefined;
  ipsecPolicy: ClassicIpsecPolicy | undefined;
  vpnService: VpnService | undefined;
  localGroup: EndpointGroup | undefined;
  peerGroup: EndpointGroup | undefined;
  /** To turn the local group's subnet ids into CIDRs. */
  subnets: ReadonlyMap<string, NeutronSubnet> | undefined;
}

/** "Configure customer device" and "Export" for a classic connection; both wait until its policies are loaded. */
export function ClassicDeviceActions(p: ClassicDeviceActionsProps) {
  const { connection, ikePolicy, ipsecPolicy } = p;
  const localCidrs = (p.localGroup?.endpoints ?? []).map((id) => (p.localGroup?.type === 'cidr' ? id : p.subnets?.get(id)?.cidr)).filter((c): c is string => c !== undefined);
  const peerCidrs = p.peerGroup?.type === 'cidr' ? [...p.peerGroup.endpoints] : [...(connection.peer_cidrs ?? [])];
  const ready = ikePolicy && ipsecPolicy;
  return (
    <>
      <ConfigureDeviceButton source={ready ? { kind: 'classic', input: { connection, ikePolicy, ipsecPolicy, vpnService: p.vpnService, localCidrs, peerCidrs } } : undefined} />
      {ready ? <ExportMenu source={{ kind: 'classic', inputs: [{ connection, ikePolicy, ipsecPolicy, localEndpointGroup: p.localGroup, peerEndpointGroup: p.peerGroup }] }} /> : null}
    </>
  );
}
