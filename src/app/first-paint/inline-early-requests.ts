import { planEarlyRequests } from '@/app/first-paint/boot-context';
import { leaveInlineEarlyGets, sendEarlyGet } from '@/lib/inline-early-gets';

// Inlined into index.html by the build (scripts/inline-script-plugin.ts), so it runs as the HTML is
// parsed: the list's first requests go out while the start-up script is still being fetched, instead of one
// round trip after it. The start-up script's first paint and the API client adopt the responses.
// docs/decisions/0011-first-requests-from-the-html.md explains why.

try {
  const plan = planEarlyRequests({
    location: window.location,
    doc: document,
    local: window.localStorage,
    session: window.sessionStorage,
    env: import.meta.env,
    now: Date.now(),
  });
  if (plan) leaveInlineEarlyGets(Object.values(plan.urls).map((url) => sendEarlyGet(url, plan.settings.token)));
} catch {
  // Storage disabled or anything odd: the start-up script asks for the same data itself.
}
