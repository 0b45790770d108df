import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { ClassicWizard } from '@/features/classic-vpn/components/wizard/classic-wizard';
import type { ClassicNavigateFn } from '@/features/classic-vpn/components/wizard/use-classic-navigation';

const route = getRouteApi('/classic-vpn/connections/create');

/** The classic connection wizard; its step lives in the URL. */
export function ClassicConnectionCreateRoute() {
  const { step } = route.useSearch();
  const navigate = useNavigate();
  const onNavigate = useCallback<ClassicNavigateFn>(
    (next, options) => void navigate({ to: paths.classicConnectionCreate.path, search: { step: next }, replace: options?.replace }),
    [navigate],
  );
  return (
    <Stack gap="md">
      <ClassicSectionNav />
      <Anchor size="sm" renderRoot={(props) => <Link to={paths.classicVpn.path} {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          Classic connections
        </Group>
      </Anchor>
      <PageHeader
        title="Create classic VPN connection"
        description="Pick or create the VPN service, policies and endpoint groups right here, then the connection. Your entries stay in this tab (except the key) until you create or discard them."
      />
      <ClassicWizard step={step} onNavigate={onNavigate} onCreated={(c) => void navigate({ to: paths.classicConnection.path, params: { id: c.id } })} />
    </Stack>
  );
}
