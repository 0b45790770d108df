import { Text } from '@mantine/core';
import { PageHeader } from '@/components/page-header';
import { ConnectionSettingsForm } from '@/features/settings/components/connection-settings-form';

/** Run-time connection settings: which OTC endpoint, project and token the console uses. */
export function SettingsRoute() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Which OTC VPN API this console talks to. The defaults come from the deployment (VITE_API_BASE, VITE_PROJECT_ID)."
      />
      <Text size="sm" mb="md" maw={640}>
        Changes apply to every page as soon as you save. The API base URL and project ID are remembered in this
        browser; the token is forgotten when the browser session ends.
      </Text>
      <ConnectionSettingsForm />
    </>
  );
}
