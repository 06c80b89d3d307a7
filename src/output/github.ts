// GitHub Actions workflow commands. At most 10 annotations of a kind show per
// step, so the full list also goes to the job summary when there is one.
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { environmentLabel, ruleLabel } from './diagnostics-text.js';
import { markdownCell } from './markdown.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.line > 0) {
    props.push(`line=${d.line}`);
    if (d.endLine) props.push(`endLine=${d.endLine}`);
    props.push(`col=${d.col}`);
    if (d.endCol && d.endLine === d.line) props.push(`endColumn=${d.endCol}`);
  }
  props.push(`title=${escapeProperty(`saejob ${d.rule}`)}`);
  const message = `${environmentLabel(d)}${d.field ? `${d.field}: ` : ''}${d.message} [${ruleLabel(d)}]`;
  return `::${d.severity} ${props.join(',')}::${escapeData(message)}`;
}

/**
 * The full list for the job summary, under the command that found it. For a
 * command whose report writes its own `### saejob <command>` section (plan,
 * apply), warnings are a part of it, not a second heading.
 */
export function githubStepSummary(diagnostics: readonly Diagnostic[], command: string): string {
  // …unless the findings stop it (an error): then they are the run's only section.
  const ownSection = (command === 'plan' || command === 'apply') && !diagnostics.some((d) => d.severity === 'error');
  const cell = markdownCell;
  // A finding about a file (or the run) has no line: no `:0:0`.
  const rows = diagnostics.map(
    (d) =>
      `| ${d.severity} | \`${cell(d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file)}\` | \`${cell(d.field)}\` | ${cell(environmentLabel(d) + d.message)} | ${cell(ruleLabel(d))} |`,
  );
  return [
    ownSection ? `**Findings** (${diagnostics.length})` : `### saejob ${command}`,
    '',
    '| | where | field | problem | rule |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** An annotation on a manifest for a plan or apply outcome (at its metadata.name). */
export function githubJobAnnotation(
  level: 'notice' | 'warning' | 'error',
  at: { file: string; line: number; col: number },
  title: string,
  message: string,
): string {
  // A job no manifest names (a prune) has no place in a file: an annotation of the run, not of `(no manifest)` line 0.
  const where =
    at.line > 0 && !at.file.startsWith('(') ? `file=${escapeProperty(at.file)},line=${at.line},col=${at.col},` : '';
  return `::${level} ${where}title=${escapeProperty(title)}::${escapeData(message)}`;
}
