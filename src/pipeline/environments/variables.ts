// `${var:NAME}` in an environment's manifests: the variables it uses, and
// their values put in (the grammar is envref.ts's).
import type { FieldPath } from '../diagnostics.js';

import { isRecord } from '../collections.js';
import { VAR_REF, WHOLE_VAR_REF, variableNames } from '../envref.js';
import type { Environment } from './document.js';
import { type Origin, pathKey } from './merge.js';

/** Every `${var:NAME}` (not the `$${` escape) in a value's strings, into `into`. */
export function variablesIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const name of variableNames(value)) into.add(name);
  } else if (Array.isArray(value)) for (const v of value) variablesIn(v, into);
  else if (isRecord(value)) for (const v of Object.values(value)) variablesIn(v, into);
}

/** A whole-value default as YAML would read it: `${var:REPLICAS:-2}` is the number 2. */
const typedDefault = (text: string): unknown =>
  /^-?(0|[1-9][0-9]*)$/.test(text) ? Number(text) : text === 'true' ? true : text === 'false' ? false : text;

/** `${var:NAME}` in every string: a whole-value reference keeps the variable's type (`replicas: ${var:REPLICAS}`). */
export function substituteVariables(
  value: unknown,
  env: Environment,
  path: FieldPath,
  origins: Map<string, Origin>,
  missing: (path: FieldPath, name: string) => void,
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${var:')) return value;
    const whole = WHOLE_VAR_REF.exec(value);
    if (whole) {
      const [, name, fallback] = whole;
      if (name! in env.variables) {
        origins.set(pathKey(path), { source: env.source, path: ['spec', 'variables', name!] });
        return env.variables[name!];
      }
      if (fallback !== undefined) return typedDefault(fallback);
      missing(path, name!);
      return value;
    }
    return value.replace(VAR_REF, (match, name: string, fallback: string | undefined) => {
      if (name in env.variables) return String(env.variables[name]);
      if (fallback !== undefined) return fallback;
      missing(path, name);
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((x, i) => substituteVariables(x, env, [...path, i], origins, missing));
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, x]) => [k, substituteVariables(x, env, [...path, k], origins, missing)]),
    );
  return value;
}
