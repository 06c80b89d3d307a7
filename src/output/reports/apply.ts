// `saejob apply`: per job what was done (each write sent, each wait's end),
// its outcome, and a summary.
import type { ApplyOutcome, ApplyResult } from '../../pipeline/plan/apply-result.js';
import { APPLY_OUTCOMES } from '../../pipeline/plan/apply-result.js';
import { githubJobAnnotation } from '../github.js';
import { jsonDocument } from '../json.js';
import { markdownCell as cell } from '../markdown.js';
import type { Reporters, Sink } from '../reporter.js';
import type { ManifestPosition } from './plan.js';

export interface ApplyJobReport extends ApplyResult {
  /** The manifest's metadata.name, for annotations; absent when no manifest is at hand. */
  position?: ManifestPosition;
}

export interface ApplyReport {
  jobs: readonly ApplyJobReport[];
  /** API calls by operation, for the record. */
  calls: Record<string, number>;
}

export function outcomeCounts(jobs: readonly ApplyResult[]): Record<ApplyOutcome, number> {
  return Object.fromEntries(APPLY_OUTCOMES.map((o) => [o, jobs.filter((r) => r.outcome === o).length])) as Record<
    ApplyOutcome,
    number
  >;
}

export function applySummaryLine(jobs: readonly ApplyResult[]): string {
  const counts = outcomeCounts(jobs);
  const parts = APPLY_OUTCOMES.filter((o) => counts[o]).map((o) => `${counts[o]} ${o}`);
  return `Apply: ${parts.join(', ') || 'nothing to do'}.`;
}

const FAILED: ReadonlySet<ApplyOutcome> = new Set(['failed', 'refused', 'not-converged']);
const PENDING: ReadonlySet<ApplyOutcome> = new Set(['paused', 'interrupted', 'skipped', 'not-in-plan']);

export function applyMarkdown(r: ApplyReport): string {
  const rows = r.jobs.map(
    (j) =>
      `| ${j.outcome} | \`${cell(j.name)}\`${j.environment ? ` (${cell(j.environment)})` : ''} | ${cell(j.namespace)} | ${cell(j.appId ?? '')} | ${cell([...j.steps, ...(j.error ? [`**error**: ${j.error}`] : [])].join('; ') || '—')} |`,
  );
  return [
    '### saejob apply',
    '',
    applySummaryLine(r.jobs),
    '',
    '| outcome | job | namespace | AppId | what was done |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function text(r: ApplyReport, sink: Sink): void {
  const s = sink.outStyle;
  sink.out('\n');
  for (const j of r.jobs) {
    const mark = FAILED.has(j.outcome) ? s.red('✗') : PENDING.has(j.outcome) ? s.yellow('…') : s.green('✓');
    sink.out(
      `${mark} ${s.bold(j.name)} (${j.namespace}${j.environment ? `, ${j.environment}` : ''}): ${j.outcome}${j.appId ? `, AppId ${j.appId}` : ''}\n`,
    );
    for (const step of j.steps) sink.out(`    ${step}\n`);
    if (j.error) sink.out(`    ${s.red(j.outcome === 'refused' ? 'refused' : 'error')}: ${j.error}\n`);
  }
  sink.out(`\n${applySummaryLine(r.jobs)}\n`);
}

export const APPLY_REPORTERS = {
  text,
  json: (r: ApplyReport, sink: Sink) =>
    sink.out(
      jsonDocument({ summary: outcomeCounts(r.jobs), jobs: r.jobs.map(({ position: _, ...j }) => j), calls: r.calls }),
    ),
  markdown: (r: ApplyReport, sink: Sink) => sink.out(applyMarkdown(r)),
  github: (r: ApplyReport, sink: Sink) => {
    text(r, sink);
    for (const j of r.jobs) {
      const level = FAILED.has(j.outcome) ? 'error' : j.outcome === 'paused' ? 'warning' : undefined;
      if (level && j.position)
        sink.command(
          githubJobAnnotation(
            level,
            j.position,
            `saejob apply: ${j.outcome}`,
            `${j.name} in ${j.namespace}: ${j.error ?? j.outcome}`,
          ),
        );
    }
    sink.summary(applyMarkdown(r));
  },
} satisfies Reporters<ApplyReport>;
