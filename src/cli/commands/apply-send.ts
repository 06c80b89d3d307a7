// Apply's second half on the command line: the changes sent with signals as
// cancellation and progress on stderr, then the report; the exit code.
import type { Io } from '../io.js';
import { type CloudContext, progressFor } from '../cloud.js';
import { cancelOnSignals, exitCodeOf } from '../signals.js';
import { executeApply, type ApplyPlan } from '../../operations/apply.js';
import type { PipelineResult } from '../../pipeline/compile/compile-files.js';
import { SUCCESS_OUTCOMES } from '../../pipeline/plan/apply-result.js';
import { reportDiagnostics } from '../../output/reports/diagnostics.js';
import type { APPLY_REPORTERS } from '../../output/reports/apply.js';
import { applyReport } from '../views/plan.js';
import { confirmChange, sinkOf } from '../shared.js';

/** Ask before changing anything (apply without --yes on a terminal). */
export function confirmApply(planned: ApplyPlan, io: Io): Promise<boolean> {
  const n = planned.plan.planned.filter((p) => p.action !== 'unchanged' || p.suspend).length;
  return confirmChange(io, {
    yes: false,
    command: 'apply',
    question: `Apply these changes to ${n === 1 ? '1 job' : `${n} jobs`}?`,
    nothingDone: 'nothing sent to SAE',
    otherwise: 'or review the plan first: saejob plan --out FILE, then saejob apply FILE',
  });
}

/** Send it; a signal cancels, and the summary says what was sent and what goes on in SAE. */
export async function sendApply(
  ctx: CloudContext,
  compiled: PipelineResult,
  planned: ApplyPlan,
  o: { set: string; replace: boolean; adopt: boolean; wait: boolean; showSecrets: boolean },
  io: Io,
  out: { report: (typeof APPLY_REPORTERS)[keyof typeof APPLY_REPORTERS]; github: boolean },
): Promise<number> {
  const cancel = cancelOnSignals(io, 'sending nothing more; finishing the calls in flight, then a summary');
  const progress = progressFor(io);
  const { results, diagnostics } = await executeApply(ctx.session, compiled, planned, {
    ...o,
    timeoutMs: ctx.timeoutMs,
    concurrency: ctx.concurrency,
    retry: ctx.retry,
    pollIntervalMs: ctx.pollIntervalMs,
    signal: cancel.signal,
    onEvent: (p, m, kind) => progress.event(p.name, m, kind),
  }).finally(() => {
    progress.done();
    cancel.dispose();
  });
  const sink = sinkOf(io);
  if (diagnostics.length) reportDiagnostics(diagnostics, { command: 'apply', github: out.github }, sink);
  out.report(applyReport(results, compiled, ctx.session.calls()), sink);
  if (cancel.received) {
    const running = results.filter((r) => r.outcome === 'interrupted');
    if (running.length)
      io.err(
        `saejob: interrupted; still going on in SAE: ${running.map((r) => `${r.name}${r.changeOrderId ? ` (change order ${r.changeOrderId})` : ''}`).join(', ')}. Run saejob plan to see where they stand.\n`,
      );
    return exitCodeOf(cancel.received);
  }
  return results.every((r) => SUCCESS_OUTCOMES.has(r.outcome)) ? 0 : 1;
}
