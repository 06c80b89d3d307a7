// `saejob plan [PATH...]`: what apply would change, read-only.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError, type Io } from '../io.js';
import { savePlan, type SavedPlan } from '../../pipeline/plan-file.js';
import { VERSION } from '../version.js';
import { outputFormat, parseCommandArgs } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, compileForCloud } from './cloud.js';
import { hasChanges, summarise, type PlannedJob } from '../../pipeline/plan.js';
import type { PlanResult } from '../../sae/session.js';
import { redactText } from '../../pipeline/redact.js';
import { planView, type PlannedJobView } from '../../output/plan-view.js';
import { githubJobAnnotation } from '../../output/github.js';
import { locate } from '../../pipeline/positions.js';
import { manifestLabel } from '../../sae/api.js';
import type { CompiledManifest } from '../../pipeline/compile-files.js';
import { formatPlanJob, summaryLine } from '../../output/plan-text.js';
import { planMarkdown } from '../../output/plan-markdown.js';
import { appendStepSummary, JSON_FORMAT_VERSION } from './shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = ['text', 'json', 'markdown', 'github'] as const;

export const PLAN_HELP = `Usage: saejob plan [PATH...] [--out FILE] [--detailed-exitcode] [-o ${FORMATS.join('|')}]

Read the live jobs and show, per manifest, create, update (field by field),
unchanged, or replace (a create-only field differs). Sends no write.
Exit 0 (with --detailed-exitcode: 0 no changes, 2 changes), 1 on errors.

  --out FILE           save the plan for saejob apply FILE, which sends exactly
                       these changes and refuses a job whose manifest or live
                       state changed since (secrets are not saved in clear)

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
  // What SAE says back may echo a value: mask the manifest's secrets in it too.
  const errors = o.failures.map((f) => ({ name: f.manifest.job.name, file: f.manifest.source.file, error: showSecrets ? f.error!.describe() : redactText(f.error!.describe(), f.manifest.job.secrets) }));
  if (format === 'json') {
    io.out(`${JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, summary: { ...summarise(o.planned), failed: o.failures.length }, jobs: views, errors }, null, 2)}\n`);
  } else if (format === 'markdown') {
    io.out(planMarkdown(views, summary, errors));
  } else {
    for (const v of views) io.out(`${formatPlanJob(v, io.outStyle)}\n`);
    for (const e of errors) io.err(`${io.errStyle.red('error')}: ${e.name} (${e.file}): could not read the live job: ${e.error}\n`);
    io.out(`\n${summary}\n`);
    if (format === 'github') {
      for (const line of planAnnotations(o, views)) io.out(`${line}\n`);
      appendStepSummary(io, planMarkdown(views, summary, errors));
    }
  }
}

/** Where a manifest names its job: what a CI annotation points at. */
export function manifestPosition(m: CompiledManifest): { file: string; line: number; col: number } {
  return { file: m.source.file, ...locate(m.source, ['metadata', 'name'], 'value') };
}

/** Pull-request annotations: what each changed manifest will do, and what could not be planned. */
function planAnnotations(o: PlanOutcome, views: readonly PlannedJobView[]): string[] {
  const lines: string[] = [];
  for (const r of o.results) {
    const where = manifestPosition(r.manifest);
    if (r.error) {
      lines.push(githubJobAnnotation('error', where, 'saejob plan', `${r.manifest.job.name}: could not read the live job: ${redactText(r.error.describe(), r.manifest.job.secrets)}`));
      continue;
    }
    const v = views.find((x) => x.file === r.planned!.file && x.name === r.planned!.name)!;
    if (v.action === 'unchanged') continue;
    const fields = [...new Set([...v.replaceReasons, ...v.changes].map((c) => manifestLabel(c.param)))];
    if (v.suspend) fields.push('suspend');
    const what = v.action === 'create' ? 'will be created' : v.action === 'replace' ? `will be replaced (create-only: ${v.replaceReasons.map((c) => c.field).join(', ')}); apply needs --replace` : v.note && !fields.length ? `: ${v.note}` : `will be updated: ${fields.join(', ')}`;
    lines.push(githubJobAnnotation(v.action === 'replace' ? 'warning' : 'notice', where, `saejob plan: ${v.action}`, `${v.name} in ${v.namespace} ${what}`));
  }
  return lines;
}

/** Written whole or not at all (a temporary file renamed), readable by its owner only: it names the account's jobs. */
function writePlanFile(file: string, plan: SavedPlan, io: Io): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(plan, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write the plan to ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const changing = plan.jobs.filter((j) => j.action !== 'unchanged').length;
  io.err(`Saved the plan (${plan.jobs.length} job${plan.jobs.length === 1 ? '' : 's'}, ${changing} to change) to ${file}: apply exactly this with saejob apply ${file}\n`);
}

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('plan', argv, { ...CLOUD_OPTIONS, 'detailed-exitcode': { type: 'boolean' }, out: { type: 'string' } });
  if (values.help) return (io.out(PLAN_HELP), 0);
  const format = outputFormat(values.output, FORMATS, 'plan');
  const ctx = cloudContext(values, io);
  const compiled = compileForCloud(positionals, values, format, io, 'plan');
  if (!compiled) return 1;
  const outcome = splitPlan(await ctx.session.plan(compiled.compiled));
  printPlan(outcome, format, Boolean(values['show-secrets']), io);
  if (outcome.failures.length) {
    if (values.out) io.err(`saejob: no plan saved to ${values.out}: some jobs could not be planned\n`);
    return 1;
  }
  if (values.out) writePlanFile(String(values.out), savePlan(outcome.planned, { paths: positionals.length ? positionals : ['manifests'], region: values.region as string | undefined, salt: randomBytes(16).toString('hex'), saejobVersion: VERSION, createdAt: new Date().toISOString() }), io);
  return values['detailed-exitcode'] && hasChanges(outcome.planned) ? 2 : 0;
}
