import { ComingSoon } from '@/components/coming-soon';

/** The create-connection wizard: not built yet. */
export function VpnConnectionCreateRoute() {
  return (
    <ComingSoon
      title="Create VPN connection"
      summary="A step-by-step wizard for static, policy-based and BGP connections will live here."
    />
  );
}
