import { Anchor, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { ClassicConnectionDetail } from '@/features/classic-vpn/components/connection-detail';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { ClassicDeviceActions } from '@/features/device-config/components/classic-device-actions';

const route = getRouteApi('/classic-vpn/connections/$id');

/** One classic connection with the objects it uses. */
export function ClassicConnectionDetailRoute() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const onDeleted = (name: string) => {
    // Deletion is asynchronous: say it has started, not that it is done.
    notifications.show({ color: 'blue', title: 'Deletion started', message: `Connection ${name} is being deleted; it disappears from the list when done.` });
    void navigate({ to: paths.classicVpn.path });
  };
  return (
    <>
      <ClassicSectionNav />
      <Anchor size="sm" mb="sm" display="inline-block" renderRoot={(props) => <Link to={paths.classicVpn.path} {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          Classic connections
        </Group>
      </Anchor>
      <ClassicConnectionDetail
        id={id}
        onDeleted={onDeleted}
        extraActions={(c, l) => (
          <ClassicDeviceActions
            connection={c}
            ikePolicy={l.ikePolicies?.get(c.ikepolicy_id)}
            ipsecPolicy={l.ipsecPolicies?.get(c.ipsecpolicy_id)}
            vpnService={l.services?.get(c.vpnservice_id)}
            localGroup={c.local_ep_group_id ? l.groups?.get(c.local_ep_group_id) : undefined}
            peerGroup={c.peer_ep_group_id ? l.groups?.get(c.peer_ep_group_id) : undefined}
            subnets={l.subnets}
          />
        )}
      />
    </>
  );
}
