import { Anchor, Burger, Group, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { ColorSchemeToggle } from '@/components/app-shell/color-scheme-toggle';
import { paths } from '@/config/paths';
import { describeApiBase, useConnectionSettings } from '@/lib/connection-settings';

/** Props of the header bar. */
export interface AppHeaderProps {
  /** Whether the navigation drawer is open on small screens. */
  navOpened: boolean;
  onToggleNav: () => void;
}

/** App name, the API endpoint and project in use (linking to Settings), and the colour-scheme switch. */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const settings = useConnectionSettings();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
        />
        <IconShieldLock size={24} aria-hidden />
        <Text fw={700} size="lg" component="span">
          OTC VPN Console
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Anchor
          size="sm"
          visibleFrom="sm"
          c="dimmed"
          aria-label={`Connected to ${describeApiBase(settings.apiBase)}, project ${settings.projectId}. Change in Settings`}
          renderRoot={(props) => <Link to={paths.settings.href()} {...props} />}
        >
          <Text span size="sm" c="dimmed" inherit>
            API {describeApiBase(settings.apiBase)} · project{' '}
            <Text span ff="monospace" inherit>
              {settings.projectId}
            </Text>
          </Text>
        </Anchor>
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
