import { Alert, Button, FileButton, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ConnectionFormValues } from '@contract/connection-form';
import { parseConnectionImport, type ImportedClone } from '@contract/device-config/import-json';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { modalCloseButtonProps } from '@/components/alert-styles';

/** Props of "Import JSON" on the create page. */
export interface ImportConnectionJsonProps {
  /** Receives the wizard values of the chosen connection (no PSK) and what was reset for the new site. */
  onImport: (values: ConnectionFormValues, notes: string[]) => void;
}

/** Reads a connection exported as JSON (a file or pasted text) to clone it to a new site. */
export function ImportConnectionJson({ onImport }: ImportConnectionJsonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Import JSON
      </Button>
      <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={() => setOpened(false)} title="Clone a connection from JSON" size="lg">
        {opened ? (
          <ImportBody
            onImport={(values, notes) => {
              setOpened(false);
              onImport(values, notes);
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

function ImportBody({ onImport }: ImportConnectionJsonProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [clones, setClones] = useState<ImportedClone[] | null>(null);
  const [chosen, setChosen] = useState('0');

  const read = (value: string) => {
    setText(value);
    const result = parseConnectionImport(value);
    setError(result.ok ? null : result.error);
    setClones(result.ok ? result.clones : null);
    setChosen('0');
  };
  const clone = clones?.[Number(chosen)];

  return (
    <Stack gap="md">
      <Text size="sm">
        Choose a file exported with Export → JSON (or paste it). The gateway and the security settings are kept; what belongs to the
        old site is cleared, and a pre-shared key is never imported.
      </Text>
      <Group>
        <FileButton accept="application/json,.json" onChange={(file) => void file?.text().then(read)}>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />}>
              Choose JSON file
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea label="Or paste the JSON" rows={8} value={text} onChange={(e) => read(e.currentTarget.value)} error={error} styles={{ input: { fontFamily: 'monospace' } }} />
      {clones && clones.length > 1 ? (
        <Radio.Group label={`The file holds ${clones.length} connections; clone which one?`} value={chosen} onChange={setChosen}>
          <Stack gap={4} mt={4}>
            {clones.map((c, i) => (
              <Radio key={`${c.label}-${i}`} value={String(i)} label={c.label} />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
      {clone ? (
        <Alert color="blue" variant="light" title={`Ready to clone ${clone.label}`}>
          <List size="sm" spacing={4}>
            {clone.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button disabled={!clone} onClick={() => clone && onImport(clone.values, clone.notes)}>
          Open in the wizard
        </Button>
      </Group>
    </Stack>
  );
}
