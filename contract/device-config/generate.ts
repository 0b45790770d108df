import { ciscoIosConfig } from './cisco-ios.ts';
import { customerEndpointClassic, type ClassicDeviceInput } from './classic-model.ts';
import type { EndpointModel } from './device-model.ts';
import { fortinetConfig } from './fortinet.ts';
import { huaweiConfig } from './huawei.ts';
import { parameterSheet } from './parameter-sheet.ts';
import { strongswanConfig } from './strongswan.ts';
import type { GeneratorOptions, VendorGenerator } from './text-helpers.ts';
import { customerEndpointV5, type V5DeviceInput } from './v5-model.ts';

export const DEVICE_VENDORS = ['strongswan', 'cisco-ios', 'fortinet', 'huawei', 'generic'] as const;
export type DeviceVendor = (typeof DEVICE_VENDORS)[number];

export interface DeviceVendorInfo {
  id: DeviceVendor;
  label: string;
  /** One line on what the output is. */
  description: string;
  extension: string;
  mimeType: string;
  generate: VendorGenerator;
}

export const DEVICE_VENDOR_INFO: Record<DeviceVendor, DeviceVendorInfo> = {
  strongswan: { id: 'strongswan', label: 'strongSwan (swanctl.conf)', description: 'Linux strongSwan 5.8+, swanctl format; route-based styles use an XFRM interface', extension: 'conf', mimeType: 'text/plain', generate: strongswanConfig },
  'cisco-ios': { id: 'cisco-ios', label: 'Cisco IOS / IOS-XE', description: 'IKEv2 (or ISAKMP) profile, VTI or crypto map, BGP', extension: 'txt', mimeType: 'text/plain', generate: ciscoIosConfig },
  fortinet: { id: 'fortinet', label: 'Fortinet FortiOS', description: 'Interface-mode phase 1/2, static routes or BGP, firewall policies', extension: 'txt', mimeType: 'text/plain', generate: fortinetConfig },
  huawei: { id: 'huawei', label: 'Huawei AR / USG', description: 'IKE peer, IPsec profile or policies, tunnel interface, BGP (VRP)', extension: 'txt', mimeType: 'text/plain', generate: huaweiConfig },
  generic: { id: 'generic', label: 'Generic parameter sheet', description: 'Every value your device needs, in a table (Markdown)', extension: 'md', mimeType: 'text/markdown', generate: parameterSheet },
};

export interface DeviceConfig {
  vendor: DeviceVendor;
  filename: string;
  mimeType: string;
  text: string;
  /** What the vendor cannot express or what had to be filled in: shown with the text, never hidden. */
  warnings: string[];
}

/** Renders one end's model for a vendor; the model's own notes come first among the warnings. */
export function renderDeviceConfig(vendor: DeviceVendor, model: EndpointModel, options: GeneratorOptions = {}): DeviceConfig {
  const info = DEVICE_VENDOR_INFO[vendor];
  const out = info.generate(model, options);
  return {
    vendor,
    filename: `${model.objectName}-${vendor}.${info.extension}`,
    mimeType: info.mimeType,
    text: out.text,
    warnings: [...model.notes, ...out.warnings],
  };
}

/** The customer-side configuration of a v5 connection. */
export function v5DeviceConfig(vendor: DeviceVendor, input: V5DeviceInput, options: GeneratorOptions = {}): DeviceConfig {
  return renderDeviceConfig(vendor, customerEndpointV5(input), options);
}

/** The customer-side configuration of a classic connection. */
export function classicDeviceConfig(vendor: DeviceVendor, input: ClassicDeviceInput, options: GeneratorOptions = {}): DeviceConfig {
  return renderDeviceConfig(vendor, customerEndpointClassic(input), options);
}
