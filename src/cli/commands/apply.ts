// `saejob apply [PATH...]`: make the account match the manifests.
import { identityKey } from '../../pipeline/identity.js';
import type { Io } from '../io.js';
import { chosenEnvironment, reporterFor, parseCommandArgs } from '../args.js';
import {
  CLOUD_HELP,
  CLOUD_OPTIONS,
  cloudContext,
  compileForCloud,
  progressFor,
  resolveForCloud,
  type CloudContext,
} from './cloud.js';
import { closeSync, openSync, statSync } from 'node:fs';
import { UsageError } from '../io.js';
import { manifestPosition, planReport, setName } from './plan.js';
import { applyConfigMaps } from '../../sae/configmaps.js';
import { pendingConfigMaps, planJobs, planScopeConfigMaps } from '../../operations/plan.js';
import { checkSavedPlan, inPart, SavedPlanError, savedPart, type SavedPlanCheck } from '../../operations/saved-plan.js';
import { runScope } from '../../pipeline/scope.js';
import { resolveNames } from '../../sae/references.js';
import { reportDiagnostics } from '../../output/reports/diagnostics.js';
import { DEFAULT_SET } from '../../pipeline/ownership.js';
import { configMapStaleReason, looksLikePlanFile, readSavedPlan, type SavedPlan } from '../../pipeline/plan-file.js';
import { readBounded } from '../../pipeline/load.js';
import type { PipelineResult } from '../../pipeline/compile-files.js';
import { applyPlan, SUCCESS_OUTCOMES, type ApplyResult } from '../../sae/apply.js';
import { hasChanges, plannedRequests, planJob } from '../../pipeline/plan.js';
import { redactDeep, redactRequest } from '../../pipeline/redact.js';
import { suspendRequest } from '../../pipeline/compile.js';
import { suspendParam } from '../../contract/api.js';
import { formatsOf } from '../../output/reporter.js';
import { PLAN_REPORTERS } from '../../output/reports/plan.js';
import { APPLY_REPORTERS } from '../../output/reports/apply.js';
import { confirmChange, sinkOf, stderrSinkOf } from './shared.js';

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

