import { Alert, Text } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { PageHeader } from '@/components/page-header';

/** Props of a placeholder page. */
export interface ComingSoonProps {
  /** The page's h1. */
  title: string;
  /** What the page will offer, in one sentence. */
  summary: string;
}

/** Plain placeholder for pages that are not built yet. */
export function ComingSoon({ title, summary }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} />
      <Alert icon={<IconTools aria-hidden />} title="Coming soon" color="blue" variant="light" maw={640}>
        <Text size="sm">{summary}</Text>
        <Text size="sm" mt="xs">
          This page is not built yet.
        </Text>
      </Alert>
    </>
  );
}
