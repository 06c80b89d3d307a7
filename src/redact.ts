// Secrets stay secret: every output passes through here. A secret is hidden
// wherever it appears — as itself, JSON-escaped inside a JSON-string
// parameter, or URL-encoded in a request line.
export const MASK = '******';

function forms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])].filter((s) => s.length > 0);
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret containing another is masked whole.
  for (const form of secrets.flatMap(forms).sort((a, b) => b.length - a.length)) out = out.split(form).join(MASK);
  return out;
}

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
