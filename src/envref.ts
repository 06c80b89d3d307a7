// `${env:NAME}` references in string values (manifest.md §5). `$${` writes a
// literal `${`; shell text such as `$HOME` or `${HOME}` is left alone.

const REF = /\$(\$)?\{env:([A-Za-z_][A-Za-z0-9_]*)\}|\$\$\{/g;

export interface EnvExpansion {
  value: string;
  /** Variables referenced that are not set. */
  missing: string[];
  /** Variables that were substituted. */
  used: string[];
}

export function expandEnvRefs(text: string, env: Readonly<Record<string, string | undefined>>): EnvExpansion {
  const missing: string[] = [];
  const used: string[] = [];
  const value = text.replace(REF, (match, escaped: string | undefined, name: string | undefined) => {
    if (name === undefined || escaped) return match.slice(1); // `$${...}` → literal `${...}`
    const v = env[name];
    if (v === undefined) {
      missing.push(name);
      return match;
    }
    used.push(name);
    return v;
  });
  return { value, missing, used };
}

/** Whether the whole string is one `${env:NAME}` reference. */
export function isWholeEnvRef(text: string): boolean {
  return /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/.test(text);
}

/** Variable names whose values are treated as secrets (redacted, never exported). */
export const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|_KEY$|APIKEY/i;
