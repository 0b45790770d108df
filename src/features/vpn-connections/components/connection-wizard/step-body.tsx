import { GatewaysStep } from '@/features/vpn-connections/components/connection-wizard/gateways-step';
import { NetworkingStep } from '@/features/vpn-connections/components/connection-wizard/networking-step';
import { ReviewStep } from '@/features/vpn-connections/components/connection-wizard/review-step';
import { SecurityStep } from '@/features/vpn-connections/components/connection-wizard/security-step';
import { StyleStep } from '@/features/vpn-connections/components/connection-wizard/style-step';
import { TagsStep } from '@/features/vpn-connections/components/connection-wizard/tags-step';
import type { WizardData } from '@/features/vpn-connections/components/connection-wizard/wizard-data';
import type { StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

/** The content of one step; only the shown step is mounted (its values stay in the form). */
export function StepBody({ id, data }: { id: StepId; data: WizardData }) {
  switch (id) {
    case 'style':
      return <StyleStep />;
    case 'gateways':
      return <GatewaysStep data={data} />;
    case 'networking':
      return <NetworkingStep data={data} />;
    case 'security':
      return <SecurityStep data={data} />;
    case 'tags':
      return <TagsStep />;
    case 'review':
      return <ReviewStep data={data} />;
  }
}
