import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { connectionFormSchema, type ConnectionFormValues } from '@contract/connection-form';
import { IconCopy } from '@tabler/icons-react';
import { useWatch } from 'react-hook-form';
import { maskedRequestJson, reviewSections } from '@/features/vpn-connections/components/connection-wizard/review-sections';
import { StepWarnings } from '@/features/vpn-connections/components/connection-wizard/step-warnings';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useChosen, useWarnings, type WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

/** Step 6: every value grouped as the detail page shows it, the warnings, and the exact body with the PSK masked. */
export function ReviewStep({ data }: { data: WizardData }) {
  const { control } = useWizardForm();
  const values = useWatch({ control }) as ConnectionFormValues;
  const { gateway, customerGateway } = useChosen(data);
  const warnings = useWarnings(data);
  const result = connectionFormSchema(data).safeParse(values);
  if (!result.success) {
    return (
      <Alert styles={readableAlertStyles} color="red" title="Some values need attention">
        Go back to the steps marked in the list above and fix the highlighted fields.
      </Alert>
    );
  }
  const body = result.data;
  const json = maskedRequestJson(body);
  return (
    <Stack gap="lg">
      <StepWarnings warnings={warnings} title={`Warnings (${warnings.length})`} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {reviewSections(body, gateway, customerGateway).map((section) => (
          <section key={section.title} aria-labelledby={`review-${section.title}`}>
            <Title order={3} size="h4" id={`review-${section.title}`} mb="xs">
              {section.title}
            </Title>
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                {section.rows.map(([label, value]) => (
                  <Table.Tr key={`${label}-${value}`}>
                    <Table.Th w={200} scope="row">{label}</Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
      </SimpleGrid>
      <section aria-labelledby="review-request">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h4" id="review-request">
            Request body
          </Title>
          <CopyButton value={json}>
            {({ copied, copy }) => (
              <Button variant="light" size="compact-sm" leftSection={<IconCopy size={16} aria-hidden />} onClick={copy}>
                {copied ? 'Copied' : 'Copy JSON'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          POST /v5/&#123;project_id&#125;/vpn-connection, exactly as it will be sent; the pre-shared key is masked here.
        </Text>
        <Code block data-testid="request-body" tabIndex={0} aria-label="Request body JSON">
          {json}
        </Code>
      </section>
    </Stack>
  );
}
