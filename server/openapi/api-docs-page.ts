// /api-docs: the OpenAPI document as a plain HTML page. No scripts and no external assets, so it works offline
// and under the server's Content-Security-Policy; <details> does the expanding.

import { escapeHtml } from '../html-escape.ts';

type Json = Record<string, unknown>;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1a1b1e;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #dee2e6}
.op{border:1px solid #dee2e6;border-radius:6px;margin:.5rem 0}
.op>summary{cursor:pointer;padding:.5rem .75rem;display:flex;gap:.75rem;align-items:baseline}
.op[open]>summary{border-bottom:1px solid #dee2e6}.body{padding:.5rem .75rem}
.m{font:700 .8rem monospace;padding:.1rem .4rem;border-radius:4px;color:#fff;min-width:3.8rem;text-align:center}
.get{background:#1864ab}.post{background:#2b8a3e}.put{background:#a65b00}.delete{background:#c92a2a}
code,pre{font-family:ui-monospace,monospace;font-size:.85rem}pre{background:#f1f3f5;padding:.5rem;overflow:auto;max-height:28rem}
table{border-collapse:collapse}td,th{border:1px solid #dee2e6;padding:.2rem .5rem;text-align:left}
@media (prefers-color-scheme:dark){body{background:#1a1b1e;color:#e9ecef}pre{background:#25262b}.op,h2,td,th,.op[open]>summary{border-color:#373a40}}
`;

function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

function schemaBlock(schema: unknown, components: Record<string, unknown>): string {
  const name = refName(schema);
  const resolved = name ? components[name] : schema;
  const label = name ? `<code>${escapeHtml(name)}</code>` : 'schema';
  return `<details><summary>${label}</summary><pre>${escapeHtml(JSON.stringify(resolved, null, 2))}</pre></details>`;
}

function parametersTable(parameters: Json[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters
    .map((p) => {
      const type = JSON.stringify(p.schema ?? {});
      return `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(type)}</code></td></tr>`;
    })
    .join('');
  return `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function operationHtml(method: string, path: string, op: Json, components: Record<string, unknown>): string {
  const body = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>)
    .map(([status, r]) => {
      const schema = (r.content as Record<string, { schema?: unknown }> | undefined)?.['application/json']?.schema;
      const headers = Object.keys((r.headers ?? {}) as Json).map((h) => ` (header <code>${escapeHtml(h)}</code>)`).join('');
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(String(r.description ?? ''))}${headers}${schema ? schemaBlock(schema, components) : ''}</li>`;
    })
    .join('');
  const auth = Array.isArray(op.security) && op.security.length > 0 ? '<p>Needs <code>X-Auth-Token</code>.</p>' : '';
  return `<details class="op" id="${escapeHtml(String(op.operationId))}"><summary><span class="m ${method}">${method.toUpperCase()}</span><code>${escapeHtml(path)}</code><span>${escapeHtml(String(op.summary ?? ''))}</span></summary><div class="body">${auth}${parametersTable((op.parameters ?? []) as Json[])}${body ? `<h4>Request body</h4>${schemaBlock(body, components)}` : ''}<h4>Responses</h4><ul>${responses}</ul></div></details>`;
}

/** Renders the document as one HTML page grouped by tag. */
export function renderApiDocsPage(document: Json): string {
  const info = (document.info ?? {}) as Json;
  const components = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = ((op.tags as string[] | undefined) ?? ['Other'])[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op, components)]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<section><h2>${escapeHtml(tag)}</h2>${ops.join('')}</section>`).join('');
  const title = escapeHtml(String(info.title ?? 'API'));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body><main><h1>${title}</h1><p>${escapeHtml(String(info.description ?? ''))}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(document.openapi))}; import it into Postman or another client). Back to the <a href="/">console</a>.</p>${sections}</main></body></html>`;
}
