// The hand-over between the list's first paint (a plain table drawn before the application has loaded, see
// src/app/first-paint) and the application. No package imports: both sides use this module.

let overlay: HTMLElement | null = null;
let appStarted = false;

/** The application's code is being loaded: a first paint that has not happened yet is no longer wanted. */
export function markAppStarted(): void {
  appStarted = true;
}

export function hasAppStarted(): boolean {
  return appStarted;
}

/** Shows the first paint above #root, which is inert until the application takes over. */
export function showFirstPaint(element: HTMLElement, doc: Document = document): void {
  overlay?.remove();
  overlay = element;
  doc.getElementById('root')?.setAttribute('inert', '');
  doc.body.append(element);
}

/**
 * The application shows the page now: the first paint goes. Called by the list once its rows are in the DOM
 * (in a layout effect, so both are never painted together), by any other page, and as a fallback by the app.
 */
export function dismissFirstPaint(): void {
  if (!overlay) return;
  const doc = overlay.ownerDocument;
  // Focus inside the first paint (a keyboard user tabbed into it) would fall back to <body>.
  const hadFocus = overlay.contains(doc.activeElement);
  overlay.remove();
  overlay = null;
  doc.getElementById('root')?.removeAttribute('inert');
  if (hadFocus) doc.querySelector<HTMLElement>('#root h1')?.focus();
}

export function isFirstPaintShown(): boolean {
  return overlay !== null;
}
