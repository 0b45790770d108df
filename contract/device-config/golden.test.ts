import { describe, expect, it } from 'vitest';
import { DEVICE_VENDORS, classicDeviceConfig, v5DeviceConfig } from './generate.ts';
import { goldenClassic, goldenV5 } from './golden-fixtures.ts';

// Every vendor × style, compared byte for byte with the reviewed files in __golden__/. After an intended
// change, regenerate with `npx vitest run contract/device-config -u` and review the diff like code.

const STYLES = ['static', 'policy', 'bgp'] as const;

describe('customer device configuration golden files', () => {
  for (const vendor of DEVICE_VENDORS) {
    for (const style of STYLES) {
      it(`${vendor} × ${style}`, async () => {
        const out = v5DeviceConfig(vendor, goldenV5[style]);
        await expect(`${out.text}${warningBlock(out.warnings)}`).toMatchFileSnapshot(`./__golden__/${vendor}-${style}.txt`);
      });
    }
    it(`${vendor} × classic`, async () => {
      const out = classicDeviceConfig(vendor, goldenClassic);
      await expect(`${out.text}${warningBlock(out.warnings)}`).toMatchFileSnapshot(`./__golden__/${vendor}-classic.txt`);
    });
  }
});

/** The warnings are part of the reviewed output: a vendor limit must never disappear unnoticed. */
function warningBlock(warnings: readonly string[]): string {
  return warnings.length === 0 ? '' : `\n==== warnings ====\n${warnings.map((w) => `- ${w}`).join('\n')}\n`;
}
