import { classicWizardSchema, type ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { useEffect } from 'react';
import type { FieldError } from 'react-hook-form';
import {
  CLASSIC_STEPS,
  classicStepIndex,
  firstClassicStepOf,
  type ClassicStepId,
  type ClassicWizardStep,
} from '@/features/classic-vpn/components/wizard/classic-wizard-steps';
import type { ClassicWizardForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';
import { useWizardFocus } from '@/lib/use-wizard-focus';

export type ClassicNavigateFn = (step: ClassicStepId, options?: { replace?: boolean }) => void;

/** Every message in an error subtree (a parent name such as `peer` holds its fields' errors). */
export function messagesOf(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const own = typeof (error as FieldError).message === 'string' && (error as FieldError).message ? [(error as FieldError).message as string] : [];
  const nested = Object.entries(error)
    .filter(([key]) => key !== 'ref' && key !== 'message' && key !== 'type' && key !== 'types')
    .flatMap(([, value]) => messagesOf(value));
  return [...own, ...nested];
}

interface Options {
  form: ClassicWizardForm;
  context: ClassicWizardContext;
  step: ClassicStepId;
  onNavigate: ClassicNavigateFn;
}

/** Step gating (Next validates the step's fields), focus on the new step, screen-reader announcements. */
export function useClassicNavigation({ form, context, step: stepId, onNavigate }: Options) {
  const index = Math.max(0, classicStepIndex(stepId));
  const step = CLASSIC_STEPS[index] as ClassicWizardStep;
  const { headingRef, bodyRef, announcement, announce, showProblems } = useWizardFocus(index);
  const loaded = context.routers !== undefined && context.subnets !== undefined && context.vpnServices !== undefined && context.endpointGroups !== undefined;

  useEffect(() => {
    // A step is shown only when every earlier step is valid (reload, back/forward, a pasted link).
    if (index === 0 || !loaded) return;
    const result = classicWizardSchema(context).safeParse(form.getValues());
    if (result.success) return;
    const first = firstClassicStepOf(result.error.issues.map((i) => i.path.join('.')));
    if (first && classicStepIndex(first.id) < index) onNavigate(first.id, { replace: true });
  }, [index, loaded, context, form, onNavigate]);

  const goTo = (target: ClassicStepId) => {
    const i = classicStepIndex(target);
    onNavigate(target);
    announce(`Step ${i + 1} of ${CLASSIC_STEPS.length}: ${CLASSIC_STEPS[i]?.label ?? target}`);
  };

  const next = async () => {
    const target = CLASSIC_STEPS[index + 1];
    if (await form.trigger(step.fields)) {
      if (target) goTo(target.id);
      return;
    }
    showProblems(step.fields.flatMap((f) => messagesOf(form.getFieldState(f).error)));
  };

  const back = () => {
    const target = CLASSIC_STEPS[index - 1];
    if (target) goTo(target.id);
  };

  return { steps: CLASSIC_STEPS, index, step, headingRef, bodyRef, announcement, next, back, goTo, showProblems };
}
