// Only what the first paint needs blocks rendering: Mantine's variables and base rules (about 30 kB).
// The components' styles come with the application (src/app/mount.tsx). All of Mantine is in the `mantine`
// cascade layer, so the console's own CSS wins whatever order the files arrive in.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
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
// Asking for the application appends a preload link for each of its ~30 files, a task of 10-30 ms: it gets
// a task of its own, so whatever was already waiting for the first paint's frame runs first.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

void Promise.race([startFirstPaint(window), waited])
  .then(() => {
    markAppStarted();
    return nextTask();
  })
  .then(() => import('@/app/mount'))
  .catch((error: unknown) => {
    dismissFirstPaint();
    throw error;
  });
