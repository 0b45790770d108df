import { Anchor } from '@mantine/core';
import { v5Paths } from '@contract/api-paths';
import type { VpnConnection } from '@contract/vpn-connection';
import { Link } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import type { CascadeBlocker } from '@/features/cascade-delete/components/cascade-delete-modal';

/** The connections in the way of a delete, linked to their pages, for the cascade dialog. */
export function connectionBlockers(connections: readonly VpnConnection[]): CascadeBlocker[] {
  return connections.map((c) => ({
    id: c.id,
    name: c.name,
    path: (projectId: string) => v5Paths.vpnConnection(projectId, c.id),
    link: (
      <Anchor size="sm" renderRoot={(props) => <Link to={paths.vpnConnection.path} params={{ id: c.id }} {...props} />}>
        {c.name}
      </Anchor>
    ),
  }));
}
