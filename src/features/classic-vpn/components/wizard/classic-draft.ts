import { classicWizardValuesSchema, type ClassicWizardValues } from '@contract/classic/classic-wizard-values';
import { defaultClassicWizardValues } from '@contract/classic/classic-wizard-values';
import { z } from 'zod';
import { CLASSIC_STEP_IDS, type ClassicStepId } from '@/features/classic-vpn/components/wizard/classic-wizard-steps';

// An unfinished classic wizard survives reloads and detours in this tab (sessionStorage), without the
// pre-shared key: secrets never go to web storage.

export const CLASSIC_DRAFT_KEY = 'otc-vpn-console.classic-wizard.draft';

export interface ClassicDraft {
  values: ClassicWizardValues;
  step?: ClassicStepId;
}

const storedSchema = z.object({ values: z.unknown(), step: z.enum(CLASSIC_STEP_IDS).optional().catch(undefined) });

/** The values without the secrets: what may be stored. */
export function withoutSecrets(values: ClassicWizardValues): Omit<ClassicWizardValues, 'psk' | 'psk_confirm'> {
  const { psk: _psk, psk_confirm: _confirm, ...rest } = values;
  return rest;
}

export function isBlankDraft(values: ClassicWizardValues): boolean {
  return JSON.stringify(withoutSecrets(values)) === JSON.stringify(withoutSecrets(defaultClassicWizardValues()));
}

export function saveClassicDraft(values: ClassicWizardValues, step: ClassicStepId | undefined, storage: Storage = sessionStorage): void {
  try {
    if (isBlankDraft(values)) storage.removeItem(CLASSIC_DRAFT_KEY);
    else storage.setItem(CLASSIC_DRAFT_KEY, JSON.stringify({ values: withoutSecrets(values), step }));
  } catch {
    // Storage full or disabled: the wizard still works, it just cannot keep a draft.
  }
}

/** The stored draft, every field checked (broken parts fall back to defaults); null when there is none. */
export function loadClassicDraft(storage: Storage = sessionStorage): ClassicDraft | null {
  try {
    const raw = storage.getItem(CLASSIC_DRAFT_KEY);
    if (raw === null) return null;
    const stored = storedSchema.parse(JSON.parse(raw));
    const values = classicWizardValuesSchema.parse(stored.values);
    return { values: { ...values, psk: '', psk_confirm: '' }, step: stored.step };
  } catch {
    return null;
  }
}

export function clearClassicDraft(storage: Storage = sessionStorage): void {
  try {
    storage.removeItem(CLASSIC_DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
