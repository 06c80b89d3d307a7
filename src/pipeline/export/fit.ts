// What export must not write and what it cannot: secret values replaced by
// `${env:}` references (whatever path the value took), and fields the schema
// would refuse left out, each with why. Pure.
import { valueAt } from '../collections.js';
import { MIN_EMBEDDED_SECRET } from '../redact.js';
import type { SaeJob } from '../../generated/job.js';
import validateSchema from '../../generated/validate-job.js';
import { schemaFindings } from '../validate/schema-errors.js';
import { checkManifestRules } from '../validate/rules.js';
import { formatFieldPath, type FieldPath } from '../diagnostics.js';

/**
 * Export writes no secret in clear, wherever it stands: a known secret's
 * value (a secret env entry's, the OSS secret) inside any other string
 * becomes its `${env:NAME}` reference, and what looks like a credential
 * inside text — a URL's password (`://user:PASS@`), an `Authorization:` or
 * `Bearer` token, `password=…` / `token=…` — becomes a reference to a new
 * variable, named after where it stood, which the note lists.
 */
export function withoutSecretText(
  manifest: unknown,
  known: readonly { value: string; variable: string }[],
  variables: string[],
): unknown {
  const secrets = known
    .filter((k) => k.value.length >= MIN_EMBEDDED_SECRET)
    .sort((a, b) => b.value.length - a.value.length);
  let counter = 0;
  const fresh = (hint: string) => {
    const base = hint
      .toUpperCase()
      .replace(/[^A-Z0-9_]/g, '_')
      .replace(/^([^A-Z_])/, '_$1');
    const name = `${base}_SECRET${counter++ ? `_${counter}` : ''}`;
    variables.push(name);
    return `\${env:${name}}`;
  };
  const scrub = (text: string, hint: string): string => {
    let out = text;
    for (const k of secrets) if (out.includes(k.value)) out = out.split(k.value).join(`\${env:${k.variable}}`);
    out = out.replace(
      /(:\/\/[^\s:/@]+:)([^\s@/$]{2,})(@)/g,
      (_m, a: string, _pw: string, b: string) => `${a}${fresh(hint)}${b}`,
    );
    out = out.replace(
      /((?:authorization|x-api-key)\s*[:=]\s*(?:bearer\s+|basic\s+|token\s+)?)([^\s'"$][^\s'"]{3,})/gi,
      (_m, a: string) => `${a}${fresh(hint)}`,
    );
    out = out.replace(/(\bbearer\s+)([A-Za-z0-9._~+/-]{8,}=*)/gi, (_m, a: string) => `${a}${fresh(hint)}`);
    out = out.replace(
      /(\b(?:password|passwd|pwd|token|secret|api[_-]?key|access[_-]?key)\s*[=:]\s*)([^\s&'"$,;]{3,})/gi,
      (_m, a: string) => `${a}${fresh(hint)}`,
    );
    return out;
  };
  const walk = (v: unknown, hint: string): unknown => {
    if (typeof v === 'string') return v.startsWith('${env:') && v.endsWith('}') ? v : scrub(v, hint);
    if (Array.isArray(v)) return v.map((x) => walk(x, hint));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      // An env entry's value is named after the entry.
      if (typeof o.name === 'string' && 'value' in o) return { ...o, value: walk(o.value, o.name) };
      return Object.fromEntries(
        Object.entries(o).map(([k, x]) => [
          k,
          k === 'metadata' ? x : walk(x, k === 'command' || k === 'args' ? 'COMMAND' : hint),
        ]),
      );
    }
    return v;
  };
  return walk(manifest, 'EXPORTED');
}

function removeAt(root: unknown, path: FieldPath): boolean {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown>;
    if (!node || typeof node !== 'object') return false;
  }
  const last = path.at(-1)!;
  if (!node || !(last in node)) return false;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return true;
}

const valueText = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 80);

/**
 * What SAE holds can be more than a manifest can say (ProgrammingLanguage
 * `other`, a JDK the schema does not list, ...). Such a value is left out
 * with a note, rather than written into a manifest that validate rejects;
 * what is still invalid after that (a required value) is reported.
 */
export function fitToSchema(manifest: SaeJob): { manifest: SaeJob; omitted: string[]; invalid?: string[] } {
  const omitted: string[] = [];
  for (let round = 0; round < 20; round++) {
    const findings = [
      ...(validateSchema(manifest) ? [] : schemaFindings(validateSchema.errors ?? [], manifest)),
      ...checkManifestRules(manifest).filter((f) => f.severity !== 'warning'),
    ];
    if (!findings.length) return { manifest, omitted };
    const optional = findings.filter((f) => f.rule !== 'schema/required' && f.path.length > 2);
    const removed = optional.filter((f) => {
      const before = valueAt(manifest, f.path);
      if (!removeAt(manifest, f.path)) return false;
      omitted.push(
        `${formatFieldPath(f.path)}: SAE has ${valueText(before)}, which a manifest cannot hold (${f.message}): left out`,
      );
      return true;
    });
    if (!removed.length)
      return { manifest, omitted, invalid: findings.map((f) => `${formatFieldPath(f.field ?? f.path)}: ${f.message}`) };
  }
  return { manifest, omitted, invalid: ['the live job cannot be expressed as a manifest'] };
}
