import { z } from 'zod';
import { text } from '../common.ts';
import { parseCidr, parseIpv4 } from '../ipv4.ts';

// Classic VPN (v2.0, Neutron style) shared field rules. They differ from v5 on purpose (PSK set, DPD meaning),
// so the two APIs never share one bent schema.

export const classicNameSchema = text('name').min(1, 'Enter a name (1–64 characters)').max(64, 'The name may be at most 64 characters');
export const classicDescriptionSchema = text('description').max(255, 'The description may be at most 255 characters');
export const tenantIdSchema = text('tenant_id').max(255, 'tenant_id may be at most 255 characters');
export const classicIdSchema = (field: string, missing = `${field} is required`) =>
  text(field, missing).min(1, missing).max(255, `${field} is too long`);

/** Classic PSK characters: letters, digits and these specials (no space, no *, no ?). */
export const CLASSIC_PSK_SPECIAL_CHARS = '~`!@#$%^()-_+=[]{}|\\,./:;';

export function classicPskChecklist(psk: string) {
  const chars = [...psk];
  const invalid = chars.filter((c) => !/[A-Za-z0-9]/.test(c) && !CLASSIC_PSK_SPECIAL_CHARS.includes(c));
  return [
    { id: 'length', label: '6 to 128 characters', ok: chars.length >= 6 && chars.length <= 128 },
    { id: 'charset', label: `Only letters, digits and ${CLASSIC_PSK_SPECIAL_CHARS}`, ok: psk.length > 0 && invalid.length === 0 },
  ];
}

export const classicPskSchema = text('psk', 'Enter a pre-shared key (6–128 characters)').superRefine((psk, ctx) => {
  const chars = [...psk];
  if (chars.length < 6 || chars.length > 128) {
    ctx.addIssue({ code: 'custom', message: `The pre-shared key must be 6 to 128 characters long; it has ${chars.length}` });
  }
  const invalid = [...new Set(chars.filter((c) => !/[A-Za-z0-9]/.test(c) && !CLASSIC_PSK_SPECIAL_CHARS.includes(c)))];
  if (invalid.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `The pre-shared key contains ${invalid.map((c) => `"${c}"`).join(' ')}, which classic VPN does not allow; use only letters, digits and ${CLASSIC_PSK_SPECIAL_CHARS}`,
    });
  }
});

const HOSTNAME = /^(?=.{1,250}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Remote gateway address: an IPv4 address or a host name, up to 250 characters. */
export const peerAddressSchema = text('peer_address', 'Enter the remote gateway address (IPv4 or host name)')
  .min(1, 'Enter the remote gateway address: an IPv4 address or a host name')
  .max(250, 'The peer address may be at most 250 characters')
  // An empty value already has its own message (min).
  .refine((v) => v === '' || parseIpv4(v) !== null || (HOSTNAME.test(v) && !/^[\d.]+$/.test(v)), {
    error: (iss) => `"${String(iss.input)}" is neither an IPv4 address nor a host name; write e.g. 88.99.1.164 or vpn.example.com`,
  });

export const peerIdSchema = text('peer_id', 'Enter the remote gateway ID (usually its public IP address)')
  .min(1, 'Enter the remote gateway ID (usually its public IP address)')
  .max(250, 'The peer ID may be at most 250 characters');

export const DPD_ACTIONS = ['clear', 'hold', 'restart', 'disabled', 'restart-by-peer'] as const;

/** What each DPD action does, in one line, for the form. */
export const DPD_ACTION_HELP: Record<(typeof DPD_ACTIONS)[number], string> = {
  hold: 'Keep the SAs and wait for the peer to come back (default)',
  clear: 'Delete the SAs; traffic stops until the peer renegotiates',
  restart: 'Delete the SAs and renegotiate right away',
  disabled: 'Do not send dead-peer-detection messages',
  'restart-by-peer': 'Delete the SAs and wait for the peer to renegotiate',
};

const positiveSeconds = (field: string) =>
  z.number({ error: `${field} must be a whole number of seconds` }).int(`${field} must be a whole number of seconds`).min(1, `${field} must be at least 1 second`).max(86400, `${field} may be at most 86400 seconds`);

const dpdShape = {
  action: z.enum(DPD_ACTIONS, { error: `DPD action must be one of ${DPD_ACTIONS.join(', ')}` }),
  interval: positiveSeconds('DPD interval'),
  timeout: positiveSeconds('DPD timeout'),
};

function timeoutAfterInterval(d: { interval?: number; timeout?: number }, ctx: z.RefinementCtx) {
  if (d.interval !== undefined && d.timeout !== undefined && d.timeout <= d.interval) {
    ctx.addIssue({
      code: 'custom',
      path: ['timeout'],
      message: `The DPD timeout (${d.timeout} s) must be greater than the interval (${d.interval} s), e.g. ${d.interval * 4} s`,
    });
  }
}

export const classicDpdSchema = z
  .strictObject({ action: dpdShape.action.default('hold'), interval: dpdShape.interval.default(30), timeout: dpdShape.timeout.default(120) })
  .superRefine(timeoutAfterInterval);
export const classicDpdUpdateSchema = z.strictObject(dpdShape).partial().superRefine(timeoutAfterInterval);

export const lifetimeSchema = z.strictObject({
  units: z.enum(['seconds'], { error: 'lifetime units must be seconds' }).default('seconds'),
  value: z.coerce
    .number({ error: 'The lifetime must be a whole number of seconds from 60 to 604800' })
    .int('The lifetime must be a whole number of seconds from 60 to 604800')
    .min(60, 'The lifetime must be a whole number of seconds from 60 to 604800')
    .max(604800, 'The lifetime must be a whole number of seconds from 60 to 604800')
    .default(3600),
});

/** A field OTC's classic API forbids or ignores: reject it with the reason. */
export const forbidden = (message: string) => z.never({ error: message }).optional();

export const isCidr = (v: string) => parseCidr(v) !== null;

/** Neutron timestamps: "YYYY-mm-dd HH:MM:SS.ffffff" (UTC, no zone). */
export function neutronTimestamp(date: Date): string {
  return `${date.toISOString().replace('T', ' ').slice(0, 23)}000`;
}
