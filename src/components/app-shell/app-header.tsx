import { Anchor, Badge, Burger, Group, Text, Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from '@/components/app-shell/color-scheme-toggle';
import { paths } from '@/config/paths';
import { describeApiBase, useConnectionSettings } from '@/lib/connection-settings';
import { useConsoleConfig } from '@/lib/console-config';

/** Props of the header bar. */
export interface AppHeaderProps {
  /** Whether the navigation drawer is open on small screens. */
  navOpened: boolean;
  onToggleNav: () => void;
  /** Controls shown before the colour-scheme switch. */
  extra?: ReactNode;
}

/** Which API the server behind this console is: the mock, or real OTC in a region. */
function ModeBadge() {
  const config = useConsoleConfig();
  if (config.mode === 'mock') {
    return (
      <Tooltip label="The built-in mock OTC API: nothing here touches a real cloud">
        <Badge variant="light" color="grape" data-testid="api-mode">
          Mock API
        </Badge>
      </Tooltip>
    );
  }
  const endpoints = config.endpoints ? `VPN ${config.endpoints.vpn} · IAM ${config.endpoints.iam}` : '';
  return (
    <Tooltip label={`Real Open Telekom Cloud through this console's server. ${endpoints}`}>
      {/* Filled teal.9: the light teal variant is below 4.5:1 at badge size. */}
      <Badge variant="filled" color="teal.9" data-testid="api-mode">
        OTC {config.region}
      </Badge>
    </Tooltip>
  );
}

/** App name, the API endpoint and project in use (linking to Settings), and the colour-scheme switch. */
export function AppHeader({ navOpened, onToggleNav, extra }: AppHeaderProps) {
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
        <ModeBadge />
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
        {extra}
        <ColorSchemeToggle />
      </Group>
    </Group>
  );
}
