import { useEffect, useState } from 'react';

/**
 * Text typed into a box whose value also lives in the URL: the box updates on every keystroke, the URL
 * follows after a pause (so history is not flooded and the caret never jumps), and a URL changed from
 * outside (back/forward, a pasted link) replaces the text.
 */
export function useUrlSyncedText(
  urlValue: string | undefined,
  write: (value: string | undefined) => void,
  delayMs = 300,
): [string, (value: string) => void] {
  const [text, setText] = useState(urlValue ?? '');
  const [seen, setSeen] = useState(urlValue);
  if (seen !== urlValue) {
    setSeen(urlValue);
    if ((urlValue ?? '') !== text) setText(urlValue ?? '');
  }
  useEffect(() => {
    if (text === (urlValue ?? '')) return undefined;
    const timer = setTimeout(() => write(text === '' ? undefined : text), delayMs);
    return () => clearTimeout(timer);
  }, [text, urlValue, write, delayMs]);
  return [text, setText];
}
