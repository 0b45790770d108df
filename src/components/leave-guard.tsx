import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';

/** Props of the leave-with-unsaved-changes guard. */
export interface LeaveGuardProps {
  /** Asked at the moment of leaving: is there anything the admin would lose? */
  shouldWarn: () => boolean;
  /** e.g. "Leave the connection wizard?" */
  title: string;
  /** What happens to the entries if they leave. */
  message: string;
  /** e.g. "Stay in the wizard". */
  stayLabel: string;
}

/** Asks before leaving a page (in-app navigation and tab close/reload); changes of search params never ask. */
export function LeaveGuard({ shouldWarn, title, message, stayLabel }: LeaveGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => current.pathname !== next.pathname && shouldWarn(),
    enableBeforeUnload: shouldWarn,
    withResolver: true,
  });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title={title} centered>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {stayLabel}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave
        </Button>
      </Group>
    </Modal>
  );
}
