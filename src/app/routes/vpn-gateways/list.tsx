import { ComingSoon } from '@/components/coming-soon';

/** VPN gateways (v5): not built yet. */
export function VpnGatewayListRoute() {
  return (
    <ComingSoon
      title="VPN gateways"
      summary="Here you will list, create and resize the project’s VPN gateways and see their EIPs and local subnets."
    />
  );
}
