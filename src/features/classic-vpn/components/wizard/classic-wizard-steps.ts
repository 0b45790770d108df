import type { ClassicWizardValues } from '@contract/classic/classic-wizard-values';
import type { FieldPath } from 'react-hook-form';

export type ClassicFormPath = FieldPath<ClassicWizardValues>;

export const CLASSIC_STEP_IDS = ['service', 'policies', 'networks', 'connection', 'review'] as const;
export type ClassicStepId = (typeof CLASSIC_STEP_IDS)[number];

/** One wizard step: what the Stepper shows and which fields "Next" validates. */
export interface ClassicWizardStep {
  id: ClassicStepId;
  label: string;
  description: string;
  fields: ClassicFormPath[];
}

export const CLASSIC_STEPS: readonly ClassicWizardStep[] = [
  { id: 'service', label: 'VPN service', description: 'On a VPC router', fields: ['service'] },
  { id: 'policies', label: 'Policies', description: 'IKE and IPsec', fields: ['ike', 'ipsec'] },
  { id: 'networks', label: 'Networks', description: 'Both endpoint groups', fields: ['local', 'peer'] },
  { id: 'connection', label: 'Connection', description: 'Peer, key, DPD', fields: ['name', 'peer_address', 'peer_id', 'psk', 'psk_confirm', 'initiator', 'dpd'] },
  { id: 'review', label: 'Review', description: 'Check and create', fields: [] },
];

export function classicStepIndex(id: ClassicStepId): number {
  return CLASSIC_STEPS.findIndex((s) => s.id === id);
}

/** The earliest step owning one of the paths (e.g. `peer.cidrs.1`); undefined when none does. */
export function firstClassicStepOf(paths: readonly string[]): ClassicWizardStep | undefined {
  return CLASSIC_STEPS.find((s) => s.fields.some((f) => paths.some((p) => p === f || p.startsWith(`${f}.`))));
}
