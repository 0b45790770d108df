import { Code, TextInput } from '@mantine/core';

/** Props of a type-to-confirm input. */
export interface ConfirmPhraseInputProps {
  /** What the step does, e.g. "Step 1: delete the 2 connections". */
  step: string;
  /** The exact text to type. */
  phrase: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** True when the typed text is the phrase (surrounding spaces ignored, case kept: names are case-sensitive). */
export function phraseMatches(value: string, phrase: string): boolean {
  return value.trim() === phrase;
}

/** "Type <phrase> to confirm": one per destructive step, so no step runs by a stray click. */
export function ConfirmPhraseInput({ step, phrase, value, onChange, disabled }: ConfirmPhraseInputProps) {
  const typed = value.trim() !== '';
  return (
    <TextInput
      label={
        <>
          {step}: type <Code>{phrase}</Code> to confirm
        </>
      }
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
      error={typed && !phraseMatches(value, phrase) ? `Type exactly ${phrase}` : undefined}
    />
  );
}
