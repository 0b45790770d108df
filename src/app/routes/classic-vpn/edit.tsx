import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { ClassicConnectionEdit } from '@/features/classic-vpn/components/edit/classic-connection-edit';

const route = getRouteApi('/classic-vpn/connections/$id/edit');

/** Edit a classic connection's updatable fields, with an old → new review before saving. */
export function ClassicConnectionEditRoute() {
  const { id } = route.useParams();
  const navigate = useNavigate();
  const toDetail = () => void navigate({ to: paths.classicConnection.path, params: { id } });
  return (
    <Stack gap="md">
      <ClassicSectionNav />
      <PageHeader title="Edit classic VPN connection" description="Only the fields OTC lets you change. The pre-shared key is never shown; type a new one to replace it." />
      <ClassicConnectionEdit
        id={id}
        onCancel={toDetail}
        onSaved={(c) => {
          notifications.show({ color: 'blue', title: 'Change sent', message: `${c.name || 'The connection'} is being updated; its status shows when it is done.` });
          toDetail();
        }}
      />
    </Stack>
  );
}
