import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';

/** Shown for any URL the console does not know. */
export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address.{' '}
        <Anchor renderRoot={(props) => <Link to={paths.vpnConnections.path} {...props} />}>Go to VPN connections</Anchor>.
      </Text>
    </>
  );
}
