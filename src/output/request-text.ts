// A request for people: one parameter a line, JSON-valued ones pretty-printed
// so a reviewer can read them.
import type { CompiledRequest, ParamValue } from '../pipeline/compile/compile.js';
import { JSON_PARAMS } from '../contract/api.js';
import type { Style } from './style.js';

/** JSON indented by structure, but short lists of scalars and small objects on one line. */
function flatJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flatJson).join(', ')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${flatJson(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

export function prettyJson(v: unknown, indent = ''): string {
  const flat = flatJson(v);
  if (v === null || typeof v !== 'object' || flat.length <= 72 - indent.length) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + prettyJson(x, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(v)
    .map(([k, x]) => `${inner}${JSON.stringify(k)}: ${prettyJson(x, inner)}`)
    .join(',\n')}\n${indent}}`;
}

function formatValue(name: string, value: ParamValue, indent: string): string {
  if (typeof value === 'string' && JSON_PARAMS.has(name) && value !== '') {
    try {
      return prettyJson(JSON.parse(value), indent);
    } catch {
      /* not JSON: shown as it is */
    }
  }
  if (typeof value === 'string') return value.includes('\n') || value === '' ? JSON.stringify(value) : value;
  return String(value);
}

export function formatRequestText(req: CompiledRequest, style: Style, indent = '  '): string {
  const lines = [`${indent}${style.bold(`${req.method} ${req.path}`)} (${req.operation})`];
  for (const [section, params] of [
    ['query', req.query],
    ['body', req.body],
  ] as const) {
    const entries = Object.entries(params);
    if (!entries.length) continue;
    lines.push(`${indent}${section}:`);
    for (const [k, v] of entries) lines.push(`${indent}  ${k}: ${formatValue(k, v, `${indent}  `)}`);
  }
  return lines.join('\n');
}
