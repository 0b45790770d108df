import { CONNECTION_STYLES } from '@contract/vpn-connection';
import { z } from 'zod';
import { STEP_IDS } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

/**
 * ?style=bgp&step=networking: the wizard's place, so reload and back/forward work. ?vgw=<id>: start with this VPN
 * gateway chosen (Add VPN connection on a gateway's page). Junk falls back to none.
 */
export const connectionWizardSearchSchema = z.object({
  style: z.enum(CONNECTION_STYLES).optional().catch(undefined),
  step: z.enum(STEP_IDS).optional().catch(undefined),
  vgw: z.string().min(1).optional().catch(undefined),
});
export type ConnectionWizardSearch = z.infer<typeof connectionWizardSearchSchema>;
