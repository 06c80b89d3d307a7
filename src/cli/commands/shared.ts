// Pieces every manifest command shares: printing diagnostics in the chosen format.
import { appendFileSync } from 'node:fs';
import type { Diagnostic } from '../../pipeline/diagnostics.js';
import type { Io } from '../io.js';
import { formatDiagnostic } from '../../output/diagnostics-text.js';
import { githubAnnotation, githubStepSummary } from '../../output/github.js';

/**
 * The version of every JSON object a command prints (-o json): it changes
 * when a field is renamed or removed, not when one is added. compile's
 * array and export's manifest have the shapes cli.md and the schema give.
 */
export const JSON_FORMAT_VERSION = 1;

/** Text on stderr; with `github`, workflow commands on stdout and the full list in the job summary. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], format: string, io: Io, command: string): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d, io.errStyle)}\n`);
  if (format !== 'github' || diagnostics.length === 0) return;
  for (const d of diagnostics) io.out(`${githubAnnotation(d)}\n`);
  appendStepSummary(io, githubStepSummary(diagnostics, command));
}

/** Markdown for GitHub Actions' job summary, when the run has one ($GITHUB_STEP_SUMMARY). */
export function appendStepSummary(io: Io, markdown: string): void {
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (!summaryFile) return;
  try {
    appendFileSync(summaryFile, markdown);
  } catch (err) {
    io.err(`saejob: cannot write GITHUB_STEP_SUMMARY (${(err as Error).message})\n`);
  }
}

/**
 * The question before a change to the account (apply, delete): `--yes`
 * answers it; without a terminal nobody can, so the command refuses and says
 * how to go on. True when the command may go ahead.
 */
export async function confirmChange(io: Io, o: { yes: boolean; command: string; question: string; nothingDone: string; otherwise?: string }): Promise<boolean> {
  if (o.yes) return true;
  if (!io.stdinIsTTY) {
    io.err(`saejob: refusing to ${o.command} without --yes: standard input is not a terminal, so nobody can confirm the above. ${o.nothingDone}. Pass --yes to ${o.command} anyway${o.otherwise ? `, ${o.otherwise}` : ''}.\n`);
    return false;
  }
  const answer = (await io.prompt(`${o.question} Type "yes" (or "y") to continue: `)).trim().toLowerCase();
  if (answer === 'yes' || answer === 'y') return true;
  io.err(`saejob: ${o.nothingDone}\n`);
  return false;
}
