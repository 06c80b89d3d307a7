// Secrets stay secret: every output passes through here. A secret is masked
// where it stands as a whole value (by where it is: the OSS secret, an env
// entry under a secret-looking name), and, inside other text, in every form
// it can take on the way: as written, JSON-escaped (once or twice, for a
// JSON parameter inside JSON output), URL-encoded, form-encoded.
import { SECRET_PARAMS } from '../contract/api.js';
import { SECRET_NAME } from './envref.js';

export const MASK = '******';

/**
 * Secrets shorter than this are masked only where they stand whole: masking
 * "1" inside other text would garble it and show where the 1s are.
 */
export const MIN_EMBEDDED_SECRET = 4;

function forms(secret: string): string[] {
  const json1 = JSON.stringify(secret).slice(1, -1);
  const json2 = JSON.stringify(json1).slice(1, -1);
  const out = new Set<string>();
  for (const f of [secret, json1, json2]) {
    out.add(f);
    out.add(encodeURIComponent(f));
    out.add(new URLSearchParams({ v: f }).toString().slice(2));
  }
  return [...out].filter((s) => s.length > 0);
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret containing another is masked whole.
  const all = secrets
    .filter((s) => s.length >= MIN_EMBEDDED_SECRET)
    .flatMap(forms)
    .sort((a, b) => b.length - a.length);
  for (const form of all) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}

/**
 * Every string in a value, redacted as text. A short secret is not masked
 * here even where a string equals it ("1" is also a replica count): it is
 * masked by where it stands (redactParams, the plan's env views).
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * Which env entries the manifest decided about: secret (by a secret value or
 * `secret: true`) and shown (`secret: false` on a name that only looks secret).
 */
export interface EnvSecrecy {
  readonly secretEnvNames?: readonly string[];
  readonly shownEnvNames?: readonly string[];
}

/**
 * An env entry's value is secret because the manifest made it so, or by its
 * name unless the manifest said `secret: false`. Entries only on the live job
 * are judged by name: their values are not the manifest's to show.
 */
export const isSecretEnvEntry = (name: unknown, names: EnvSecrecy) =>
  typeof name === 'string' &&
  ((names.secretEnvNames ?? []).includes(name) ||
    (SECRET_NAME.test(name) && !(names.shownEnvNames ?? []).includes(name)));

/** A list of env entries (Envs, parsed) with secret values masked by entry. */
export function maskEnvEntries(entries: unknown, names: EnvSecrecy): unknown {
  if (!Array.isArray(entries)) return entries;
  return entries.map((e) =>
    e && typeof e === 'object' && 'value' in e && isSecretEnvEntry((e as { name?: unknown }).name, names)
      ? { ...e, value: MASK }
      : e,
  );
}

/**
 * Request parameters as they may be shown: secret parameters masked whole,
 * Envs with secret entries masked by entry, then any secret still inside
 * other text masked in place.
 */
export function redactParams<T extends Record<string, unknown>>(
  params: T,
  secrets: readonly string[],
  names: EnvSecrecy,
): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (SECRET_PARAMS.has(k) && v !== undefined && v !== '') out[k] = MASK;
    else if (k === 'Envs' && typeof v === 'string') {
      try {
        out[k] = JSON.stringify(maskEnvEntries(JSON.parse(v), names));
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return redactDeep(out as T, secrets);
}

/** A request (or anything with query and body) with its parameters redacted; see redactParams. */
export function redactRequest<R extends { query: Record<string, unknown>; body: Record<string, unknown> }>(
  req: R,
  job: { secrets: readonly string[] } & EnvSecrecy,
): R {
  return {
    ...req,
    query: redactParams(req.query, job.secrets, job),
    body: redactParams(req.body, job.secrets, job),
  };
}
