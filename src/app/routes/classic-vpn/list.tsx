import { ComingSoon } from '@/components/coming-soon';

/** Classic VPN (API v2.0): not built yet. */
export function ClassicVpnListRoute() {
  return (
    <ComingSoon
      title="Classic VPN"
      summary="Here you will manage Classic VPN (API v2.0): IPsec site connections, IKE and IPsec policies, VPN services and endpoint groups."
    />
  );
}
