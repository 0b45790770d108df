import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Props of a page header. */
export interface PageHeaderProps {
  /** The page's single h1; also the browser tab title. */
  title: string;
  /** One sentence under the title. */
  description?: ReactNode;
  /** Controls on the right (create, refresh …). */
  actions?: ReactNode;
}

/** Page title (the page's only h1), optional description and actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useDocumentTitle(`${title} · OTC VPN Console`);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
