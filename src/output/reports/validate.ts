// `saejob validate`: the findings and a one-line verdict.
import type { Diagnostic } from '../../pipeline/diagnostics.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { countSummary, plural } from '../diagnostics-text.js';
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';
import { reportDiagnostics } from './diagnostics.js';

export interface ValidateReport {
  diagnostics: readonly Diagnostic[];
  files: number;
  manifests: number;
}

function text(r: ValidateReport, sink: Sink, github = false): void {
  reportDiagnostics(r.diagnostics, { command: 'validate', github }, sink);
  const { errors, warnings } = countSummary(r.diagnostics);
  const summary = `${plural(r.manifests, 'manifest')} in ${plural(r.files, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  // Uncoloured: a clean run never asks whether stdout is a terminal.
  if (!hasErrors(r.diagnostics)) sink.out(`✓ ${summary}\n`);
  else sink.err(`${sink.errStyle.red('✗')} ${summary}\n`);
}

export const VALIDATE_REPORTERS = {
  text: (r: ValidateReport, sink: Sink) => text(r, sink),
  json: (r: ValidateReport, sink: Sink) =>
    sink.out(
      jsonDocument({
        valid: !hasErrors(r.diagnostics),
        files: r.files,
        manifests: r.manifests,
        ...countSummary(r.diagnostics),
        diagnostics: r.diagnostics,
      }),
    ),
  github: (r: ValidateReport, sink: Sink) => text(r, sink, true),
} satisfies Reporters<ValidateReport>;
