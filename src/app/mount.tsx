// Loaded with this module (Vite waits for a dynamic import's CSS before running it), so the application never
// shows unstyled; the first paint needs none of it (src/main.tsx).
import '@mantine/core/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { domReady } from '@/lib/dom-ready';
import { dismissFirstPaint } from '@/lib/first-paint-handoff';

// The entry is an async script: it may run before the parser has reached #root.
await domReady();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The list removes the first paint when its own rows are in the DOM; should that never happen (a page that
// renders nothing, an error boundary), the application must not stay hidden behind it.
setTimeout(dismissFirstPaint, 10_000);
