import { CLASSIC_STEP_IDS } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';
import { z } from 'zod';

/** The classic wizard's step in the URL; an unknown value is dropped (the wizard starts at the draft's step). */
export const classicWizardSearchSchema = z.object({
  step: z.enum(CLASSIC_STEP_IDS).optional().catch(undefined),
});
