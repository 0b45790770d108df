import type { ConnectionFormValues } from '@contract/connection-form';
import type { ConnectionStyle } from '@contract/vpn-connection';
import type { FieldPath } from 'react-hook-form';

export type FormPath = FieldPath<ConnectionFormValues>;

export const STEP_IDS = ['style', 'gateways', 'networking', 'security', 'tags', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** One wizard step: what the Stepper shows and which fields "Next" validates. */
export interface WizardStep {
  id: StepId;
  label: string;
  description: string;
  fields: FormPath[];
}

const tunnelFields: FormPath[] = ['tunnel_mode', 'tunnel_local_address', 'tunnel_peer_address'];

// Only the fields the style sends: values of the other styles stay in the form but are never validated.
const networkingFields: Record<ConnectionStyle, FormPath[]> = {
  static: ['peer_subnets', ...tunnelFields, 'enable_nqa'],
  policy: ['peer_subnets', 'policy_rules'],
  bgp: ['peer_subnets', ...tunnelFields, 'enable_hub'],
};

const networkingDescription: Record<ConnectionStyle, string> = {
  static: 'Subnets and tunnel addresses',
  policy: 'Subnets and policy rules',
  bgp: 'Subnets, tunnel addresses, BGP',
};

/** The steps of a style, in order. The three styles share the shell and differ in the networking fields. */
export function stepsFor(style: ConnectionStyle): WizardStep[] {
  return [
    { id: 'style', label: 'Style', description: 'Routing style and name', fields: ['style', 'name'] },
    { id: 'gateways', label: 'Gateways', description: 'Both ends of the tunnel', fields: ['vgw_id', 'vgw_ip', 'ha_role', 'cgw_id'] },
    { id: 'networking', label: 'Networking', description: networkingDescription[style], fields: networkingFields[style] },
    { id: 'security', label: 'Security', description: 'PSK, IKE and IPsec', fields: ['psk', 'psk_confirm', 'ikepolicy', 'ipsecpolicy'] },
    { id: 'tags', label: 'Tags', description: 'Optional labels', fields: ['tags'] },
    { id: 'review', label: 'Review', description: 'Check and create', fields: [] },
  ];
}

export function stepIndex(style: ConnectionStyle, id: StepId): number {
  return stepsFor(style).findIndex((s) => s.id === id);
}

/** The step that owns a field path such as `policy_rules.2.destination.0`; undefined for other styles' fields. */
export function stepOfPath(style: ConnectionStyle, path: string): WizardStep | undefined {
  return stepsFor(style).find((s) => s.fields.some((f) => path === f || path.startsWith(`${f}.`)));
}

/** The earliest step holding one of the paths, e.g. to send the admin back to the first problem. */
export function firstStepOf(style: ConnectionStyle, paths: readonly string[]): WizardStep | undefined {
  const steps = stepsFor(style);
  const indexes = paths.map((p) => steps.findIndex((s) => s.id === stepOfPath(style, p)?.id)).filter((i) => i >= 0);
  return indexes.length > 0 ? steps[Math.min(...indexes)] : undefined;
}
