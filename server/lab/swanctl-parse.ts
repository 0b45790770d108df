import type { ViciMessage } from './vici-codec.ts';

// Reads swanctl.conf text (the strongSwan export of contract/device-config) into vici messages, so the lab
// loads the very text an admin downloads. Covers the swanctl syntax the export uses: nested sections,
// key = value, quoted strings with escapes, # comments, comma-separated lists.

export interface SwanctlSection {
  [key: string]: string | SwanctlSection;
}

export class SwanctlSyntaxError extends Error {}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === '#' && !quoted) return line.slice(0, i);
  }
  return line;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  if (!value.endsWith('"') || value.length < 2) throw new SwanctlSyntaxError(`unterminated string: ${value}`);
  return value.slice(1, -1).replace(/\\(.)/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

/** Parses the whole file into a tree of sections and string values. */
export function parseSwanctl(text: string): SwanctlSection {
  const root: SwanctlSection = {};
  const stack: SwanctlSection[] = [root];
  text.split('\n').forEach((rawLine, index) => {
    const line = stripComment(rawLine).trim();
    if (line === '') return;
    const top = stack[stack.length - 1] as SwanctlSection;
    const open = /^([A-Za-z0-9_.-]+)\s*\{$/.exec(line);
    const assign = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (open?.[1]) {
      const section: SwanctlSection = {};
      top[open[1]] = section;
      stack.push(section);
    } else if (line === '}') {
      if (stack.length === 1) throw new SwanctlSyntaxError(`line ${index + 1}: unexpected }`);
      stack.pop();
    } else if (assign?.[1] !== undefined && assign[2] !== undefined) {
      if (assign[1].includes('.')) throw new SwanctlSyntaxError(`line ${index + 1}: dotted keys are not accepted by strongSwan 5.9 (${assign[1]})`);
      top[assign[1]] = unquote(assign[2].trim());
    } else {
      throw new SwanctlSyntaxError(`line ${index + 1}: cannot read "${line}"`);
    }
  });
  if (stack.length !== 1) throw new SwanctlSyntaxError('a section is not closed (missing })');
  return root;
}

const LIST_KEYS = new Set(['local_addrs', 'remote_addrs', 'proposals', 'esp_proposals', 'ah_proposals', 'local_ts', 'remote_ts', 'vips', 'pools']);

function toVici(section: SwanctlSection): ViciMessage {
  const out: ViciMessage = {};
  for (const [key, value] of Object.entries(section)) {
    if (typeof value !== 'string') out[key] = toVici(value);
    else out[key] = LIST_KEYS.has(key) ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
  }
  return out;
}

export interface SwanctlLoad {
  /** One load-conn message per connection. */
  connections: { name: string; message: ViciMessage; children: string[] }[];
  /** load-shared messages for the IKE pre-shared keys. */
  secrets: ViciMessage[];
}

/**
 * The vici messages for a parsed file. `adapt` lets the lab drop what it cannot emulate: if_id_in/out (no XFRM
 * interfaces in this kernel; libipsec routes through ipsec0 instead) and start_action (the cloud side
 * initiates, as OTC's bi-directional gateway does, so it sees failures first-hand).
 */
export function swanctlToVici(tree: SwanctlSection, adapt: (child: ViciMessage) => ViciMessage = (c) => c): SwanctlLoad {
  const connections = Object.entries(asSection(tree.connections)).map(([name, conn]) => {
    const message = toVici(asSection(conn));
    const children = asViciSection(message.children);
    for (const [child, body] of Object.entries(children)) children[child] = adapt(asViciSection(body));
    return { name, message: { [name]: message }, children: Object.keys(children) };
  });
  const secrets = Object.entries(asSection(tree.secrets))
    .filter(([name]) => name.startsWith('ike'))
    .map(([, body]) => {
      const s = asSection(body);
      const owners = Object.entries(s).filter(([k]) => k === 'id' || k.startsWith('id-')).map(([, v]) => String(v));
      return { type: 'IKE', data: String(s.secret ?? ''), owners };
    });
  return { connections, secrets };
}

function asSection(value: unknown): SwanctlSection {
  return value !== undefined && typeof value === 'object' ? (value as SwanctlSection) : {};
}

function asViciSection(value: unknown): ViciMessage {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? (value as ViciMessage) : {};
}

/** The lab's adaptation of a child (see swanctlToVici). */
export function labChild(child: ViciMessage): ViciMessage {
  const { if_id_in: _in, if_id_out: _out, start_action: _start, ...rest } = child;
  return rest;
}
