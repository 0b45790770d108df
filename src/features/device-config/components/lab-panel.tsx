import { Alert, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { LAB_MISTAKE_LABELS, LAB_MISTAKES, type LabMistake } from '@contract/lab-control';
import { IconFlask } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { labQueries, useLabMistake } from '@/features/device-config/api/lab-queries';

/** Props of the lab panel on a v5 detail page. */
export interface LabPanelProps {
  connectionId: string;
  /** Called when the lab's result changes (a mistake applied, a tunnel up), so the page re-reads the status. */
  onChanged?: () => void;
}

const mistakeOptions = LAB_MISTAKES.map((m) => ({ value: m, label: LAB_MISTAKE_LABELS[m] }));

/**
 * Shown only when the server runs the live IPsec lab and backs this connection with real strongSwan daemons:
 * the real negotiation result and a control to make the customer side wrong on purpose.
 */
export function LabPanel({ connectionId, onChanged }: LabPanelProps) {
  const lab = useQuery(labQueries.status());
  const mistake = useLabMistake(connectionId);
  const [choice, setChoice] = useState<LabMistake | null>(null);
  const entry = lab.data?.connections.find((c) => c.id === connectionId);
  // The connection's status follows the lab's result, but the page polls a settled status only every 30 s: a
  // tunnel that comes up (or fails) must show at once, not half a minute later.
  const result = entry?.status;
  const seen = useRef(result);
  useEffect(() => {
    if (seen.current === result) return;
    seen.current = result;
    if (result) onChanged?.();
  }, [result, onChanged]);
  if (!entry) return null;
  const selected = choice ?? entry.mistake;
  const apply = () => mistake.mutate(selected, { onSuccess: () => onChanged?.() });
  const color = entry.status === 'ACTIVE' ? 'green' : entry.status === 'ERROR' ? 'red' : entry.status === 'DOWN' ? 'orange' : 'gray';

  return (
    <Alert color="grape" variant="light" icon={<IconFlask size={18} aria-hidden />} title="Live IPsec lab" aria-label="Live IPsec lab">
      <Stack gap="sm">
        <Text size="sm">
          This connection runs against a real strongSwan customer device that uses the exported configuration.
        </Text>
        <Group gap="xs">
          <Text size="sm">Lab result:</Text>
          <Badge color={color} variant="light" data-testid="lab-status">
            {entry.status ?? (entry.phase === 'negotiating' ? 'negotiating…' : 'starting…')}
          </Badge>
          {entry.settle_ms !== null && entry.status ? <Text size="xs" c="dimmed">settled in {entry.settle_ms} ms</Text> : null}
        </Group>
        {entry.reason ? (
          <Text size="sm" data-testid="lab-reason">
            {entry.reason}
          </Text>
        ) : null}
        <Group align="flex-end">
          <Select label="Simulate a customer-side mistake" data={mistakeOptions} value={selected} onChange={(v) => v && setChoice(v as LabMistake)} allowDeselect={false} w={440} />
          <Button onClick={apply} loading={mistake.isPending}>
            Apply and renegotiate
          </Button>
        </Group>
        {mistake.error ? <Text size="sm" c="red">{mistake.error.message}</Text> : null}
      </Stack>
    </Alert>
  );
}
