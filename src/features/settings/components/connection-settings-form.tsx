import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTestConnection } from '@/features/settings/api/test-connection';
import { apiBaseNote } from '@/features/settings/components/api-base-note';
import { ConnectionTestOutcome } from '@/features/settings/components/connection-test-result';
import {
  connectionSettingsSchema,
  getConnectionSettings,
  resetConnectionSettings,
  saveConnectionSettings,
  type ConnectionSettings,
} from '@/lib/connection-settings';

/** API base URL, project id and token: validated, tested on demand, saved for every page to use. */
export function ConnectionSettingsForm() {
  const form = useForm({
    resolver: zodResolver(connectionSettingsSchema),
    mode: 'onTouched',
    defaultValues: getConnectionSettings(),
  });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const note = apiBaseNote(useWatch({ control: form.control, name: 'apiBase' }), window.location.origin, import.meta.env.DEV);
  const test = useTestConnection();
  const [tested, setTested] = useState<ConnectionSettings>();
  const [status, setStatus] = useState('');

  const onSave = handleSubmit((values) => {
    const saved = saveConnectionSettings(values);
    form.reset(saved);
    setStatus('Settings saved. Every page now uses them.');
  });
  const onTest = handleSubmit((values) => {
    setTested(values);
    test.mutate(values);
  });
  const onReset = () => {
    const defaults = resetConnectionSettings();
    form.reset(defaults);
    test.reset();
    setStatus('Settings reset to the defaults of this deployment.');
  };

  return (
    <form onSubmit={onSave} noValidate aria-label="API connection settings">
      <Stack gap="md" maw={640}>
        <TextInput
          label="API base URL"
          description={
            note ??
            'Leave empty to use the server that hosts this console: the mock, or real OTC when it runs as a proxy (npm start -- --upstream otc). A URL of another server works only with npm run dev.'
          }
          placeholder="(same origin)"
          autoComplete="url"
          spellCheck={false}
          error={errors.apiBase?.message}
          {...register('apiBase')}
        />
        <TextInput
          label="Project ID"
          description="The project every v5 path uses: /v5/{project_id}/…"
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          error={errors.projectId?.message}
          {...register('projectId')}
        />
        <PasswordInput
          label="Token"
          description="Sent as X-Auth-Token. Kept only for this browser session (sessionStorage), never in localStorage."
          withAsterisk
          autoComplete="off"
          error={errors.token?.message}
          {...register('token')}
        />
        <Group gap="sm">
          <Button type="submit">Save</Button>
          <Button
            variant="default"
            // A spinner instead of `loading`: a disabled button would drop keyboard focus mid-test.
            leftSection={test.isPending ? <Loader size={16} aria-hidden /> : <IconPlugConnected size={16} aria-hidden />}
            aria-busy={test.isPending}
            onClick={() => void onTest()}
          >
            Test connection
          </Button>
          <Button variant="subtle" color="gray" onClick={onReset}>
            Reset to defaults
          </Button>
        </Group>
        <Text size="sm" role="status" aria-live="polite">
          {status}
        </Text>
        <div aria-live="polite">
          <ConnectionTestOutcome result={test.data} error={test.error} tested={tested} />
        </div>
      </Stack>
    </form>
  );
}
