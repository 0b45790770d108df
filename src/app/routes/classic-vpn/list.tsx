import { ClassicConnectionList } from '@/features/classic-vpn/components/classic-connection-list';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';

/** Classic VPN (API v2.0): the IPsec site connections. */
export function ClassicVpnListRoute() {
  return (
    <>
      <ClassicSectionNav />
      <ClassicConnectionList />
    </>
  );
}
