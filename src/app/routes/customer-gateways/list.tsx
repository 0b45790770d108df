import { ComingSoon } from '@/components/coming-soon';

/** Customer gateways (v5): not built yet. */
export function CustomerGatewayListRoute() {
  return (
    <ComingSoon
      title="Customer gateways"
      summary="Here you will manage customer gateways: your on-premises VPN devices, with their public IP and BGP ASN."
    />
  );
}
