import { connectionFormValuesSchema, defaultConnectionFormValues, type ConnectionFormValues } from '@contract/connection-form';
import { z } from 'zod';
import { STEP_IDS, type StepId } from '@/features/vpn-connections/components/connection-wizard/wizard-steps';

// An unfinished wizard survives reloads and detours in this tab (sessionStorage), without the pre-shared key:
// secrets never go to web storage.

export const DRAFT_STORAGE_KEY = 'otc-vpn-console.connection-wizard.draft';

type Secret = 'psk' | 'psk_confirm';
export type DraftValues = Omit<ConnectionFormValues, Secret>;

export interface Draft {
  values: ConnectionFormValues;
  step?: StepId;
}

const storedSchema = z.object({
  values: z.unknown(),
  step: z.enum(STEP_IDS).optional().catch(undefined),
});

/** The values without the secrets: what may be stored or shown. */
export function withoutSecrets(values: ConnectionFormValues): DraftValues {
  const { psk: _psk, psk_confirm: _confirm, ...rest } = values;
  return rest;
}

/** True when nothing differs from a fresh form of the same style: nothing worth keeping. */
export function isBlank(values: ConnectionFormValues): boolean {
  const fresh = withoutSecrets(defaultConnectionFormValues(values.style));
  return JSON.stringify(withoutSecrets(values)) === JSON.stringify(fresh) && values.psk === '' && values.psk_confirm === '';
}

export function saveDraft(values: ConnectionFormValues, step?: StepId, storage: Storage = sessionStorage): void {
  try {
    if (isBlank(values)) storage.removeItem(DRAFT_STORAGE_KEY);
    else storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ values: withoutSecrets(values), step }));
  } catch {
    // Storage full or disabled (private mode): the wizard still works, it just cannot keep a draft.
  }
}

/** The stored draft with every field checked (unknown or broken parts fall back to defaults); null when none. */
export function loadDraft(storage: Storage = sessionStorage): Draft | null {
  try {
    const raw = storage.getItem(DRAFT_STORAGE_KEY);
    if (raw === null) return null;
    const stored = storedSchema.parse(JSON.parse(raw));
    const values = connectionFormValuesSchema.parse(stored.values);
    return { values: { ...values, psk: '', psk_confirm: '' }, step: stored.step };
  } catch {
    return null;
  }
}

export function clearDraft(storage: Storage = sessionStorage): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
