import { z } from 'zod';

// The live IPsec lab of the mock server (MOCK_LAB=1): each v5 connection created through the API is backed by
// two real strongSwan daemons. These routes exist only in lab mode; a 404 tells the console the lab is off.

const seg = encodeURIComponent;

export const labPaths = {
  /** GET: lab state and every lab-backed connection with its real status and reason. */
  status: '/__mock/lab',
  /** POST: make the customer side wrong on purpose (or right again) and renegotiate. */
  mistake: (projectId: string, id: string) => `/__mock/lab/projects/${seg(projectId)}/vpn-connections/${seg(id)}/mistake`,
} as const;

export const LAB_MISTAKES = ['none', 'wrong-psk', 'dh-group', 'reversed-subnets', 'peer-down'] as const;
export type LabMistake = (typeof LAB_MISTAKES)[number];

/** What each simulated customer-side mistake does, in the words the console shows. */
export const LAB_MISTAKE_LABELS: Record<LabMistake, string> = {
  none: 'No mistake: the customer side uses the exported configuration as it is',
  'wrong-psk': 'Wrong pre-shared key on the customer device',
  'dh-group': 'Different DH group on the customer device',
  'reversed-subnets': 'Reversed subnets on the customer device (local and remote swapped)',
  'peer-down': 'Customer device down (not answering)',
};

export const labMistakeRequestSchema = z.strictObject({
  mistake: z.enum(LAB_MISTAKES, { error: `mistake must be one of ${LAB_MISTAKES.join(', ')}` }),
});
export type LabMistakeRequest = z.infer<typeof labMistakeRequestSchema>;

export const labConnectionSchema = z.object({
  project_id: z.string(),
  id: z.string(),
  /** Where the lab is: setting up, negotiating, or settled with a status. */
  phase: z.enum(['starting', 'negotiating', 'settled', 'failed', 'stopped']),
  /** The status the real SA state maps to (ACTIVE, DOWN or ERROR). */
  status: z.enum(['ACTIVE', 'DOWN', 'ERROR']).nullable(),
  /** Plain-language reason with the log keyword, e.g. "… (AUTHENTICATION_FAILED) …"; null when ACTIVE. */
  reason: z.string().nullable(),
  mistake: z.enum(LAB_MISTAKES),
  /** Milliseconds from lab start-up of this connection to its settled status. */
  settle_ms: z.number().nullable(),
});
export type LabConnection = z.infer<typeof labConnectionSchema>;

export const labStatusResponseSchema = z.object({
  enabled: z.boolean(),
  connections: z.array(labConnectionSchema),
});
export type LabStatusResponse = z.infer<typeof labStatusResponseSchema>;
