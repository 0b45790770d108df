import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe scan of the page once it has settled: no finite CSS animation or transition still running. A dialog
 * fading in has partial opacity, and axe would report the contrast of that in-between frame, which no one reads.
 * Endless animations (loaders, skeletons) do not hold the scan up.
 */
export async function settledAxe(page: Page): Promise<AxeBuilder> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  return new AxeBuilder({ page });
}
