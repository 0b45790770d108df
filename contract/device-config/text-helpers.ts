import { PSK_PLACEHOLDER, STYLE_LABELS, type EndpointModel } from './device-model.ts';

export interface GeneratorOptions {
  /** The pre-shared key, only when the user typed it and asked to include it; otherwise a placeholder. */
  psk?: string | undefined;
}

/** A generator's output: the configuration text and what it could not express for this vendor. */
export interface VendorText {
  text: string;
  warnings: string[];
}

export type VendorGenerator = (m: EndpointModel, options: GeneratorOptions) => VendorText;

const API_LABEL = { v5: 'Enterprise VPN (v5)', classic: 'Classic VPN (v2.0)' } as const;

/** The comment block every file starts with; no timestamps, so the output is reproducible. */
export function headerLines(m: EndpointModel, vendor: string, comment: string, options: GeneratorOptions): string[] {
  const lines = [
    `${vendor} configuration for the customer side of OTC VPN connection "${m.connectionName}" (${m.connectionId})`,
    `${API_LABEL[m.api]}, ${STYLE_LABELS[m.style]}, IKE${m.ikeVersion}${m.ikeVersion === 'v1' ? ` ${m.phase1Mode} mode` : ''}`,
    `This device: ${m.localAddress}   OTC gateway (peer): ${m.peerAddress}`,
    'Generated from the connection\'s settings by the OTC VPN Console; review before applying.',
  ];
  if (options.psk === undefined) lines.push(`Replace ${PSK_PLACEHOLDER} with the connection's pre-shared key.`);
  if (!m.peerInitiates) lines.push('The OTC side only answers (initiator response-only): this device must start the tunnel.');
  return lines.map((l) => `${comment} ${l}`);
}

export function pskOf(options: GeneratorOptions): string {
  return options.psk ?? PSK_PLACEHOLDER;
}

/** Joins lines into a file: one trailing newline, no trailing spaces. */
export function joinLines(lines: readonly string[]): string {
  return `${lines.map((l) => l.replace(/\s+$/, '')).join('\n')}\n`;
}

/** A small stable number per connection, for interface ids and numbers that must not clash between connections. */
export function stableNumber(id: string, range: number): number {
  let h = 7;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return h % range;
}

/**
 * A vendor keyword for an OTC value; when the vendor has none, a placeholder that will not paste silently and
 * a warning that says what to change.
 */
export function vendorKeyword(table: Readonly<Record<string, string>>, key: string, what: string, vendor: string, warnings: string[]): string {
  const value = table[key];
  if (value !== undefined) return value;
  warnings.push(`${vendor} has no ${what} ${key}; choose another ${what} on the connection (the text holds a placeholder there)`);
  return `<NO-${what.toUpperCase().replace(/ /g, '-')}-${key}>`;
}

/** Limits a value to what a vendor accepts and says so when it had to change it. */
export function clampSeconds(value: number, min: number, max: number, what: string, vendor: string, warnings: string[]): number {
  if (value >= min && value <= max) return value;
  const used = value < min ? min : max;
  warnings.push(`${vendor} accepts ${what} of ${min}–${max} s, not ${value} s; the configuration uses ${used} s. ` +
    (value > max ? 'The device rekeys earlier than OTC, which works but differs from the connection.' : 'The device keeps SAs longer than OTC; OTC will rekey first.'));
  return used;
}

/** Warnings every non-strongSwan vendor shares for classic AH/transport policies. */
export function transformWarnings(m: EndpointModel, vendor: string): string[] {
  const out: string[] = [];
  if (m.ipsec.protocol !== 'esp') {
    out.push(`The IPsec policy uses transform protocol ${m.ipsec.protocol}; this ${vendor} configuration is generated for ESP only. Configure ${m.ipsec.protocol.toUpperCase()} by hand or change the policy to esp.`);
  }
  if (m.ipsec.mode !== 'tunnel') {
    out.push(`The IPsec policy uses ${m.ipsec.mode} mode; site-to-site devices need tunnel mode, which this ${vendor} configuration uses. Change the policy to tunnel.`);
  }
  return out;
}
