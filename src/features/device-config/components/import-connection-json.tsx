import { Alert, Button, FileButton, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconFileImport, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { modalCloseButtonProps } from '@/components/alert-styles';

/** One connection found in the file, as wizard values. */
interface Clone<V> {
  label: string;
  values: V;
  notes: string[];
}

/** Reads the text of an exported file; errors say what was expected. */
export type ImportParser<V> = (text: string) => { ok: true; clones: Clone<V>[] } | { ok: false; error: string };

/** Props of "Import JSON" on a create page (v5: parseConnectionImport; classic: parseClassicImport). */
export interface ImportConnectionJsonProps<V> {
  /** Receives the wizard values of the chosen connection (no PSK) and what was reset for the new site. */
  onImport: (values: V, notes: string[]) => void;
  parse: ImportParser<V>;
}

/** Reads a connection exported as JSON (a file or pasted text) to clone it to a new site. */
export function ImportConnectionJson<V>({ onImport, parse }: ImportConnectionJsonProps<V>) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setOpened(true)}>
        Import JSON
      </Button>
      <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={() => setOpened(false)} title="Clone a connection from JSON" size="lg">
        {opened ? (
          <ImportBody
            parse={parse}
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

function ImportBody<V>({ onImport, parse }: { onImport: (values: V, notes: string[]) => void; parse: ImportParser<V> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [clones, setClones] = useState<Clone<V>[] | null>(null);
  const [chosen, setChosen] = useState('0');

  const read = (value: string) => {
    setText(value);
    const result = parse(value);
    setError(result.ok ? null : result.error);
    setClones(result.ok ? result.clones : null);
    setChosen('0');
  };
  const clone = clones?.[Number(chosen)];

  return (
    <Stack gap="md">
      <Text size="sm">
        Choose a file exported with Export → JSON (or paste it). The gateway side and the security settings are kept; what belongs
        to the old site is cleared, and a pre-shared key is never imported.
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
