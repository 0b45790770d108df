import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';

/** Props of the leave-with-unsaved-changes guard. */
export interface LeaveGuardProps {
  /** Asked at the moment of leaving: is there anything the admin would lose? */
  shouldWarn: () => boolean;
}

/** Asks before leaving the wizard (in-app navigation and tab close/reload); moving between steps never asks. */
export function LeaveGuard({ shouldWarn }: LeaveGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => current.pathname !== next.pathname && shouldWarn(),
    enableBeforeUnload: shouldWarn,
    withResolver: true,
  });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="Leave the connection wizard?" centered>
      <Text size="sm">
        Your entries stay saved in this browser tab and come back when you return, except the pre-shared key, which is never
        stored. Nothing has been created yet.
      </Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay in the wizard
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave
        </Button>
      </Group>
    </Modal>
  );
}