/** `apply FILE` with a file written by `plan --out`: the plan, or undefined for manifest paths. */
function savedPlanArgument(positionals: readonly string[]): SavedPlan | undefined {
  if (positionals.length !== 1 || positionals[0] === '-') return undefined;
  const file = positionals[0]!;
  let text: string;
  try {
    if (!statSync(file).isFile()) return undefined;
    const fd = openSync(file, 'r');
    try {
      text = readBounded(fd, MAX_PLAN_FILE_BYTES).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // not readable here: the manifest loader says why
  }
  if (!looksLikePlanFile(text)) return undefined;
  if (text.length > MAX_PLAN_FILE_BYTES)
    throw new UsageError(
      `${file}: a plan file larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MiB is not one saejob wrote`,
    );
  const saved = readSavedPlan(text);
  if (typeof saved === 'string') throw new UsageError(`${file}: ${saved}`);
  return saved;
}

const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** The flags a saved plan was made with, for compiling its manifests again (-e with a plan file names the part to apply). */
const savedValues = (saved: SavedPlan, values: Record<string, unknown>) => ({
  ...values,
  region: values.region ?? saved.region,
  // The plan's environment, or none (SAEJOB_ENVIRONMENT does not change a reviewed plan).
  environment: saved.environment ?? false,
});

/** A saved plan is applied as it was made: an option that would change it is refused, not mixed in. */
function checkSavedOptions(saved: SavedPlan, values: Record<string, unknown>, io: Io): void {
  const differs: string[] = [];
  if (values.replace && !saved.replace) differs.push('--replace');
  if (values.adopt && !saved.adopt) differs.push('--adopt');
  if (values.prune && !saved.prune) differs.push('--prune');
  if (differs.length)
    throw new UsageError(
      `a saved plan is applied as it was reviewed: ${differs.join(', ')} ${differs.length === 1 ? 'was' : 'were'} not given to the plan; plan again with ${differs.join(' ')} --out FILE`,
    );
  const set = (values.set as string | undefined) ?? saved.set ?? DEFAULT_SET;
  if (values.set !== undefined && set !== (saved.set ?? DEFAULT_SET))
    throw new UsageError(
      `this plan was made for set ${saved.set ?? DEFAULT_SET}, not ${set}: plan again with --set ${set}`,
    );
  if (values.set === undefined && io.env.SAEJOB_SET && io.env.SAEJOB_SET !== (saved.set ?? DEFAULT_SET))
    io.err(
      `saejob: the plan was made for set ${saved.set ?? DEFAULT_SET}; SAEJOB_SET=${io.env.SAEJOB_SET} is not used for it\n`,
    );
}

/**
 * The saved plan's manifests as plan compiled them: a plan made without some
 * secrets is checked as it was made (those variables unset), then applied
 * with their values.
 */
async function asPlanned(
  saved: SavedPlan,
  compiled: PipelineResult,
  ctx: CloudContext,
  io: Io,
  values: Record<string, unknown>,
  pending: ReadonlySet<string>,
): Promise<PipelineResult | undefined> {
  if (!saved.unknownVariables?.length) return compiled;
  const env = { ...io.env };
  for (const v of saved.unknownVariables) delete env[v];
  const again = compileForCloud(saved.paths, savedValues(saved, values), 'text', { ...io, err: () => {} }, 'apply', {
    env,
    unknownSecrets: true,
    allEnvironments: saved.allEnvironments,
  });
  return again && (await resolveForCloud(ctx, again, 'text', io, 'apply', pending)) ? again : undefined;
}

export async function applyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('apply', argv, {
    ...CLOUD_OPTIONS,
    'dry-run': { type: 'boolean' },
    'detailed-exitcode': { type: 'boolean' },
    replace: { type: 'boolean' },
    'no-wait': { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    prune: { type: 'boolean' },
    adopt: { type: 'boolean' },
  });
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
  const set = saved?.set ?? setName(values, io);
  const options = saved
    ? { prune: Boolean(saved.prune), adopt: Boolean(saved.adopt), replace: Boolean(saved.replace) }
    : { prune: Boolean(values.prune), adopt: Boolean(values.adopt), replace: Boolean(values.replace) };
  const scope = runScope(compiled, {
    set,
    environment: saved ? saved.environment : chosenEnvironment(values, io.env),
    allEnvironments: saved?.allEnvironments,
  });
  // ConfigMap manifests are planned first: a job may name one this apply creates.
  const fresh = await planScopeConfigMaps(ctx.session, compiled, scope, options);
  // From a saved plan: exactly its ConfigMaps (of the part applied), each as it was reviewed.
  const configMapRefusals: ApplyResult[] = [];
  const configMaps = saved
    ? fresh.filter((c) => {
        if (!inPart(part, c)) return false;
        const was = saved.configMaps?.find(
          (s) => s.region === c.region && s.namespace === c.namespace && s.name === c.name,
        );
        const why = was
          ? configMapStaleReason(was, c, saved.salt)
          : 'not in the saved plan: left alone (plan again to include it)';
        if (why)
          configMapRefusals.push({
            file: c.file,
            name: `ConfigMap ${c.name}`,
            namespace: c.namespace,
            region: c.region,
            action: c.action,
            outcome: was ? 'refused' : 'not-in-plan',
            steps: was ? [] : [why],
            ...(was ? { error: why } : {}),
          });
        return !why;
      })
    : fresh;
  for (const s of saved?.configMaps ?? [])
    if (
      inPart(part, s) &&
      !fresh.some((c) => c.region === s.region && c.namespace === s.namespace && c.name === s.name)
    )
      configMapRefusals.push({
        file: '(no manifest)',
        name: `ConfigMap ${s.name}`,
        namespace: s.namespace,
        region: s.region,
        action: s.action,
        outcome: 'refused',
        steps: [],
        error: 'no manifest defines this ConfigMap any more: plan again',
      });
  // Every ConfigMap to be created, even one a saved plan then refuses: the jobs naming it are refused after, one by one.
  const pending = pendingConfigMaps(fresh);
  if (!(await resolveForCloud(ctx, compiled, format, io, 'apply', pending))) return 1;
  const showSecrets = Boolean(values['show-secrets']);
  let fromFile: SavedPlanCheck | undefined;
  if (saved) {
    const planned = await asPlanned(saved, compiled, ctx, io, values, pending);
    try {
      fromFile = await checkSavedPlan(
        ctx.session,
        saved,
        planned ?? { ...compiled, compiled: [] },
        compiled.compiled,
        part,
      );
    } catch (e) {
      if (e instanceof SavedPlanError) throw new UsageError(e.message);
      throw e;
    }
    if (fromFile.otherParts)
      io.err(
        `saejob: applying environment ${part}'s part of the plan; ${fromFile.otherParts} job${fromFile.otherParts === 1 ? '' : 's'} of other environments left alone\n`,
      );
  }
  const plan = fromFile?.plan ?? (await planJobs(ctx.session, compiled.compiled, scope, options));
  plan.configMaps = configMaps;
  const changing = hasChanges(plan.planned) || configMaps.some((c) => c.action !== 'unchanged');
  if (plan.pruneError) {
    PLAN_REPORTERS.text(planReport(plan, showSecrets, options), stderrSinkOf(io));
    io.err('saejob: nothing sent to SAE\n');
    return 1;
  }

  const sink = sinkOf(io);
  if (values['dry-run']) {
    const requests = plan.planned
      .filter((p) => plannedRequests(p).length || p.suspend)
      .map((p) => ({
        name: p.name,
        requests: plannedRequests(p).map((r) => (showSecrets ? r : redactRequest(r, p.job))),
        ...(p.suspend
          ? {
              suspend: {
                request: suspendRequest(
                  p.appId ?? '(the new job)',
                  suspendParam(p.suspend.to, ctx.session.suspendPolarity),
                ),
                paused: p.suspend.to,
              },
            }
          : {}),
      }));
    // Markdown is a table of the plan; the requests are for the terminal and machines.
    PLAN_REPORTERS[format as keyof typeof PLAN_REPORTERS](
      { ...planReport(plan, showSecrets, options), ...(format === 'markdown' ? {} : { requests }) },
      sink,
    );
    for (const r of fromFile?.results ?? [])
      if (r.outcome === 'refused') io.err(`${io.errStyle.red('refused')}: ${r.name} (${r.namespace}): ${r.error}\n`);
    if (plan.failures.length || fromFile?.results.some((r) => r.outcome === 'refused')) return 1;
    return values['detailed-exitcode'] && hasChanges(plan.planned) ? 2 : 0;
  }

  // Before it acts, apply shows the plan; -o json and markdown keep stdout for their document, so then only to confirm, on stderr.
  if (format === 'text' || format === 'github') PLAN_REPORTERS.text(planReport(plan, showSecrets, options), sink);
  else if (changing && !values.yes && !saved)
    PLAN_REPORTERS.text(planReport(plan, showSecrets, options), stderrSinkOf(io));
  if (changing && !values.yes && !saved) {
    const changing = plan.planned.filter((p) => p.action !== 'unchanged' || p.suspend).length;
    const go = await confirmChange(io, {
      yes: false,
      command: 'apply',
      question: `Apply these changes to ${changing === 1 ? '1 job' : `${changing} jobs`}?`,
      nothingDone: 'nothing sent to SAE',
      otherwise: 'or review the plan first: saejob plan --out FILE, then saejob apply FILE',
    });
    if (!go) return 1;
  }
  const progress = progressFor(io);
  // Ctrl-C (or a CI runner's SIGTERM): send nothing more, stop waiting, then say exactly what was sent
  // and what goes on in SAE. A second signal ends at once.
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(signal === 'SIGINT' ? 130 : 143);
    signalled = signal;
    io.err(
      `\nsaejob: ${signal}: sending nothing more; finishing the calls in flight, then a summary (again to quit at once)\n`,
    );
    ctx.session.stop.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // ConfigMaps before the jobs that use them; then the names of new ones resolve, and those jobs are planned again (no new call).
  const configMapResults = await applyConfigMaps(ctx.session, configMaps, { set, adopt: options.adopt });
  const stillPending: ApplyResult[] = [];
  if (pending.size) {
    const diagnostics = await resolveNames(ctx.session, compiled.compiled);
    if (diagnostics.length) reportDiagnostics(diagnostics, { command: 'apply', github: format === 'github' }, sink);
    // By identity, not by file: one base file is a job in every environment (each its own namespace).
    const byIdentity = new Map(compiled.compiled.map((m) => [identityKey(m.job), m]));
    const made = new Set(
      configMapResults
        .filter((r) => r.outcome === 'created')
        .map((r) => identityKey({ ...r, name: r.name.replace(/^ConfigMap /, '') })),
    );
    const next: typeof plan.planned = [];
    for (const p of plan.planned) {
      const m = byIdentity.get(identityKey(p));
      if (!m || p.action === 'delete') next.push(p);
      // A ConfigMap it names was not created: the job is not sent with a placeholder for its ID.
      else if (m.job.references) {
        const missing = [
          ...new Set(
            m.job.references
              .filter(
                (r) =>
                  r.kind === 'configmap' &&
                  pending.has(identityKey({ ...m.job, name: r.name })) &&
                  !made.has(identityKey({ ...m.job, name: r.name })),
              )
              .map((r) => r.name),
          ),
        ];
        stillPending.push({
          file: p.file,
          name: p.name,
          namespace: p.namespace,
          region: p.region,
          action: p.action,
          outcome: 'refused',
          steps: [],
          error: `it names ConfigMap ${missing.join(', ') || m.job.references.map((r) => r.name).join(', ')}, which could not be created (above)`,
        });
      } else next.push(planJob(p.file, m.job, p.live, { set }));
    }
    plan.planned = next;
  }
  const results = await applyPlan(ctx.session, plan.planned, {
    set,
    replace: options.replace,
    adopt: options.adopt,
    wait: !values['no-wait'],
    timeoutMs: ctx.timeoutMs,
    concurrency: ctx.concurrency,
    retry: ctx.retry,
    pollIntervalMs: ctx.pollIntervalMs,
    onEvent: (p, m, kind) => progress.event(p.name, m, kind),
  });
  progress.done();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  // Errors come from SAE and the network: mask secrets in them too, in case one echoes a value.
  const secrets = showSecrets ? [] : compiled.compiled.flatMap((c) => c.job.secrets);
  // ConfigMaps first, as they were applied; a ConfigMap's secret values are secrets too.
  const configMapSecrets = configMaps.flatMap((c) =>
    c.configMap.secretKeys.map((k) => c.configMap.data[k]!).filter(Boolean),
  );
  results.unshift(...configMapResults, ...configMapRefusals);
  results.push(...stillPending);
  results.splice(0, results.length, ...redactDeep(results, showSecrets ? [] : [...secrets, ...configMapSecrets]));
  results.push(...(fromFile?.results ?? []));
  for (const f of plan.failures) {
    results.push({
      file: f.manifest.source.file,
      name: f.manifest.job.name,
      namespace: f.manifest.job.namespace,
      region: f.manifest.job.region,
      action: 'unchanged',
      outcome: 'failed',
      steps: [],
      error: `could not read the live job: ${f.error!.describe()}`,
    });
  }
  const positions = new Map(compiled.compiled.map((m) => [`${m.source.file}\0${m.job.name}`, manifestPosition(m)]));
  const jobs = results.map((r) => ({ ...r, position: positions.get(`${r.file}\0${r.name}`) }));
  report({ jobs, calls: ctx.session.calls() }, sink);
  if (signalled) {
    const running = results.filter((r) => r.outcome === 'interrupted');
    if (running.length)
      io.err(
        `saejob: interrupted; still going on in SAE: ${running.map((r) => `${r.name}${r.changeOrderId ? ` (change order ${r.changeOrderId})` : ''}`).join(', ')}. Run saejob plan to see where they stand.\n`,
      );
    return signalled === 'SIGINT' ? 130 : 143;
  }
  return results.every((r) => SUCCESS_OUTCOMES.has(r.outcome)) ? 0 : 1;
}
