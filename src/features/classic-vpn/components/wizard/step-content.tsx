import type { ClassicWizardContext } from '@contract/classic/classic-wizard-schema';
import { ConnectionStep } from '@/features/classic-vpn/components/wizard/connection-step';
import type { ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';
import { NetworksStep } from '@/features/classic-vpn/components/wizard/networks-step';
import { PoliciesStep } from '@/features/classic-vpn/components/wizard/policies-step';
import { ReviewStep } from '@/features/classic-vpn/components/wizard/review-step';
import { ServiceStep } from '@/features/classic-vpn/components/wizard/service-step';

/** The fields of one wizard step. */
export function StepContent({ id, data }: { id: ClassicStepId; data: ClassicWizardContext }) {
  switch (id) {
    case 'service':
      return <ServiceStep data={data} />;
    case 'policies':
      return <PoliciesStep data={data} />;
    case 'networks':
      return <NetworksStep data={data} />;
    case 'connection':
      return <ConnectionStep />;
    case 'review':
      return <ReviewStep data={data} />;
  }
}
