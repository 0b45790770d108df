import { Anchor, Group, Text } from '@mantine/core';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { Link } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { shortId } from '@/features/classic-vpn/components/classic-format';

/** The connections that use an object, as links; "Not used" when none. */
export function UsedBy({ connections }: { connections: readonly IpsecSiteConnection[] | undefined }) {
  if (!connections || connections.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not used
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {connections.map((c, i) => (
        <Text key={c.id} size="sm" span>
          <Anchor size="sm" renderRoot={(props) => <Link to={paths.classicConnection.path} params={{ id: c.id }} {...props} />}>
            {c.name || shortId(c.id)}
          </Anchor>
          {i < connections.length - 1 ? ',' : ''}
        </Text>
      ))}
    </Group>
  );
}
