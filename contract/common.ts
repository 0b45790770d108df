import { z } from 'zod';
import { parseCidr, parseIpv4 } from './ipv4.ts';

/** A string field whose "missing" and "not a string" messages name the field. */
export function text(field: string, missing = `${field} is required`) {
  return z.string({ error: (iss) => (iss.input === undefined ? missing : `${field} must be a string`) });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** OTC resource ids are 36-character UUIDs. */
export function uuidSchema(field = 'id', missing?: string) {
  return text(field, missing).regex(UUID, `${field} must be a 36-character UUID such as 5247ae10-1d2c-4a8f-9f6e-dd36659a7f5d`);
}

export const NAME_RULE = '1–64 characters: letters, digits, _ - .';

export const nameSchema = text('name')
  .min(1, `Enter a name (${NAME_RULE})`)
  .max(64, 'The name is longer than 64 characters; shorten it')
  .regex(/^[A-Za-z0-9_.-]+$/, `The name may contain only letters, digits, _ - . (no spaces); ${NAME_RULE}`);

export const ipv4Schema = (field = 'address') =>
  text(field).refine((v) => parseIpv4(v) !== null, `${field} must be an IPv4 address such as 192.168.1.10`);

export const ipv4CidrSchema = (field = 'CIDR block') =>
  text(field).refine((v) => parseCidr(v) !== null, {
    error: (iss) => `"${String(iss.input)}" is not an IPv4 CIDR block; write it like 192.168.44.0/24`,
  });

export const bgpAsnSchema = z
  .number({ error: 'The BGP ASN must be a whole number from 1 to 4294967295' })
  .int('The BGP ASN must be a whole number from 1 to 4294967295')
  .min(1, 'The BGP ASN must be at least 1')
  .max(4294967295, 'The BGP ASN must be at most 4294967295');

// VpnResourceTag: digits, letters, Spanish and Portuguese letters, spaces and _ . : = + - @
const TAG_CHARS = /^[A-Za-z0-9 _.:=+\-@áéíóúüñçãõâêôàÁÉÍÓÚÜÑÇÃÕÂÊÔÀ]*$/;
const TAG_RULE = 'letters (incl. Spanish/Portuguese), digits, spaces and _ . : = + - @';

export const tagSchema = z.strictObject({
  key: text('tag key')
    .min(1, 'Enter a tag key (1–128 characters)')
    .max(128, 'A tag key may be at most 128 characters')
    .regex(TAG_CHARS, `A tag key may contain only ${TAG_RULE}`),
  value: text('tag value')
    .max(255, 'A tag value may be at most 255 characters')
    .regex(TAG_CHARS, `A tag value may contain only ${TAG_RULE}`),
});
export type Tag = z.infer<typeof tagSchema>;

export const tagsSchema = z
  .array(tagSchema, { error: 'tags must be a list of {key, value} pairs' })
  .max(20, 'At most 20 tags are allowed; remove some')
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      if (seen.has(tag.key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `The tag key "${tag.key}" is used twice; keys must be unique` });
      }
      seen.add(tag.key);
    });
  });

/** v5 PSK special characters (current docs; seed 004 lacked `*`). The space inside `{ }` is part of the set. */
export const PSK_SPECIAL_CHARS = '~!@#$%^*()-_+={ },./:;';

const PSK_CLASSES = [
  { id: 'upper', label: 'an uppercase letter', test: (c: string) => c >= 'A' && c <= 'Z' },
  { id: 'lower', label: 'a lowercase letter', test: (c: string) => c >= 'a' && c <= 'z' },
  { id: 'digit', label: 'a digit', test: (c: string) => c >= '0' && c <= '9' },
  { id: 'special', label: 'a special character', test: (c: string) => PSK_SPECIAL_CHARS.includes(c) },
] as const;

export interface ChecklistItem {
  id: string;
  label: string;
  ok: boolean;
}

function pskFacts(psk: string) {
  const chars = [...psk];
  const classes = PSK_CLASSES.filter((k) => chars.some((c) => k.test(c)));
  const invalid = [...new Set(chars.filter((c) => !PSK_CLASSES.some((k) => k.test(c))))];
  return { length: chars.length, classes, invalid };
}

/** The live checklist the PSK field shows; the schema below enforces exactly these items. */
export function v5PskChecklist(psk: string): ChecklistItem[] {
  const f = pskFacts(psk);
  return [
    { id: 'length', label: '8 to 128 characters', ok: f.length >= 8 && f.length <= 128 },
    {
      id: 'classes',
      label: `At least 3 of: uppercase, lowercase, digit, special character (${f.classes.length} of 4 so far)`,
      ok: f.classes.length >= 3,
    },
    { id: 'charset', label: `Only letters, digits and ${PSK_SPECIAL_CHARS}`, ok: psk.length > 0 && f.invalid.length === 0 },
  ];
}

export const v5PskSchema = text('psk', 'Enter a pre-shared key (8–128 characters)').superRefine((psk, ctx) => {
  const f = pskFacts(psk);
  if (f.length < 8 || f.length > 128) {
    ctx.addIssue({
      code: 'custom',
      message: `The pre-shared key must be 8 to 128 characters long; it has ${f.length}`,
    });
  }
  if (f.invalid.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `The pre-shared key contains ${f.invalid.map((c) => `"${c}"`).join(' ')}, which OTC does not allow; use only letters, digits and ${PSK_SPECIAL_CHARS}`,
    });
  }
  if (f.classes.length < 3) {
    const missing = PSK_CLASSES.filter((k) => !f.classes.includes(k)).map((k) => k.label);
    ctx.addIssue({
      code: 'custom',
      message: `The pre-shared key needs at least 3 of: uppercase, lowercase, digit, special character; add ${missing.join(' or ')}`,
    });
  }
});
