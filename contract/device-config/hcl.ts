// A tiny HCL writer: enough for resource blocks with attributes, nested blocks and maps, laid out the way
// `terraform fmt` does (two-space indent, "=" aligned within a run of attributes).

/** An expression written as is, e.g. var.psk or a reference to another resource. */
export interface HclRaw {
  raw: string;
}

export type HclValue = string | number | boolean | readonly string[] | HclRaw | Readonly<Record<string, string>>;

export interface HclBlock {
  type: string;
  labels?: readonly string[];
  /** undefined values are left out, so optional arguments can be passed straight through. */
  attributes?: readonly (readonly [string, HclValue | undefined])[];
  blocks?: readonly HclBlock[];
  /** Comment lines written above the block. */
  comments?: readonly string[];
}

export const raw = (expression: string): HclRaw => ({ raw: expression });

function quote(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function isRaw(value: HclValue): value is HclRaw {
  return typeof value === 'object' && value !== null && 'raw' in value;
}

function render(value: HclValue, indent: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRaw(value)) return value.raw;
  if (Array.isArray(value)) return `[${(value as readonly string[]).map(quote).join(', ')}]`;
  const entries = Object.entries(value as Record<string, string>);
  if (entries.length === 0) return '{}';
  const width = Math.max(...entries.map(([k]) => quote(k).length));
  const inner = entries.map(([k, v]) => `${indent}  ${quote(k).padEnd(width)} = ${quote(v)}`);
  return `{\n${inner.join('\n')}\n${indent}}`;
}

/** Renders blocks separated by blank lines, each ending with a newline. */
export function renderHcl(blocks: readonly HclBlock[], indent = ''): string {
  return blocks.map((b) => renderBlock(b, indent)).join('\n');
}

function renderBlock(block: HclBlock, indent: string): string {
  const lines: string[] = (block.comments ?? []).map((c) => `${indent}# ${c}`);
  const labels = (block.labels ?? []).map((l) => ` ${quote(l)}`).join('');
  lines.push(`${indent}${block.type}${labels} {`);
  const attrs = (block.attributes ?? []).filter((a): a is readonly [string, HclValue] => a[1] !== undefined);
  const width = attrs.length > 0 ? Math.max(...attrs.map(([k]) => k.length)) : 0;
  for (const [key, value] of attrs) lines.push(`${indent}  ${key.padEnd(width)} = ${render(value, `${indent}  `)}`);
  for (const child of block.blocks ?? []) {
    lines.push('', renderBlock(child, `${indent}  `).replace(/\n$/, ''));
  }
  lines.push(`${indent}}`);
  return `${lines.join('\n')}\n`;
}

/** A Terraform identifier from a display name: lower case letters, digits and _, starting with a letter. */
export function terraformName(name: string, taken: Set<string>): string {
  let base = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(base)) base = `vpn_${base}`;
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
  taken.add(candidate);
  return candidate;
}
