import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { applyColorScheme } from '@/app/first-paint/color-scheme';
import { startFirstPaint } from '@/app/first-paint/start-first-paint';
import { dismissFirstPaint, markAppStarted } from '@/lib/first-paint-handoff';

// This entry stays free of packages: it runs (async, see index.html) while the application's code is still
// on its way, starts the list's first requests and draws their rows, then loads the application.
// docs/decisions/0009-first-paint-before-the-application.md explains why.

// Waiting longer for a slow API would only delay the application: after this it loads regardless.
const FIRST_PAINT_WAIT_MS = 400;

applyColorScheme(document, localStorage, () => window.matchMedia('(prefers-color-scheme: dark)').matches);

const waited = new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS));
void Promise.race([startFirstPaint(window), waited])
  .then(() => {
    markAppStarted();
    return import('@/app/mount');
  })
  .catch((error: unknown) => {
    dismissFirstPaint();
    throw error;
  });
