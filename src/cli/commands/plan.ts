// `saejob plan [PATH...]`: what apply would change, read-only.
import { identityKey } from '../../pipeline/identity.js';
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError, type Io } from '../io.js';
import { savePlan, type SavedPlan } from '../../pipeline/plan-file.js';
import { VERSION } from '../version.js';
import { reporterFor, parseCommandArgs } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, compileForCloud, resolveForCloud, type CloudContext } from './cloud.js';
import { DEFAULT_SET, SET_NAME } from '../../pipeline/ownership.js';
import type { PlannedConfigMap } from '../../pipeline/configmaps.js';
import { planConfigMaps } from '../../sae/configmaps.js';
import { SaeError } from '../../sae/errors.js';
import { hasChanges, summarise, type PlannedJob } from '../../pipeline/plan.js';
import type { PlanResult } from '../../sae/session.js';
import { redactText } from '../../pipeline/redact.js';
import { planView } from '../../output/plan-view.js';
import { locate } from '../../pipeline/positions.js';
import type { CompiledManifest } from '../../pipeline/compile-files.js';
import { formatsOf } from '../../output/reporter.js';
import { PLAN_REPORTERS, type ManifestPosition, type PlanReport } from '../../output/reports/plan.js';
import { sinkOf } from './shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(PLAN_REPORTERS);

export const PLAN_HELP = `Usage: saejob plan [PATH...] [--out FILE] [--detailed-exitcode] [-o ${FORMATS.join('|')}]

Read the live jobs and show, per manifest, create, update (field by field),
unchanged, or replace (a create-only field differs). Sends no write.
Exit 0 (with --detailed-exitcode: 0 no changes, 2 changes), 1 on errors.

  --prune              also plan to delete the jobs of this set (the saejob-set
                       tag) that no manifest names any more
  --all-environments   where the manifests define environments: plan every one
                       (for review; each job says its environment)
  --out FILE           save the plan for saejob apply FILE, which sends exactly
                       these changes and refuses a job whose manifest or live
                       state changed since (secrets are not saved in clear)

${CLOUD_HELP}`;

export interface PlanOutcome {
  results: PlanResult[];
  planned: PlannedJob[];
  failures: PlanResult[];
  /** --prune could not list every region: nothing is pruned, and this says why. */
  pruneError?: string;
  /** The ConfigMap manifests, planned (applied before the jobs). */
  configMaps?: PlannedConfigMap[];
}

/** Where the jobs are: where prune also looks for the set's ConfigMaps. */
export const jobNamespaces = (compiled: readonly CompiledManifest[]) => compiled.map((m) => ({ region: m.job.region, namespace: m.job.namespace }));

/** ConfigMaps this plan creates: a job may name one before it exists. */
export const pendingConfigMaps = (planned: readonly PlannedConfigMap[]) => new Set(planned.filter((c) => c.action === 'create').map(identityKey));

export function splitPlan(results: PlanResult[]): PlanOutcome {
  return { results, planned: results.flatMap((r) => (r.planned ? [r.planned] : [])), failures: results.filter((r) => r.error) };
}

/** The set this run manages: --set, SAEJOB_SET, or the default. */
export function setName(values: Record<string, unknown>, io: Io): string {
  const set = (values.set as string | undefined) ?? (io.env.SAEJOB_SET || DEFAULT_SET);
  if (!SET_NAME.test(set)) throw new UsageError(`--set (or SAEJOB_SET) names the set of jobs these manifests manage: letters, digits, . _ -, at most 64; not "${set}"`);
  return set;
}

/** Plan the manifests, and with --prune the set's jobs no manifest names any more. */
export async function planAll(ctx: CloudContext, compiled: readonly CompiledManifest[], o: { set: string; prune: boolean; region?: string }): Promise<PlanOutcome> {
  const outcome = splitPlan(await ctx.session.plan(compiled, { set: o.set }));
  if (!o.prune) return outcome;
  const regions = [...compiled.map((m) => m.job.region), ...(o.region ? [o.region] : [])];
  const candidates = await ctx.session.pruneCandidates(compiled, regions, o.set);
  if (candidates instanceof SaeError) outcome.pruneError = `--prune: the jobs of set ${o.set} could not be listed (${candidates.describe()}), so nothing is pruned`;
  else if (!regions.length) outcome.pruneError = '--prune: no manifest names a region to look in: give --region';
  else outcome.planned.push(...candidates);
  return outcome;
}

