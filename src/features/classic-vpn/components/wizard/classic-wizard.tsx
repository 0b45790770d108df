import { Alert, Box, Button, Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import type { ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { defaultClassicWizardValues } from '@contract/classic/classic-wizard-values';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { FormProvider } from 'react-hook-form';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { LeaveGuard } from '@/components/leave-guard';
import { WizardStepper } from '@/components/wizard-stepper';
import { clearClassicDraft, isBlankDraft } from '@/features/classic-vpn/components/wizard/classic-draft';
import type { ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';
import { SubmitFailureAlert } from '@/features/classic-vpn/components/wizard/submit-failure-alert';
import { StepContent } from '@/features/classic-vpn/components/wizard/step-content';
import { useClassicNavigation, type ClassicNavigateFn } from '@/features/classic-vpn/components/wizard/use-classic-navigation';
import { useClassicDraftSync, useClassicWizardData, useClassicWizardForm } from '@/features/classic-vpn/components/wizard/use-classic-wizard-form';
import { useSubmitClassic } from '@/features/classic-vpn/components/wizard/use-submit-classic';

/** Props of the classic connection wizard; the route owns the URL. */
export interface ClassicWizardProps {
  /** The step in the URL; undefined means the draft's, else the first. */
  step?: ClassicStepId;
  onNavigate: ClassicNavigateFn;
  /** Called once the API has accepted the connection. */
  onCreated: (connection: IpsecSiteConnection) => void;
}

/** One form, one Stepper: every dependency picked or created on the spot, then the connection. */
export function ClassicWizard(props: ClassicWizardProps) {
  const { data, loaded, error, retry } = useClassicWizardData();
  if (loaded) return <WizardForm {...props} data={data} />;
  if (error) return <ApiErrorAlert error={error} subject="the VPCs, VPN services, policies and endpoint groups" onRetry={retry} />;
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" aria-hidden />
      <Text size="sm">Loading the VPCs, VPN services, policies and endpoint groups…</Text>
    </Group>
  );
}

function WizardForm({ step: urlStep, onNavigate, onCreated, data }: ClassicWizardProps & { data: ClassicWizardContext }) {
  const { form, restored } = useClassicWizardForm(data);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const done = useRef(false);
  const stepId = urlStep ?? restored?.step ?? 'service';
  const { headingRef, bodyRef, ...nav } = useClassicNavigation({ form, context: data, step: stepId, onNavigate });
  const { submit, pending, progress, failure, clearFailure } = useSubmitClassic(form, nav, (connection) => {
    done.current = true;
    clearClassicDraft();
    onCreated(connection);
  });
  useClassicDraftSync(form, nav.step.id, done);
  const isReview = nav.step.id === 'review';

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (isReview) void submit(e);
    else void nav.next();
  };
  const discard = () => {
    clearClassicDraft();
    clearFailure();
    form.reset(defaultClassicWizardValues());
    setShowRestored(false);
    onNavigate('service');
  };

  return (
    <FormProvider {...form}>
      {showRestored ? (
        <Alert color="blue" mb="md" title="Your unfinished classic connection was restored" withCloseButton onClose={() => setShowRestored(false)} closeButtonLabel="Keep the draft and hide this notice">
          Everything you entered earlier in this tab is back, except the pre-shared key, which is never stored.{' '}
          <Button variant="subtle" size="compact-sm" onClick={discard}>
            Discard draft and start over
          </Button>
        </Alert>
      ) : null}
      {failure ? (
        <Box mb="md">
          <SubmitFailureAlert failure={failure} />
        </Box>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-label="Create classic VPN connection">
        <WizardStepper steps={nav.steps} index={nav.index} onStepClick={(i) => nav.steps[i] && nav.goTo(nav.steps[i].id)} headingRef={headingRef} bodyRef={bodyRef}>
          <StepContent id={nav.step.id} data={data} />
        </WizardStepper>
        <Group justify="space-between" mt="xl">
          <Group gap="sm">
            <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={nav.back} disabled={nav.index === 0 || pending}>
              Back
            </Button>
            <Button variant="subtle" color="red" onClick={discard} disabled={pending}>
              Discard draft
            </Button>
          </Group>
          <Group gap="sm">
            {pending ? (
              <Group gap={6} role="status">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{progress}</Text>
              </Group>
            ) : null}
            {isReview ? (
              <Button type="submit" loading={pending} leftSection={<IconCheck size={16} aria-hidden />}>
                Create connection
              </Button>
            ) : (
              <Button type="submit" rightSection={<IconArrowRight size={16} aria-hidden />}>
                Next
              </Button>
            )}
          </Group>
        </Group>
      </form>
      <VisuallyHidden role="status" aria-live="polite">
        {nav.announcement}
      </VisuallyHidden>
      <LeaveGuard
        shouldWarn={() => !done.current && !pending && !isBlankDraft(form.getValues())}
        title="Leave the classic connection wizard?"
        message="Your entries stay saved in this browser tab and come back when you return, except the pre-shared key, which is never stored. Anything the wizard already created stays in the project and is reused when you finish."
        stayLabel="Stay in the wizard"
      />
    </FormProvider>
  );
}
