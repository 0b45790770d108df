import { Anchor, Group, Stack } from '@mantine/core';
import { parseClassicImport, type KnownClassicIds } from '@contract/device-config/import-classic-json';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { ClassicSectionNav } from '@/features/classic-vpn/components/classic-section-nav';
import { saveClassicDraft } from '@/features/classic-vpn/components/wizard/classic-draft';
import { ClassicWizard } from '@/features/classic-vpn/components/wizard/classic-wizard';
import type { ClassicNavigateFn } from '@/features/classic-vpn/components/wizard/use-classic-navigation';
import { ImportConnectionJson } from '@/features/device-config/components/import-connection-json';

const route = getRouteApi('/classic-vpn/connections/create');
const ids = (list: readonly { id: string }[] | undefined) => list?.map((o) => o.id);

/** This project's classic objects, so an imported connection picks them again instead of creating copies. */
function useKnownClassicIds(): KnownClassicIds {
  return {
    vpnServices: ids(useQuery(classicQueries.vpnServices()).data),
    ikePolicies: ids(useQuery(classicQueries.ikePolicies()).data),
    ipsecPolicies: ids(useQuery(classicQueries.ipsecPolicies()).data),
    endpointGroups: ids(useQuery(classicQueries.endpointGroups()).data),
  };
}

/** The classic connection wizard; its step lives in the URL. */
export function ClassicConnectionCreateRoute() {
  const { step } = route.useSearch();
  const navigate = useNavigate();
  const known = useKnownClassicIds();
  // Import JSON (clone): the imported values become the tab's draft and the wizard restarts from it.
  const [wizardKey, setWizardKey] = useState(0);
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
        actions={
          <ImportConnectionJson
            parse={(text) => parseClassicImport(text, known)}
            onImport={(values) => {
              saveClassicDraft(values, 'service');
              setWizardKey((k) => k + 1);
              onNavigate('service');
            }}
          />
        }
      />
      <ClassicWizard key={wizardKey} step={step} onNavigate={onNavigate} onCreated={(c) => void navigate({ to: paths.classicConnection.path, params: { id: c.id } })} />
    </Stack>
  );
}
