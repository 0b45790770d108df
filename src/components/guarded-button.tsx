import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';

/** Props of a button that can be disabled with a reason. */
export interface GuardedButtonProps extends ButtonProps {
  /** Why the action is not possible right now; when set, the button is disabled and says why. */
  disabledReason?: string | undefined;
  onClick?: () => void;
  /** Renders the enabled button as another element, e.g. a router Link. */
  renderRoot?: (props: Record<string, unknown>) => ReactNode;
  'data-testid'?: string;
}

/**
 * A button that explains itself when it cannot be used: the reason is in a tooltip (hover, focus, touch)
 * and in its accessible description. It stays focusable (aria-disabled, not disabled) so keyboard and
 * screen-reader users can reach the explanation.
 */
export function GuardedButton({ disabledReason, onClick, renderRoot, ...props }: GuardedButtonProps) {
  const reasonId = useId();
  if (!disabledReason) return <Button {...props} onClick={onClick} renderRoot={renderRoot} />;
  return (
    <>
      <Tooltip label={disabledReason} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Button {...props} data-disabled aria-disabled="true" aria-describedby={reasonId} onClick={(e) => e.preventDefault()} />
      </Tooltip>
      <VisuallyHidden id={reasonId}>{disabledReason}</VisuallyHidden>
    </>
  );
}
