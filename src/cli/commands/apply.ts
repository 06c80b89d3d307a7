// `saejob apply [PATH...]` / `saejob apply PLANFILE`: flags, then the apply
// operation (operations/apply.ts) in its two steps, the plan shown and
// confirmed in between; signals cancel; only here is an exit code chosen.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { chosenEnvironment, parseCommandArgs, reporterFor, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, compileForCloud } from '../cloud.js';
import { asPlanned, checkSavedOptions, savedPlanArgument, savedValues } from '../saved-plan-args.js';
import { confirmApply, sendApply } from './apply-send.js';
import { dryRunRequests, planApply } from '../../operations/apply.js';
import { SavedPlanError, savedPart } from '../../operations/saved-plan.js';
import { hasChanges } from '../../pipeline/plan/plan.js';
import { formatsOf } from '../../output/reporter.js';
import { reportDiagnostics } from '../../output/reports/diagnostics.js';
import { PLAN_REPORTERS } from '../../output/reports/plan.js';
import { APPLY_REPORTERS } from '../../output/reports/apply.js';
import { planReport } from '../views/plan.js';
import { sinkOf, stderrSinkOf } from '../shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(APPLY_REPORTERS);

export const APPLY_HELP = `Usage: saejob apply [PATH...] [--yes] [--dry-run] [--replace] [--no-wait] [-o ${FORMATS.join('|')}]
       saejob apply PLANFILE [--replace] [--no-wait] [-o ...]

Plan, show the plan and ask, then send CreateJob / UpdateJob / SuspendJob and
wait for the change orders. A create-only change (namespace, network, package
type, cpu, memory, description) needs --replace: DeleteJob, then CreateJob.

  PLANFILE             a plan saved by saejob plan --out: sends exactly what it
                       shows, without asking; a job whose manifest (or a value
                       from the environment) or live state changed since is
                       refused, the others are applied
  -y, --yes            do not ask; without it, apply refuses to change anything
                       when standard input is not a terminal (CI: pass --yes)
  --dry-run            print the requests apply would send; send no write
  --detailed-exitcode  with --dry-run: exit 2 when there are changes
  --replace            allow replacing jobs whose create-only fields changed
  --prune              also delete the jobs of this set (--set) that no manifest
                       names any more (plan --prune shows them first)
  --adopt              take over jobs without a saejob-set tag (made in the
                       console): they get this set's tag
  --no-wait            do not wait for change orders

${CLOUD_HELP}`;

const FLAGS = {
  ...CLOUD_OPTIONS,
  'dry-run': { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  replace: { type: 'boolean' },
  'no-wait': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  prune: { type: 'boolean' },
  adopt: { type: 'boolean' },
} as const;

export async function applyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('apply', argv, FLAGS);
  if (values.help) return (io.out(APPLY_HELP), 0);
  const { format, report } = reporterFor(values.output, APPLY_REPORTERS, 'apply');
  const ctx = cloudContext(values, io);
  const saved = savedPlanArgument(positionals);
  if (saved) checkSavedOptions(saved, values, io);
  const { part, error: partError } = saved ? savedPart(saved, chosenEnvironment(values, io.env)) : {};
  if (partError) throw new UsageError(partError);
  const compiled = saved
    ? compileForCloud(saved.paths, savedValues(saved, values), format, io, 'apply', {
        allEnvironments: saved.allEnvironments,
      })
    : compileForCloud(positionals, values, format, io, 'apply');
  if (!compiled) return 1;
  // A saved plan brings its own set and options; otherwise the flags say.
  const set = saved?.set ?? setName(values, io.env);
  const options = {
    prune: Boolean(saved ? saved.prune : values.prune),
    adopt: Boolean(saved ? saved.adopt : values.adopt),
    replace: Boolean(saved ? saved.replace : values.replace),
  };
  const showSecrets = Boolean(values['show-secrets']);
  let planned: Awaited<ReturnType<typeof planApply>>;
  try {
    planned = await planApply(ctx.session, compiled, {
      set,
      ...options,
      environment: saved ? saved.environment : chosenEnvironment(values, io.env),
      allEnvironments: saved?.allEnvironments,
      saved: saved && { plan: saved, part, asPlanned: asPlanned(saved, compiled, values, io) },
    });
  } catch (e) {
    throw e instanceof SavedPlanError ? new UsageError(e.message) : e;
  }
  if (!planned.plan) {
    reportDiagnostics(planned.diagnostics, { command: 'apply', github: format === 'github' }, sinkOf(io));
    io.err('saejob: nothing sent to SAE: fix the errors above\n');
    return 1;
  }
  const { plan, otherParts, changing, savedResults } = planned.plan;
  if (otherParts)
    io.err(
      `saejob: applying environment ${part}'s part of the plan; ${otherParts} job${otherParts === 1 ? '' : 's'} of other environments left alone\n`,
    );
  const view = () => planReport(plan, showSecrets, options);
  if (plan.pruneError) {
    PLAN_REPORTERS.text(view(), stderrSinkOf(io));
    io.err('saejob: nothing sent to SAE\n');
    return 1;
  }
  const sink = sinkOf(io);
  if (values['dry-run']) {
    const requests = dryRunRequests(plan, { showSecrets, suspendPolarity: ctx.session.suspendPolarity });
    // Markdown is a table of the plan; the requests are for the terminal and machines.
    PLAN_REPORTERS[format as keyof typeof PLAN_REPORTERS](
      { ...view(), ...(format === 'markdown' ? {} : { requests }) },
      sink,
    );
    for (const r of savedResults)
      if (r.outcome === 'refused') io.err(`${io.errStyle.red('refused')}: ${r.name} (${r.namespace}): ${r.error}\n`);
    if (plan.failures.length || savedResults.some((r) => r.outcome === 'refused')) return 1;
    return values['detailed-exitcode'] && hasChanges(plan.planned) ? 2 : 0;
  }
  // Before it acts, apply shows the plan; -o json and markdown keep stdout for their document, so then only to confirm, on stderr.
  const asking = changing && !values.yes && !saved;
  if (format === 'text' || format === 'github') PLAN_REPORTERS.text(view(), sink);
  else if (asking) PLAN_REPORTERS.text(view(), stderrSinkOf(io));
  if (asking && !(await confirmApply(planned.plan, io))) return 1;
  return sendApply(ctx, compiled, planned.plan, { set, ...options, wait: !values['no-wait'], showSecrets }, io, {
    report,
    github: format === 'github',
  });
}
