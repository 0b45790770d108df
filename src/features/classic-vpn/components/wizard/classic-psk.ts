import { CLASSIC_PSK_SPECIAL_CHARS } from '@contract/classic/classic-common';
import { randomIndex } from '@/components/form-fields/psk-generator';

// Characters that are allowed but easy to mangle when the key is pasted into a device's CLI or config file.
const AWKWARD = '\\`|';
const SPECIAL = [...CLASSIC_PSK_SPECIAL_CHARS].filter((c) => !AWKWARD.includes(c)).join('');
const ALPHABET = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789${SPECIAL}`;

/** A classic-compliant pre-shared key: 32 characters from the classic set (~190 bits). */
export function generateClassicPsk(length = 32): string {
  return Array.from({ length }, () => ALPHABET.charAt(randomIndex(ALPHABET.length))).join('');
}

/** The characters of `psk` that classic VPN refuses, each once, for the live message. */
export function forbiddenPskChars(psk: string): string[] {
  return [...new Set([...psk].filter((c) => !/[A-Za-z0-9]/.test(c) && !CLASSIC_PSK_SPECIAL_CHARS.includes(c)))];
}
