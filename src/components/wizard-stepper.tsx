import { Box, Stepper, Title } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';

/** Props of a wizard's stepper and current step. */
export interface WizardStepperProps {
  steps: readonly { id: string; label: string; description: string }[];
  index: number;
  /** Steps already passed can be clicked to go back to them. */
  onStepClick: (index: number) => void;
  /** The step heading, focused when the step changes (see useWizardFocus). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The step body, searched for the first invalid field. */
  bodyRef: RefObject<HTMLDivElement | null>;
  /** The current step's fields. */
  children: ReactNode;
}

/** The stepper over a wizard, then "Step N of M: label" and the current step's fields. */
export function WizardStepper({ steps, index, onStepClick, headingRef, bodyRef, children }: WizardStepperProps) {
  return (
    <>
      <Stepper active={index} onStepClick={onStepClick} allowNextStepsSelect={false} size="sm" mb="lg">
        {steps.map((s) => (
          <Stepper.Step key={s.id} label={s.label} description={s.description} />
        ))}
      </Stepper>
      <Box ref={bodyRef}>
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1} mb="md">
          Step {index + 1} of {steps.length}: {steps[index]?.label}
        </Title>
        {children}
      </Box>
    </>
  );
}
