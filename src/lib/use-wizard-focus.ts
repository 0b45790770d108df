import { useEffect, useRef, useState } from 'react';

/**
 * Focus and announcements of a step-by-step form: the new step's heading gets focus when the step changes,
 * after a failed Next the first invalid field does instead (once it is on screen), and `announcement` is the
 * text for a polite live region.
 */
export function useWizardFocus(index: number) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const focusInvalid = useRef(false);
  const shown = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Repeating the same words must still be read out, so an identical message gets a trailing no-break space.
  const announce = (text: string) => setAnnouncement((old) => (old === text ? `${text}\u00a0` : text));

  useEffect(() => {
    if (shown.current !== null && shown.current !== index && !focusInvalid.current) headingRef.current?.focus();
    shown.current = index;
  }, [index]);

  useEffect(() => {
    if (!focusInvalid.current) return;
    const invalid = bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      focusInvalid.current = false;
    }
  });

  /** Focuses the first invalid field (on whatever step is shown next) and reads out the problems. */
  const showProblems = (messages: readonly string[]) => {
    focusInvalid.current = true;
    const count = messages.length === 1 ? 'One problem' : `${messages.length} problems`;
    announce(`${count} to fix before you continue. ${messages[0] ?? ''}`);
  };

  return { headingRef, bodyRef, announcement, announce, showProblems };
}
