import type { ConnectionFormValues } from '@contract/connection-form';
import type { CreateVpnConnection, VpnConnection } from '@contract/vpn-connection';
import { useRef, useState, type BaseSyntheticEvent } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useCreateVpnConnection } from '@/features/vpn-connections/api/create-vpn-connection';
import { collectMessages } from '@/features/vpn-connections/components/connection-wizard/collect-messages';
import { fieldRejections } from '@/features/vpn-connections/components/connection-wizard/server-errors';
import type { ConnectionForm } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import type { useWizardNavigation } from '@/features/vpn-connections/components/connection-wizard/use-wizard-navigation';
import { firstStepOf } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

type Navigation = Pick<ReturnType<typeof useWizardNavigation>, 'style' | 'step' | 'steps' | 'goTo' | 'showProblems'>;

/**
 * Validates everything, POSTs once (a second click while in flight does nothing) and maps a rejection onto the
 * field it names, or keeps it for the alert above the form. Values are never reset on failure.
 */
export function useSubmitConnection(form: ConnectionForm, nav: Navigation, onCreated: (c: VpnConnection) => void) {
  const mutation = useCreateVpnConnection();
  const inFlight = useRef(false);
  const [error, setError] = useState<unknown>(null);

  const onValid = async (body: CreateVpnConnection) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setError(null);
    try {
      // Stays locked after success: the page is leaving, and a late second click must not create a twin.
      onCreated(await mutation.mutateAsync(body));
    } catch (failure) {
      inFlight.current = false;
      const rejections = fieldRejections(failure, nav.style);
      if (rejections.length === 0) {
        setError(failure);
        return;
      }
      for (const r of rejections) {
        // Touched, so correcting the value re-checks it while typing (see useWizardNavigation's next()).
        form.setValue(r.path, form.getValues(r.path), { shouldTouch: true });
        form.setError(r.path, { type: 'server', message: r.message });
      }
      const first = firstStepOf(nav.style, rejections.map((r) => r.path));
      if (first && first.id !== nav.step.id) nav.goTo(first.id);
      nav.showProblems(rejections.map((r) => r.message));
    }
  };

  const onInvalid = (errors: FieldErrors<ConnectionFormValues>) => {
    // Something on an earlier step became invalid (e.g. a draft): go there and point at it.
    const first = nav.steps.find((s) => collectMessages(errors, s.fields).length > 0);
    if (first && first.id !== nav.step.id) nav.goTo(first.id);
    nav.showProblems(first ? collectMessages(errors, first.fields) : []);
  };

  // Built per call, so no ref is read while rendering.
  const submit = (event?: BaseSyntheticEvent) => form.handleSubmit(onValid, onInvalid)(event);

  return { submit, pending: mutation.isPending, error, clearError: () => setError(null) };
}
