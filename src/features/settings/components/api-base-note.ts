/**
 * What the admin should know about the API base they typed. The built console's Content-Security-Policy allows
 * requests to its own origin only (connect-src 'self'), so another origin fails with a bare network error; say
 * so before they test it, and what to do instead. `npm run dev` has no such policy.
 */
export function apiBaseNote(apiBase: string, origin: string, devServer: boolean): string | null {
  const typed = apiBase.trim();
  if (typed === '' || devServer) return null;
  let target: string;
  try {
    target = new URL(typed).origin;
  } catch {
    return null;
  }
  if (target === origin) return null;
  return `This console may only call its own server (${origin}); a request to ${target} is blocked by the browser. Leave the field empty and start the server as a proxy instead: npm start -- --upstream otc --region eu-de.`;
}
