// Errors are data: every stage returns diagnostics; only the CLI prints them
// and picks the exit code.

export type Severity = 'error' | 'warning';

/** A field path inside one manifest, e.g. ['spec', 'template', 'env', 2, 'name']. */
export type FieldPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  severity: Severity;
  /** The file as the user named it, or `<stdin>`. */
  file: string;
  /** 1-based; 0 when the problem has no place in a file (e.g. a missing file). */
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** Dotted field path, e.g. `spec.template.env[2].name`; empty for the document itself. */
  field: string;
  message: string;
  /** The saejob rule that found it, e.g. `schema/enum`, `cpu-memory`, `yaml/DUPLICATE_KEY`. */
  rule: string;
  /** The SAE error code the rule prevents, when SAE has one. */
  saeCode?: string;
  /** The environment whose final manifest has the problem (the file may be its base). */
  environment?: string;
}

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Within one file: by line, then column. */
export const byPosition = (a: Diagnostic, b: Diagnostic): number => a.line - b.line || a.col - b.col;

/** Files in the order they were given, each file's diagnostics by position. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const order = new Map<string, number>();
  for (const d of diagnostics) if (!order.has(d.file)) order.set(d.file, order.size);
  return [...diagnostics].sort((a, b) => order.get(a.file)! - order.get(b.file)! || byPosition(a, b));
}

/** A value echoed in a message: quoted, and cut short (a value can be megabytes long). */
export function quoteValue(v: unknown, max = 60): string {
  const text = typeof v === 'string' ? v : String(v);
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
