// Findings of the load/validate/compile stages, as every manifest command
// reports them: text on stderr (the results keep stdout), and with -o github
// workflow commands on stdout and the full list in the job summary.
import type { Diagnostic } from '../../pipeline/diagnostics.js';
import { formatDiagnostic } from '../diagnostics-text.js';
import { githubAnnotation, githubStepSummary } from '../github.js';
import type { Sink } from '../reporter.js';

export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  o: { command: string; github: boolean },
  sink: Sink,
): void {
  for (const d of diagnostics) sink.err(`${formatDiagnostic(d, sink.errStyle)}\n`);
  if (!o.github || diagnostics.length === 0) return;
  for (const d of diagnostics) sink.command(githubAnnotation(d));
  sink.summary(githubStepSummary(diagnostics, o.command));
}
