// `saejob plan [PATH...]`: what apply would change, read-only.
import type { Io } from '../cli/io.js';
import { outputFormat, parseCommandArgs } from '../cli/args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, compileForCloud } from './cloud.js';
import { hasChanges, summarise, type PlannedJob } from '../cloud/plan.js';
import type { PlanResult } from '../cloud/session.js';
import { planView } from '../output/plan-view.js';
import { formatPlanJob, summaryLine } from '../output/plan-text.js';
import { planMarkdown } from '../output/plan-markdown.js';

export const PLAN_HELP = `Usage: saejob plan [PATH...] [--detailed-exitcode] [-o text|json|markdown|github]

Read the live jobs and show, per manifest, create, update (field by field),
unchanged, or replace (a create-only field differs). Sends no write.
Exit 0 (with --detailed-exitcode: 0 no changes, 2 changes), 1 on errors.

${CLOUD_HELP}`;

export interface PlanOutcome {
  results: PlanResult[];
  planned: PlannedJob[];
  failures: PlanResult[];
}

export function splitPlan(results: PlanResult[]): PlanOutcome {
  return { results, planned: results.flatMap((r) => (r.planned ? [r.planned] : [])), failures: results.filter((r) => r.error) };
}

export function printPlan(o: PlanOutcome, format: string, showSecrets: boolean, io: Io): void {
  const views = o.planned.map((p) => planView(p, showSecrets));
  const summary = summaryLine(summarise(o.planned), o.failures.length);
  const errors = o.failures.map((f) => ({ name: f.manifest.job.name, file: f.manifest.source.file, error: f.error!.describe() }));
  if (format === 'json') {
    io.out(JSON.stringify({ summary: { ...summarise(o.planned), failed: o.failures.length }, jobs: views, errors }, null, 2) + '\n');
  } else if (format === 'markdown') {
    io.out(planMarkdown(views, summary, errors));
  } else {
    for (const v of views) io.out(formatPlanJob(v, io.outStyle) + '\n');
    for (const e of errors) io.err(`${io.errStyle.red('error')}: ${e.name} (${e.file}): could not read the live job: ${e.error}\n`);
    io.out(`\n${summary}\n`);
  }
}

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('plan', argv, { ...CLOUD_OPTIONS, 'detailed-exitcode': { type: 'boolean' } });
  if (values.help) return io.out(PLAN_HELP), 0;
  const format = outputFormat(values.output, ['text', 'json', 'markdown', 'github'], 'plan');
  const ctx = cloudContext(values, io);
  const compiled = compileForCloud(positionals, values, format, io);
  if (!compiled) return 1;
  const outcome = splitPlan(await ctx.session.plan(compiled.compiled));
  printPlan(outcome, format, Boolean(values['show-secrets']), io);
  if (outcome.failures.length) return 1;
  return values['detailed-exitcode'] && hasChanges(outcome.planned) ? 2 : 0;
}
