import { classicDeviceConfig, v5DeviceConfig, type DeviceConfig, type DeviceVendor } from '@contract/device-config/generate';
import type { ClassicDeviceInput } from '@contract/device-config/classic-model';
import type { V5DeviceInput } from '@contract/device-config/v5-model';

/** What the dialog generates from: a v5 connection with its gateways, or a classic connection with its objects. */
export type DeviceConfigSource = { kind: 'v5'; input: V5DeviceInput } | { kind: 'classic'; input: ClassicDeviceInput };

export function generateFor(source: DeviceConfigSource, vendor: DeviceVendor, psk: string | undefined): DeviceConfig {
  const options = psk === undefined ? {} : { psk };
  return source.kind === 'v5' ? v5DeviceConfig(vendor, source.input, options) : classicDeviceConfig(vendor, source.input, options);
}

export function connectionNameOf(source: DeviceConfigSource): string {
  return source.kind === 'v5' ? source.input.connection.name : (source.input.connection.name ?? source.input.connection.id);
}
