// `saejob compile`: the requests the manifests become, or why there are none.
import { stringify } from 'yaml';
import type { Diagnostic } from '../../pipeline/diagnostics.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import type { CompiledRequest } from '../../pipeline/compile/compile.js';
import { countSummary } from '../diagnostics-text.js';
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';
import { formatRequestText } from '../request-text.js';
import { reportDiagnostics } from './diagnostics.js';

/** One manifest's CreateJob request, secrets already masked unless asked for. */
export interface CompiledView extends CompiledRequest {
  file: string;
  name: string;
  namespace: string;
  region: string;
  suspend?: boolean;
}

export interface CompileReport {
  diagnostics: readonly Diagnostic[];
  /** Empty when a manifest has errors: nothing is compiled then. */
  requests: readonly CompiledView[];
}

function text(r: CompileReport, sink: Sink, github = false): void {
  reportDiagnostics(r.diagnostics, { command: 'compile', github }, sink);
  if (hasErrors(r.diagnostics)) {
    sink.err('saejob: nothing compiled: fix the errors above\n');
    return;
  }
  for (const v of r.requests) {
    sink.out(
      `${sink.outStyle.bold(v.file)}: ${v.name} in ${v.namespace} (${v.region})${v.suspend ? ', then SuspendJob to suspend it' : ''}\n`,
    );
    sink.out(`${formatRequestText(v, sink.outStyle)}\n\n`);
  }
}

/** A machine reader gets the findings as JSON too, not an empty stdout. */
function failed(r: CompileReport, sink: Sink): boolean {
  if (!hasErrors(r.diagnostics)) return false;
  reportDiagnostics(r.diagnostics, { command: 'compile', github: false }, sink);
  sink.out(jsonDocument({ compiled: false, ...countSummary(r.diagnostics), requests: [], diagnostics: r.diagnostics }));
  return true;
}

export const COMPILE_REPORTERS = {
  text: (r: CompileReport, sink: Sink) => text(r, sink),
  // One shape whatever happened: an object with compiled, the counts, the requests and the findings.
  json: (r: CompileReport, sink: Sink) => {
    if (failed(r, sink)) return;
    reportDiagnostics(r.diagnostics, { command: 'compile', github: false }, sink);
    sink.out(
      jsonDocument({
        compiled: true,
        ...countSummary(r.diagnostics),
        requests: r.requests,
        diagnostics: r.diagnostics,
      }),
    );
  },
  yaml: (r: CompileReport, sink: Sink) => {
    reportDiagnostics(r.diagnostics, { command: 'compile', github: false }, sink);
    if (hasErrors(r.diagnostics)) {
      sink.err('saejob: nothing compiled: fix the errors above\n');
      return;
    }
    sink.out(stringify(r.requests, { lineWidth: 0 }));
  },
  github: (r: CompileReport, sink: Sink) => text(r, sink, true),
} satisfies Reporters<CompileReport>;
