import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { WizardWarning } from '@/features/vpn-connections/components/connection-wizard/pre-submit-warnings';
import { useWarnings, type WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

/** Props of a warnings box. */
export interface StepWarningsProps {
  warnings: readonly WizardWarning[];
  /** @default 'Check before you continue' */
  title?: string;
}

/** Non-blocking warnings; the ones OTC is known to reject say so. */
export function StepWarnings({ warnings, title = 'Check before you continue' }: StepWarningsProps) {
  if (warnings.length === 0) return null;
  const rejected = warnings.some((w) => w.rejected);
  return (
    <Alert styles={readableAlertStyles} role="note" color={rejected ? 'red' : 'yellow'} variant="light" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={w.id}>
            {w.rejected ? <strong>OTC will reject this: </strong> : null}
            {w.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The warnings of one step, recomputed as values change; only this box re-renders on each keystroke. */
export function LiveStepWarnings({ data, step, title }: { data: WizardData; step: StepId; title?: string }) {
  const warnings = useWarnings(data).filter((w) => w.step === step);
  return <StepWarnings warnings={warnings} title={title} />;
}
