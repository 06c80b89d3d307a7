// `saejob plan [PATH...]`: what apply would change, read-only.
import { randomBytes } from 'node:crypto';
import { writeWhole } from '../files.js';
import { UsageError, type Io } from '../io.js';
import { savePlan, type SavedPlan } from '../../pipeline/plan/plan-file.js';
import { VERSION } from '../version.js';
import { chosenEnvironment, reporterFor, parseCommandArgs, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, compileForCloud } from '../cloud.js';
import { hasChanges } from '../../pipeline/plan/plan.js';
import { planRun } from '../../operations/plan.js';
import { planReport } from '../views/plan.js';
import { reportDiagnostics } from '../../output/reports/diagnostics.js';
import { formatsOf } from '../../output/reporter.js';
import { PLAN_REPORTERS } from '../../output/reports/plan.js';
import { sinkOf } from '../shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(PLAN_REPORTERS);

export const PLAN_HELP = `Usage: saejob plan [PATH...] [--out FILE] [--detailed-exitcode] [-o ${FORMATS.join('|')}]

Read the live jobs and show, per manifest, create, update (field by field),
unchanged, or replace (a create-only field differs). Sends no write.
Exit 0 (with --detailed-exitcode: 0 no changes, 2 changes), 1 on errors.

  --prune              also plan to delete the jobs of this set (the saejob-set
                       tag) that no manifest names any more, only in the
                       namespaces this run's manifests use (its scope)
  --adopt              preview taking over jobs without a saejob-set tag (made
                       in the console); saved plans apply it as reviewed
  --replace            allow replacing jobs whose create-only fields changed;
                       saved plans apply the replacement as reviewed
  --all-environments   where the manifests define environments: plan every one
                       (each job says its environment; apply FILE -e NAME
                       applies one environment's part of the saved plan)
  --out FILE           save the plan for saejob apply FILE, which sends exactly
                       these changes and refuses a job whose manifest or live
                       state changed since (secrets are not saved in clear)

${CLOUD_HELP}`;

/** Written whole or not at all (a temporary file renamed), readable by its owner only: it names the account's jobs. */
function writePlanFile(file: string, plan: SavedPlan, io: Io): void {
  // Readable by its owner only: it names the account's jobs.
  const failed = writeWhole(file, `${file}.${process.pid}.tmp`, `${JSON.stringify(plan, null, 2)}\n`, 0o600);
  if (failed) throw new UsageError(`cannot write the plan to ${file}: ${failed}`);
  const changing = plan.jobs.filter((j) => j.action !== 'unchanged').length;
  io.err(
    `Saved the plan (${plan.jobs.length} job${plan.jobs.length === 1 ? '' : 's'}, ${changing} to change) to ${file}: apply exactly this with saejob apply ${file}\n`,
  );
}

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('plan', argv, {
    ...CLOUD_OPTIONS,
    'detailed-exitcode': { type: 'boolean' },
    out: { type: 'string' },
    'all-environments': { type: 'boolean' },
    prune: { type: 'boolean' },
    adopt: { type: 'boolean' },
    replace: { type: 'boolean' },
  });
  if (values.help) return (io.out(PLAN_HELP), 0);
  const { format, report } = reporterFor(values.output, PLAN_REPORTERS, 'plan');
  const options = { prune: Boolean(values.prune), adopt: Boolean(values.adopt), replace: Boolean(values.replace) };
  const allEnvironments = Boolean(values['all-environments']);
  if (allEnvironments && values.environment)
    throw new UsageError('give --environment NAME or --all-environments, not both');
  const ctx = cloudContext(values, io);
  // A plan can be made without the secrets' values (a pull request's CI often has none): they show as unknown.
  const compiled = compileForCloud(positionals, values, format, io, 'plan', { unknownSecrets: true, allEnvironments });
  if (!compiled) return 1;
  const set = setName(values, io.env);
  const environment = chosenEnvironment(values, io.env);
  const run = await planRun(ctx.session, compiled, { set, prune: options.prune, environment, allEnvironments });
  if (!run.plan) {
    reportDiagnostics(run.diagnostics, { command: 'plan', github: format === 'github' }, sinkOf(io));
    io.err('saejob: nothing sent to SAE: fix the errors above\n');
    return 1;
  }
  const outcome = run.plan;
  report(planReport(outcome, Boolean(values['show-secrets']), options), sinkOf(io));
  if (outcome.failures.length || outcome.pruneError) {
    if (values.out) io.err(`saejob: no plan saved to ${values.out}: some jobs could not be planned\n`);
    return 1;
  }
  if (values.out)
    writePlanFile(
      String(values.out),
      savePlan(outcome.planned, {
        configMaps: outcome.configMaps ?? [],
        set,
        ...options,
        ...(environment ? { environment } : {}),
        allEnvironments,
        unknownVariables: [
          ...new Set([
            ...compiled.compiled.flatMap((c) => (c.job.unknown ?? []).map((u) => u.variable)),
            ...compiled.configMaps.flatMap((c) => (c.configMap.unknown ?? []).map((u) => u.variable)),
          ]),
        ],
        paths: positionals.length ? positionals : ['manifests'],
        region: values.region,
        salt: randomBytes(16).toString('hex'),
        saejobVersion: VERSION,
        createdAt: new Date().toISOString(),
      }),
      io,
    );
  return values['detailed-exitcode'] &&
    (hasChanges(outcome.planned) || (outcome.configMaps ?? []).some((c) => c.action !== 'unchanged'))
    ? 2
    : 0;
}
