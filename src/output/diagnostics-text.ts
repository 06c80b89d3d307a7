// `file:line:col: error: field: message [rule, SAE code]` — the form editors
// and CI log parsers recognise.
import type { Diagnostic } from '../pipeline/diagnostics.js';
import type { Style } from './style.js';

export function ruleLabel(d: Diagnostic): string {
  return d.saeCode ? `${d.rule}, prevents SAE ${d.saeCode}` : d.rule;
}

export function formatDiagnostic(d: Diagnostic, style: Style): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const sev = d.severity === 'error' ? style.red('error') : style.yellow('warning');
  const field = d.field ? `${style.bold(d.field)}: ` : '';
  return `${where}: ${sev}: ${environmentLabel(d)}${field}${d.message} ${style.dim(`[${ruleLabel(d)}]`)}`;
}

/** `(prod) `: which environment's final manifest has the problem, when the file is shared. */
export const environmentLabel = (d: Diagnostic) => (d.environment ? `(${d.environment}) ` : '');

export function countSummary(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
