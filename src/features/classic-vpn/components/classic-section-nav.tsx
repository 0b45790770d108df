import { Button, Group } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { paths } from '@/config/paths';

const LINKS = [
  { label: 'Connections', to: paths.classicVpn.path },
  { label: 'VPN services', to: paths.classicVpnServices.path },
  { label: 'IKE policies', to: paths.classicIkePolicies.path },
  { label: 'IPsec policies', to: paths.classicIpsecPolicies.path },
  { label: 'Endpoint groups', to: paths.classicEndpointGroups.path },
] as const;

function isActive(to: string, pathname: string): boolean {
  if (to === paths.classicVpn.path) return pathname === to || pathname.startsWith(`${to}/connections`);
  return pathname === to || pathname.startsWith(`${to}/`);
}

/** The Classic VPN section's own navigation: the connection and the four objects it is built from. */
export function ClassicSectionNav() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <Group component="nav" aria-label="Classic VPN" gap={4} mb="md" wrap="wrap">
      {LINKS.map((l) => {
        const active = isActive(l.to, pathname);
        return (
          <Button
            key={l.to}
            size="compact-sm"
            variant={active ? 'light' : 'subtle'}
            aria-current={active ? 'page' : undefined}
            renderRoot={(props) => <Link to={l.to} {...props} />}
          >
            {l.label}
          </Button>
        );
      })}
    </Group>
  );
}
