import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { presentStatus } from '@/components/status-presentation';

/** Props of a status badge. */
export interface StatusBadgeProps {
  /** Raw API status, e.g. "PENDING_CREATE". */
  status: string;
  /** Replaces the default explanation, e.g. for gateways, where Active means "ready" rather than "tunnel up". */
  explanation?: string | undefined;
}

/** Readable status with its explanation in a tooltip (hover or keyboard focus) and for screen readers. */
export function StatusBadge({ status, explanation: override }: StatusBadgeProps) {
  const { label, color, explanation: standard } = presentStatus(status);
  const explanation = override ?? standard;
  const descriptionId = useId();
  return (
    <>
      <Tooltip label={explanation} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Badge
          variant="light"
          color={color}
          size="md"
          // The tinted background carries the colour; body-coloured text keeps AA contrast (green-9 on green-1 is 3.8:1).
          c="var(--mantine-color-text)"
          tabIndex={0}
          aria-describedby={descriptionId}
          data-testid="status-badge"
          data-status={status}
          tt="none"
          style={{ cursor: 'help' }}
          // Mantine clips the label; in a narrow table column that cut "Not connected" to "Not conne…".
          styles={{ label: { overflow: 'visible' } }}
        >
          {label}
        </Badge>
      </Tooltip>
      <VisuallyHidden id={descriptionId}>{explanation}</VisuallyHidden>
    </>
  );
}
