// Vitest setup for the jsdom project: jest-dom matchers, cleanup, and the browser APIs Mantine 9 uses that
// jsdom lacks (Mantine's "Testing with Vitest" guide, plus what Combobox/Select, ScrollArea and HoverCard call).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
});

// jsdom's getComputedStyle throws "Not implemented" for pseudo-elements; Mantine asks for them.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class NoopObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}
window.ResizeObserver = NoopObserver as unknown as typeof ResizeObserver;
window.IntersectionObserver = NoopObserver as unknown as typeof IntersectionObserver;

// Combobox moves the active option into view; ScrollArea restores its position; its scrollbar captures the pointer.
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};
window.scrollTo = () => {};
Element.prototype.hasPointerCapture = () => false;
Element.prototype.setPointerCapture = () => {};
Element.prototype.releasePointerCapture = () => {};
