import { Alert, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { classicWizardSchema, type ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import type { ClassicWizardValues } from '@contract/classic/classic-wizard-values';
import { useWatch } from 'react-hook-form';
import { plannedCalls } from '@/features/classic-vpn/components/wizard/review-bodies';
import { useClassicForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';

/** Step 5: every API call the wizard will make, in order, with its exact body (the PSK masked). */
export function ReviewStep({ data }: { data: ClassicWizardContext }) {
  const { control } = useClassicForm();
  const values = useWatch({ control }) as ClassicWizardValues;
  const result = classicWizardSchema(data).safeParse(values);
  if (!result.success) {
    return (
      <Alert color="red" title="Some values need attention">
        Go back to the steps above and fix the highlighted fields.
      </Alert>
    );
  }
  const calls = plannedCalls(result.data, data);
  const creates = calls.filter((c) => c.request).length;
  return (
    <Stack gap="md">
      <Text size="sm">
        Creating makes {creates} API {creates === 1 ? 'call' : 'calls'}, in this order. If one fails, what was already
        created is kept and selected, so trying again does not create it twice.
      </Text>
      <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {calls.map((call) => (
          <li key={call.key}>
            <Paper withBorder p="sm" radius="md" mb="sm">
              <Title order={3} size="h5">
                {call.title}
              </Title>
              {call.request ? (
                <>
                  <Text size="xs" c="dimmed" ff="monospace" mt={4}>
                    {call.request.path}
                  </Text>
                  <Code block mt="xs" tabIndex={0} aria-label={`${call.title}: request body`} data-testid={`request-body-${call.key}`}>
                    {call.request.json}
                  </Code>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  Existing object; nothing is sent for it.
                </Text>
              )}
            </Paper>
          </li>
        ))}
      </ol>
    </Stack>
  );
}
