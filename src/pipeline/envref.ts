// `${env:NAME}` references in string values (manifest.md §5). `$${` writes a
// literal `${`; `$HOME` is left alone. Any other `${` is an error (see
// badEnvRefs): a reference with a typo must not reach SAE as text.

// `${env:NAME}`, `${env:NAME:-default}` (the default when NAME is unset; no `}` in it), `$${`.
const REF = /\$(\$)?\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\$\{/g;

export interface EnvExpansion {
  value: string;
  /** Variables referenced that are not set. */
  missing: string[];
  /** Variables that were substituted with their values (not with a default). */
  used: string[];
}

export function expandEnvRefs(text: string, env: Readonly<Record<string, string | undefined>>): EnvExpansion {
  const missing: string[] = [];
  const used: string[] = [];
  const value = text.replace(
    REF,
    (match, escaped: string | undefined, name: string | undefined, fallback: string | undefined) => {
      if (name === undefined || escaped) return match.slice(1); // `$${...}` → literal `${...}`
      const v = env[name];
      if (v === undefined) {
        // The default is the manifest's own text: not a value from the environment, not a secret.
        if (fallback !== undefined) return fallback;
        missing.push(name);
        return match;
      }
      used.push(name);
      return v;
    },
  );
  return { value, missing, used };
}

/** Whether the whole string is one `${env:NAME}` reference (with or without a default). */
export function isWholeEnvRef(text: string): boolean {
  return /^\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(text);
}

// `${var:NAME}` and `${var:NAME:-default}`: a value only an environment sets (environments/ substitutes
// it). `$${var:X}` is the escape — a literal `${var:X}`, made so by the env stage's `$${` → `${` — and
// not a reference: the lookbehind.
const VAR_NAME = '[A-Za-z_][A-Za-z0-9_]*';
/** Where a `${var:` reference starts (the name in group 1). */
export const VARIABLE_REF = new RegExp(`(?<!\\$)\\$\\{var:(${VAR_NAME})`);
/** Every whole `${var:NAME}` / `${var:NAME:-default}` reference of a text (name, default). */
export const VAR_REF = new RegExp(`${VARIABLE_REF.source}(?::-([^}]*))?\\}`, 'g');
/** A value that is one reference and nothing else: it keeps the variable's type. */
export const WHOLE_VAR_REF = new RegExp(`^\\$\\{var:(${VAR_NAME})(?::-([^}]*))?\\}$`);
/** The names of the variables a text refers to. */
export const variableNames = (text: string): string[] =>
  [...text.matchAll(new RegExp(VARIABLE_REF.source, 'g'))].map((m) => m[1]!);

/** Variable names whose values are treated as secrets (redacted, never exported). */
// A `*_KEY` is secret when the word before says so (API_KEY, ACCESS_KEY,
// SECRET_KEY, PRIVATE_KEY, ENCRYPTION_KEY, SIGNING_KEY, MASTER_KEY,
// LICENSE_KEY, HMAC_KEY, SSH_KEY, …); SORT_KEY, CACHE_KEY, PARTITION_KEY
// and the like are not, and are shown.
export const SECRET_NAME =
  /SECRET|PASSW|PASSWD|PGPASS|_PASS$|^PASS$|PWD|TOKEN|PRIVATE|CREDENTIAL|(^|_)(API|ACCESS|ENCRYPTION|ENC|SIGNING|MASTER|LICENSE|HMAC|SSH|GPG|CRYPT|CIPHER|AES|JWT|SESSION|CLIENT|APP|SERVICE|DEPLOY|STRIPE|OPENAI)_?KEY$|^KEY$|APIKEY|API_KEY|ACCESS_KEY|AUTH|_PW$|CERT|PEM$|SIGNING|COOKIE|SALT$/i;

/** Whether an env entry's value is secret by the entry itself: its `secret:` flag, else its name. */
export const isSecretEntry = (name: string, secret: unknown): boolean =>
  typeof secret === 'boolean' ? secret : SECRET_NAME.test(name);

/** Every `${` that is neither `${env:NAME}` nor the escape `$${`, with what is wrong with it. */
export function badEnvRefs(text: string): string[] {
  if (!text.includes('${')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(
    /\$\$\{|\$\{env:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{var:[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}|\$\{[^}]{0,40}\}?/g,
  )) {
    const t = m[0];
    // ${var:…} is an environment's variable: resolved (or reported) before validation.
    if (t === '$${' || /^\$\{(env|var):[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(t)) continue;
    const shown = JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t);
    if (/^\$\{\s*env\s*:/.test(t)) {
      out.push(
        t.endsWith('}')
          ? `${shown} is not a valid reference: the variable name takes letters, digits and _ (e.g. \${env:DB_HOST})`
          : `${shown} is not closed: write \${env:NAME} with its closing }`,
      );
    } else
      out.push(
        `${shown} is not a saejob reference: write \${env:NAME} for an environment variable, or $\${ for a literal "\${" (shell: $\${HOME})`,
      );
  }
  return out;
}