/** The plan as its reporters take it: changes in the manifest's terms, secrets masked (also in what SAE said back). */
export function planReport(o: PlanOutcome, showSecrets: boolean): PlanReport {
  const where = new Map(o.results.map((r) => [`${r.manifest.source.file}\0${r.manifest.job.name}`, manifestPosition(r.manifest)]));
  const at = (file: string, name: string) => where.get(`${file}\0${name}`) ?? { file, line: 0, col: 0 };
  return {
    jobs: o.planned.map((p) => ({ ...planView(p, showSecrets), position: at(p.file, p.name) })),
    errors: o.failures.map((f) => ({ name: f.manifest.job.name, namespace: f.manifest.job.namespace, file: f.manifest.source.file, error: showSecrets ? f.error!.describe() : redactText(f.error!.describe(), f.manifest.job.secrets), position: at(f.manifest.source.file, f.manifest.job.name) })),
    summary: summarise(o.planned),
    ...(o.pruneError ? { pruneError: o.pruneError } : {}),
    ...(o.configMaps?.length ? { configMaps: o.configMaps.map(({ configMap: _, ...view }) => view) } : {}),
  };
}

/** Where a manifest names its job: what a CI annotation points at. */
export function manifestPosition(m: CompiledManifest): ManifestPosition {
  return { file: m.source.file, ...locate(m.source, ['metadata', 'name'], 'value') };
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
  const { values, positionals } = parseCommandArgs('plan', argv, { ...CLOUD_OPTIONS, 'detailed-exitcode': { type: 'boolean' }, out: { type: 'string' }, 'all-environments': { type: 'boolean' }, prune: { type: 'boolean' } });
  if (values.help) return (io.out(PLAN_HELP), 0);
  const { format, report } = reporterFor(values.output, PLAN_REPORTERS, 'plan');
  const ctx = cloudContext(values, io);
  // A plan can be made without the secrets' values (a pull request's CI often has none): they show as unknown.
  const compiled = compileForCloud(positionals, values, format, io, 'plan', { unknownSecrets: true, allEnvironments: Boolean(values['all-environments']) });
  if (!compiled) return 1;
  const set = setName(values, io);
  const configMaps = await planConfigMaps(ctx.session, compiled.configMaps, { set, prune: Boolean(values.prune), namespaces: jobNamespaces(compiled.compiled) });
  if (!(await resolveForCloud(ctx, compiled, format, io, 'plan', pendingConfigMaps(configMaps)))) return 1;
  const outcome = await planAll(ctx, compiled.compiled, { set, prune: Boolean(values.prune), region: values.region as string | undefined });
  outcome.configMaps = configMaps;
  report(planReport(outcome, Boolean(values['show-secrets'])), sinkOf(io));
  if (outcome.failures.length || outcome.pruneError) {
    if (values.out) io.err(`saejob: no plan saved to ${values.out}: some jobs could not be planned\n`);
    return 1;
  }
  if (values.out)
    writePlanFile(
      String(values.out),
      savePlan(outcome.planned, {
        configMaps,
        set,
        prune: Boolean(values.prune),
        unknownVariables: [...new Set(compiled.compiled.flatMap((c) => (c.job.unknown ?? []).map((u) => u.variable)))],
        paths: positionals.length ? positionals : ['manifests'],
        region: values.region as string | undefined,
        salt: randomBytes(16).toString('hex'),
        saejobVersion: VERSION,
        createdAt: new Date().toISOString(),
      }),
      io,
    );
  return values['detailed-exitcode'] && hasChanges(outcome.planned) ? 2 : 0;
}
