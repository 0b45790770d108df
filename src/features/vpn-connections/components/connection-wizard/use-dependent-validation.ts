import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useWizardForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import type { FormPath } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

/**
 * Cross-field rules put their message on the field the admin has to change (the customer tunnel address, the
 * confirmation, the cipher). When the other field of the rule changes, re-check those fields, but only once
 * they were touched or already show a problem, so nothing complains before the admin got there.
 */
export function useDependentValidation(source: FormPath, dependents: readonly FormPath[]): void {
  const { control, trigger, getFieldState } = useWizardForm();
  const value = useWatch({ control, name: source });
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    const due = dependents.filter((d) => {
      const state = getFieldState(d);
      return state.isTouched || state.invalid;
    });
    if (due.length > 0) void trigger(due);
  }, [value, dependents, trigger, getFieldState]);
}
