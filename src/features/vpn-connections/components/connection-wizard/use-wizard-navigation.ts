import { connectionFormSchema, type ConnectionFormContext } from '@contract/connection-form';
import type { ConnectionStyle } from '@contract/vpn-connection';
import { useCallback, useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { errorPaths, messagesIn } from '@/features/vpn-connections/components/connection-wizard/collect-messages';
import type { ConnectionForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import {
  firstStepOf,
  stepIndex,
  stepsFor,
  type FormPath,
  type StepId,
  type WizardStep,
} from '@/features/vpn-connections/components/connection-wizard/wizard-steps';
import { useWizardFocus } from '@/lib/use-wizard-focus';

/** The wizard's place, as kept in the URL. */
export interface WizardSearch {
  style: ConnectionStyle;
  step: StepId;
}

export type NavigateFn = (search: WizardSearch, options?: { replace?: boolean }) => void;

interface Options {
  form: ConnectionForm;
  context: ConnectionFormContext;
  urlStyle?: ConnectionStyle;
  urlStep?: StepId;
  /** Where to start when the URL names no step (a restored draft's step). */
  initialStep: StepId;
  onNavigate: NavigateFn;
}

/** Step state kept in the URL, gated by validation, with focus and screen-reader announcements. */
export function useWizardNavigation({ form, context, urlStyle, urlStep, initialStep, onNavigate }: Options) {
  const { getValues, setValue, trigger } = form;
  const style = useWatch({ control: form.control, name: 'style' });
  const steps = stepsFor(style);
  const index = Math.max(0, stepIndex(style, urlStep ?? initialStep));
  const step = steps[index] as WizardStep;
  const { headingRef, bodyRef, announcement, announce, showProblems } = useWizardFocus(index);
  const lastUrlStyle = useRef<ConnectionStyle | undefined>(undefined);
  // The place the wizard itself asked for and the router has not reached yet: nothing may fight it meanwhile.
  const pending = useRef<WizardSearch | null>(null);

  const go = useCallback(
    (search: WizardSearch, options?: { replace?: boolean }) => {
      pending.current = search;
      onNavigate(search, options);
    },
    [onNavigate],
  );

  useEffect(() => {
    const wanted = pending.current;
    if (wanted && (wanted.style !== urlStyle || wanted.step !== urlStep)) return;
    pending.current = null;
    // The URL changed (back/forward, a link): it wins. Otherwise the form's style (or a missing step) is written to it.
    if (urlStyle !== undefined && urlStyle !== lastUrlStyle.current) {
      lastUrlStyle.current = urlStyle;
      if (urlStyle !== getValues('style')) {
        setValue('style', urlStyle, { shouldDirty: true });
        return;
      }
    }
    if (style !== urlStyle || urlStep === undefined) go({ style, step: urlStep ?? initialStep }, { replace: true });
  }, [urlStyle, urlStep, style, initialStep, getValues, setValue, go]);

  useEffect(() => {
    // A step is shown only when every earlier step is valid (reload, back/forward, a pasted link).
    if (urlStep === undefined || index === 0 || pending.current) return;
    const result = connectionFormSchema(context).safeParse(getValues());
    if (result.success) return;
    const first = firstStepOf(style, result.error.issues.map((i) => i.path.join('.')));
    if (first && stepIndex(style, first.id) < index) go({ style, step: first.id }, { replace: true });
  }, [index, style, urlStep, context, getValues, go]);

  /** Shows a step (of `toStyle` when the style changes too, e.g. after Discard), with a history entry. */
  const goTo = (target: StepId, toStyle: ConnectionStyle = style) => {
    const i = stepIndex(toStyle, target);
    go({ style: toStyle, step: target });
    announce(`Step ${i + 1} of ${steps.length}: ${steps[i]?.label ?? target}`);
  };

  /** Validates this step's fields; moves on when they pass, else focuses and announces the first problem. */
  const next = async () => {
    const target = steps[index + 1];
    if (await trigger(step.fields)) {
      if (target) goTo(target.id);
      return;
    }
    // getFieldState reads the live errors; formState is the snapshot of the last render.
    const errors = step.fields.map((f) => [f, form.getFieldState(f).error] as const);
    // Shown problems count as touched, so fixing one clears its message while typing rather than on the blur
    // that the next click causes (a message vanishing under the pointer makes that click miss).
    for (const [f, error] of errors) {
      for (const path of errorPaths(error, f)) setValue(path as FormPath, getValues(path as FormPath), { shouldTouch: true });
    }
    showProblems(errors.flatMap(([, error]) => messagesIn(error)));
  };

  const back = () => {
    const target = steps[index - 1];
    if (target) goTo(target.id);
  };

  return { style, steps, index, step, headingRef, bodyRef, announcement, next, back, goTo, showProblems };
}
