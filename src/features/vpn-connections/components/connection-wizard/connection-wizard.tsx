import { Alert, Box, Button, Group, VisuallyHidden } from '@mantine/core';
import { defaultConnectionFormValues } from '@contract/connection-form';
import type { ConnectionStyle, VpnConnection } from '@contract/vpn-connection';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider } from 'react-hook-form';
import { clearDraft, isBlank } from '@/features/vpn-connections/components/connection-wizard/draft-store';
import { LeaveGuard } from '@/components/leave-guard';
import { WizardStepper } from '@/components/wizard-stepper';
import { StepBody } from '@/features/vpn-connections/components/connection-wizard/step-body';
import { SubmitErrorAlert } from '@/features/vpn-connections/components/connection-wizard/submit-error-alert';
import { useConnectionForm, useDraftSync } from '@/features/vpn-connections/components/connection-wizard/use-connection-form';
import { useSubmitConnection } from '@/features/vpn-connections/components/connection-wizard/use-submit-connection';
import { useWizardNavigation, type NavigateFn } from '@/features/vpn-connections/components/connection-wizard/use-wizard-navigation';
import type { WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';
import { readableAlertStyles } from '@/features/vpn-connections/components/connection-wizard/alert-styles';

/** Props of the create-connection wizard; the route owns the URL and loads the project's objects. */
export interface ConnectionWizardProps extends WizardData {
  /** The style in the URL; undefined means the draft's, else static. */
  style?: ConnectionStyle;
  /** The step in the URL; undefined means the draft's, else the first. */
  step?: StepId;
  /** A VPN gateway to start with (?vgw= in the URL), e.g. from the gateway's own page. */
  presetGatewayId?: string;
  /** Writes style and step to the URL (replace for corrections that should not add history). */
  onNavigate: NavigateFn;
  /** Called once the API has accepted the connection. */
  onCreated: (connection: VpnConnection) => void;
}

/** One form, one Stepper: Next validates only the step's fields, Back keeps everything, nothing is lost. */
export function ConnectionWizard({ style: urlStyle, step: urlStep, presetGatewayId, onNavigate, onCreated, ...data }: ConnectionWizardProps) {
  const { gateways, customerGateways } = data;
  const context = useMemo(() => ({ gateways, customerGateways }), [gateways, customerGateways]);
  const { form, restored } = useConnectionForm({ context, urlStyle, presetGatewayId });
  const [showRestored, setShowRestored] = useState(restored !== null);
  const done = useRef(false);
  const { headingRef, bodyRef, ...nav } = useWizardNavigation({ form, context, urlStyle, urlStep, initialStep: restored?.step ?? 'style', onNavigate });
  const { submit, pending, error, clearError } = useSubmitConnection(form, nav, (connection) => {
    done.current = true;
    clearDraft();
    onCreated(connection);
  });
  useDraftSync(form, urlStep, done);

  const isReview = nav.step.id === 'review';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (isReview) void submit(e);
    else void nav.next();
  };
  const discard = () => {
    clearDraft();
    clearError();
    form.reset(defaultConnectionFormValues());
    setShowRestored(false);
    nav.goTo('style', 'static');
  };

  return (
    <FormProvider {...form}>
      {showRestored ? (
        <Alert styles={readableAlertStyles} role="note" color="blue" mb="md" title="Your unfinished connection was restored" withCloseButton onClose={() => setShowRestored(false)} closeButtonLabel="Keep the draft and hide this notice">
          Everything you entered earlier in this tab is back, except the pre-shared key, which is never stored.{' '}
          <Button variant="subtle" size="compact-sm" onClick={discard}>
            Discard draft and start over
          </Button>
        </Alert>
      ) : null}
      {error ? <Box mb="md"><SubmitErrorAlert error={error} onRetry={() => void submit()} retrying={pending} /></Box> : null}
      <form noValidate onSubmit={onSubmit} aria-label="Create VPN connection">
        <WizardStepper steps={nav.steps} index={nav.index} onStepClick={(i) => nav.steps[i] && nav.goTo(nav.steps[i].id)} headingRef={headingRef} bodyRef={bodyRef}>
          <StepBody id={nav.step.id} data={data} />
        </WizardStepper>
        <Group justify="space-between" mt="xl">
          <Group gap="sm">
            <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={nav.back} disabled={nav.index === 0}>
              Back
            </Button>
            <Button variant="subtle" color="red" onClick={discard}>
              Discard draft
            </Button>
          </Group>
          {isReview ? (
            <Button type="submit" loading={pending} disabled={pending} leftSection={<IconCheck size={16} aria-hidden />}>
              Create connection
            </Button>
          ) : (
            <Button type="submit" rightSection={<IconArrowRight size={16} aria-hidden />}>
              Next
            </Button>
          )}
        </Group>
      </form>
      <VisuallyHidden role="status" aria-live="polite">
        {nav.announcement}
      </VisuallyHidden>
      <LeaveGuard
        shouldWarn={() => !done.current && !isBlank(form.getValues())}
        title="Leave the connection wizard?"
        message="Your entries stay saved in this browser tab and come back when you return, except the pre-shared key, which is never stored. Nothing has been created yet."
        stayLabel="Stay in the wizard"
      />
    </FormProvider>
  );
}
