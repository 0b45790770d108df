import { isGcm, WEAK_CHOICES } from '@contract/crypto-policy';
import type { ComboboxItem } from '@mantine/core';

/** The short reason a choice is weak, or undefined. */
export function weakReason(value: string): string | undefined {
  return WEAK_CHOICES[value];
}

interface OptionContext {
  /** The documented default, marked "(default)". */
  defaultValue?: string;
  /** With IKEv1, GCM ciphers are shown but cannot be chosen. */
  ikeVersion?: string;
}

/** Select options for an algorithm list: weak ones say why, GCM ones are offered only with IKEv2. */
export function cryptoOptions(values: readonly string[], context: OptionContext = {}): ComboboxItem[] {
  return values.map((value) => {
    const weak = weakReason(value);
    const gcmBlocked = context.ikeVersion === 'v1' && isGcm(value);
    const parts = [value];
    if (value === context.defaultValue) parts.push('(default)');
    if (weak) parts.push(`— weak: ${weak}`);
    if (gcmBlocked) parts.push('— needs IKEv2');
    return { value, label: parts.join(' '), disabled: gcmBlocked };
  });
}
