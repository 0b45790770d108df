import { Alert, Button, Group, List, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { modalCloseButtonProps, readableAlertTitle } from '@/components/alert-styles';
import { deleteResource, waitUntilGone, type ResourcePath } from '@/features/cascade-delete/api/delete-and-wait';
import { runCascade, type CascadeItem, type ItemResult } from '@/features/cascade-delete/api/run-cascade';
import { CascadeProgress } from '@/features/cascade-delete/components/cascade-progress';
import { ConfirmPhraseInput, phraseMatches } from '@/features/cascade-delete/components/confirm-phrase-input';

/** A VPN connection in the way of the deletion. */
export interface CascadeBlocker {
  id: string;
  name: string;
  path: ResourcePath;
  /** Rendered in the list instead of the plain name, e.g. a link to the connection. */
  link?: ReactNode;
}

/** The object to delete. */
export interface CascadeTarget {
  id: string;
  /** e.g. "VPN gateway", "customer gateway". */
  kind: string;
  name: string;
  path: ResourcePath;
  /** Poll until 404 before reporting success (gateways pass through PENDING_DELETE). */
  waitUntilGone: boolean;
}

/** Props of the dependency-aware delete dialog. */
export interface CascadeDeleteModalProps {
  opened: boolean;
  /** `targetDeleted` is true once the target is gone, so the page can leave its detail view. */
  onClose: (targetDeleted: boolean) => void;
  target: CascadeTarget;
  /** The connections that use the target; they are deleted first. */
  blockers: readonly CascadeBlocker[];
  /** Called when a run ends, so the page can refresh lists and quotas. */
  onFinished: (targetDeleted: boolean) => void;
  /** Poll interval while waiting for deletions. @default 1000 */
  pollMs?: number;
}

type Phase = 'confirm' | 'running' | 'done';

const plural = (n: number) => `${n} connection${n === 1 ? '' : 's'}`;

// From the plan, not the blockers prop: the page refreshes that list as the connections disappear.
const doneMessage = (target: CascadeTarget, connections: number) =>
  connections > 0 ? `${target.kind} ${target.name} and ${plural(connections)} are deleted.` : `${target.kind} ${target.name} is deleted.`;

/** Deletes a gateway or customer gateway, and first, if the user confirms it, the connections in its way. */
export function CascadeDeleteModal({ opened, onClose, target, blockers, onFinished, pollMs }: CascadeDeleteModalProps) {
  const [phase, setPhase] = useState<Phase>('confirm');
  const [plan, setPlan] = useState<CascadeItem[]>([]);
  const [results, setResults] = useState<Record<string, ItemResult>>({});
  const [deleted, setDeleted] = useState(false);
  const [typed, setTyped] = useState({ dependents: '', target: '' });
  const [announcement, setAnnouncement] = useState('');

  const n = blockers.length;
  const dependentsPhrase = `delete ${plural(n)}`;
  const confirmed = phraseMatches(typed.target, target.name) && (n === 0 || phraseMatches(typed.dependents, dependentsPhrase));

  const close = () => {
    if (phase === 'running') return;
    onClose(deleted);
    setPhase('confirm');
    setResults({});
    setTyped({ dependents: '', target: '' });
    setDeleted(false);
  };

  const start = async () => {
    const paths = new Map<string, ResourcePath>([...blockers.map((b) => [b.id, b.path] as const), [target.id, target.path]]);
    const items: CascadeItem[] = [
      ...blockers.map((b) => ({ id: b.id, label: `VPN connection ${b.name}`, isTarget: false, waitUntilGone: true })),
      { id: target.id, label: `${target.kind} ${target.name}`, isTarget: true, waitUntilGone: target.waitUntilGone },
    ];
    setPlan(items);
    setResults({});
    setPhase('running');
    const labels = new Map(items.map((i) => [i.id, i.label]));
    const ok = await runCascade(items, {
      remove: (item) => deleteResource(paths.get(item.id) as ResourcePath),
      waitGone: (item) => waitUntilGone(paths.get(item.id) as ResourcePath, { pollMs }),
      onUpdate: (id, result) => {
        setResults((old) => ({ ...old, [id]: result }));
        if (result.state === 'deleted' || result.state === 'failed') setAnnouncement(`${labels.get(id)}: ${result.state}`);
      },
    });
    setDeleted(ok);
    setPhase('done');
    setAnnouncement(ok ? `${target.kind} ${target.name} is deleted.` : `${target.kind} ${target.name} was not deleted; see the results.`);
    onFinished(ok);
  };

  return (
    <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={close} title={`Delete ${target.kind} ${target.name}`} size="lg" closeOnClickOutside={phase !== 'running'} withCloseButton={phase !== 'running'}>
      <Stack gap="md">
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        {phase === 'confirm' ? (
          <>
            {n > 0 ? (
              <Alert color="yellow" styles={readableAlertTitle} title={`${plural(n)} use${n === 1 ? 's' : ''} this ${target.kind}`}>
                <Text size="sm">
                  OTC refuses to delete a {target.kind} while connections use it. This dialog can delete them first, in
                  this order: each connection, then a wait until it is really gone, then the {target.kind}. Deleting a
                  connection cuts its tunnel at once.
                </Text>
                <List size="sm" mt="xs" aria-label="Connections in the way">
                  {blockers.map((b) => (
                    <List.Item key={b.id}>{b.link ?? b.name}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text size="sm">No VPN connection uses this {target.kind}. Deleting it cannot be undone.</Text>
            )}
            {n > 0 ? (
              <ConfirmPhraseInput step={`Step 1: delete the ${plural(n)}`} phrase={dependentsPhrase} value={typed.dependents}
                onChange={(dependents) => setTyped((t) => ({ ...t, dependents }))} />
            ) : null}
            <ConfirmPhraseInput step={n > 0 ? `Step 2: delete the ${target.kind}` : `Delete the ${target.kind}`} phrase={target.name}
              value={typed.target} onChange={(value) => setTyped((t) => ({ ...t, target: value }))} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button color="red" disabled={!confirmed} onClick={() => void start()}>
                {n > 0 ? `Delete ${plural(n)}, then the ${target.kind}` : `Delete ${target.kind}`}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <CascadeProgress items={plan} results={results} />
            {phase === 'done' ? (
              <>
                <Alert color={deleted ? 'green' : 'red'} styles={readableAlertTitle} title={deleted ? 'Done' : `The ${target.kind} was not deleted`}>
                  {deleted
                    ? doneMessage(target, plan.length - 1)
                    : 'See the results above; fix what failed and try again. Items already deleted stay deleted.'}
                </Alert>
                <Group justify="flex-end">
                  <Button onClick={close}>Close</Button>
                </Group>
              </>
            ) : null}
          </>
        )}
      </Stack>
    </Modal>
  );
}
