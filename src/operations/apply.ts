// The apply operation, as the CLI and library users run it, in two steps so
// that the caller can show the plan and ask in between:
//   planApply    the ConfigMap manifests first (a job may name one this run
//                creates), the names jobs use resolved, a saved plan checked job
//                by job (or the jobs planned, with prune in the run's scope)
//   executeApply the ConfigMaps, then the names of new ones resolved and their
//                jobs planned again (no call), then the jobs; every result with
//                its secrets masked
// Cancellation is the session's stop (an AbortSignal can trigger it): nothing
// more is sent, waits end, and the results say what was and was not done.
// Returns data; the caller renders it and chooses the exit code.
import { identityKey, type IdentityKey } from '../pipeline/identity.js';
import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import type { PlannedConfigMap } from '../pipeline/plan/configmap.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { hasChanges, plannedRequests, planJob, type PlannedJob } from '../pipeline/plan/plan.js';
import { configMapStaleReason, type SavedPlan } from '../pipeline/plan/plan-file.js';
import { redactDeep, redactRequest } from '../pipeline/redact.js';
import { runScope } from '../pipeline/plan/scope.js';
import { suspendRequest, type CompiledRequest } from '../pipeline/compile/compile.js';
import { suspendParam } from '../contract/api.js';
import { applyPlan, type ApplyOptions, type ApplyResult } from '../sae/apply.js';
import { applyConfigMaps } from '../sae/configmaps.js';
import { resolveNames } from '../sae/references.js';
import type { Session } from '../sae/session.js';
import { pendingConfigMaps, planJobs, planScopeConfigMaps, type PlanOutcome, type PlanRunOptions } from './plan.js';
import { checkSavedPlan, inPart } from './saved-plan.js';

export interface ApplyRunOptions extends PlanRunOptions {
  /** Allow replacing a job whose create-only fields changed (DeleteJob, then CreateJob). */
  replace?: boolean;
  /** Take over jobs and ConfigMaps no set owns (made in the console). */
  adopt?: boolean;
  /**
   * A plan saved by `plan --out`: exactly its changes, each job kept only when its manifest and
   * live state are what was reviewed. `part` is the environment whose part is applied (all when
   * unset); `asPlanned` the manifests compiled as plan compiled them (secrets it lacked unset).
   */
  saved?: { plan: SavedPlan; part?: string | undefined; asPlanned?: PipelineResult | undefined } | undefined;
}

/** What apply will do, for the caller to show (and ask about) before anything is sent. */
export interface ApplyPlan {
  /** The jobs, and in `configMaps` the ConfigMaps, to apply. */
  plan: PlanOutcome;
  /** ConfigMaps this run creates, by identity: a job may name one. */
  pending: ReadonlySet<IdentityKey>;
  /** Refused before anything is sent: a saved plan's ConfigMaps that changed or are gone. */
  refusedConfigMaps: ApplyResult[];
  /** A saved plan's jobs not applied: refused, already applied, not in the plan. */
  savedResults: ApplyResult[];
  /** A saved plan's jobs of other environments, left alone. */
  otherParts: number;
  /** Whether applying changes anything. */
  changing: boolean;
}

/**
 * Plan what apply does. Names that do not resolve come back as diagnostics
 * (nothing is planned then); a saved plan that cannot be checked at all
 * throws SavedPlanError.
 */
export async function planApply(
  session: Session,
  pipeline: PipelineResult,
  o: ApplyRunOptions,
): Promise<{ plan: ApplyPlan; diagnostics?: undefined } | { plan?: undefined; diagnostics: Diagnostic[] }> {
  const saved = o.saved;
  const scope = runScope(pipeline, o);
  const fresh = await planScopeConfigMaps(session, pipeline, scope, o);
  const { kept, refused } = saved ? savedConfigMaps(saved, fresh) : { kept: fresh, refused: [] };
  // Every ConfigMap to be created, even one a saved plan then refuses: the jobs naming it are refused after.
  const pending = pendingConfigMaps(fresh);
  const diagnostics = await resolveNames(session, pipeline.compiled, pending);
  if (diagnostics.length) return { diagnostics };
  let plan: PlanOutcome;
  let savedResults: ApplyResult[] = [];
  let otherParts = 0;
  if (saved) {
    // Manifests recompiled as plan made them resolve their names as the full ones do; where they do
    // not, no job can be matched to what was reviewed (each is then refused).
    let asPlanned = saved.asPlanned ?? pipeline;
    if (asPlanned !== pipeline && (await resolveNames(session, asPlanned.compiled, pending)).length)
      asPlanned = { ...pipeline, compiled: [] };
    const check = await checkSavedPlan(session, saved.plan, asPlanned, pipeline.compiled, saved.part);
    ({ plan, results: savedResults, otherParts } = check);
  } else plan = await planJobs(session, pipeline.compiled, scope, o);
  plan.configMaps = kept;
  const changing = hasChanges(plan.planned) || kept.some((c) => c.action !== 'unchanged');
  return { plan: { plan, pending, refusedConfigMaps: refused, savedResults, otherParts, changing } };
}

/** From a saved plan: exactly its ConfigMaps (of the part applied), each as it was reviewed. */
function savedConfigMaps(
  saved: NonNullable<ApplyRunOptions['saved']>,
  fresh: PlannedConfigMap[],
): { kept: PlannedConfigMap[]; refused: ApplyResult[] } {
  const refused: ApplyResult[] = [];
  const same = identityKey;
  const kept = fresh.filter((c) => {
    if (!inPart(saved.part, c)) return false;
    const was = saved.plan.configMaps?.find((s) => same(s) === same(c));
    const why = was
      ? configMapStaleReason(was, c, saved.plan.salt)
      : 'not in the saved plan: left alone (plan again to include it)';
    if (why)
      refused.push({
        kind: 'ConfigMap',
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
  });
  for (const s of saved.plan.configMaps ?? [])
    if (inPart(saved.part, s) && !fresh.some((c) => same(c) === same(s)))
      refused.push({
        kind: 'ConfigMap',
        file: '(no manifest)',
        name: `ConfigMap ${s.name}`,
        namespace: s.namespace,
        region: s.region,
        action: s.action,
        outcome: 'refused',
        steps: [],
        error: 'no manifest defines this ConfigMap any more: plan again',
      });
  return { kept, refused };
}

export interface ApplyExecuteOptions extends Omit<ApplyOptions, 'replace' | 'adopt' | 'set'> {
  set: string;
  replace?: boolean;
  adopt?: boolean;
  /** Results keep secret values (`--show-secrets`); otherwise every secret is masked in them. */
  showSecrets?: boolean;
  /** Aborting stops the run as a signal does: nothing more is sent, waits end. */
  signal?: AbortSignal;
}

export interface ApplyRun {
  /** ConfigMaps first, then the jobs, then those not applied; secrets masked. */
  results: ApplyResult[];
  /** Names of new ConfigMaps that still did not resolve once they were made. */
  diagnostics: Diagnostic[];
}

/** Apply what planApply planned: ConfigMaps, then jobs. */
export async function executeApply(
  session: Session,
  pipeline: PipelineResult,
  planned: ApplyPlan,
  o: ApplyExecuteOptions,
): Promise<ApplyRun> {
  const { plan, pending } = planned;
  const configMaps = plan.configMaps ?? [];
  const stop = () => session.stop.stop();
  o.signal?.addEventListener('abort', stop, { once: true });
  if (o.signal?.aborted) stop();
  try {
    const configMapResults = await applyConfigMaps(session, configMaps, { set: o.set, adopt: Boolean(o.adopt) });
    let diagnostics: Diagnostic[] = [];
    const stillPending: ApplyResult[] = [];
    let jobs = plan.planned;
    if (pending.size) {
      diagnostics = await resolveNames(session, pipeline.compiled);
      const made = new Set(configMaps.filter((_, i) => configMapResults[i]?.outcome === 'created').map(identityKey));
      ({ jobs } = replanAfterConfigMaps(pipeline, plan.planned, pending, made, o.set, stillPending));
    }
    const { showSecrets, signal: _, ...applyOptions } = o;
    const results = await applyPlan(session, jobs, applyOptions);
    // Errors come from SAE and the network: masked too, in case one echoes a value.
    const secrets = showSecrets
      ? []
      : [
          ...pipeline.compiled.flatMap((c) => c.job.secrets),
          ...configMaps.flatMap((c) => c.configMap.secretKeys.map((k) => c.configMap.data[k]!).filter(Boolean)),
        ];
    const all = redactDeep([...configMapResults, ...planned.refusedConfigMaps, ...results, ...stillPending], secrets);
    all.push(...planned.savedResults);
    for (const f of plan.failures)
      all.push({
        file: f.manifest.source.file,
        name: f.manifest.job.name,
        namespace: f.manifest.job.namespace,
        region: f.manifest.job.region,
        action: 'unchanged',
        outcome: 'failed',
        steps: [],
        error: `could not read the live job: ${f.error!.describe()}`,
      });
    return { results: all, diagnostics };
  } finally {
    o.signal?.removeEventListener('abort', stop);
  }
}

/**
 * The jobs again once the new ConfigMaps exist: planned anew against the live job already read
 * (no call), so their IDs are in the requests. A job naming one that could not be created is
 * refused rather than sent with a placeholder.
 */
function replanAfterConfigMaps(
  pipeline: PipelineResult,
  planned: readonly PlannedJob[],
  pending: ReadonlySet<IdentityKey>,
  made: ReadonlySet<IdentityKey>,
  set: string,
  refused: ApplyResult[],
): { jobs: PlannedJob[] } {
  // By identity, not by file: one base file is a job in every environment (each its own namespace).
  const byIdentity = new Map(pipeline.compiled.map((m) => [identityKey(m.job), m]));
  const jobs: PlannedJob[] = [];
  for (const p of planned) {
    const m = byIdentity.get(identityKey(p));
    if (!m || p.action === 'delete') jobs.push(p);
    else if (m.job.references) {
      const named = m.job.references.filter((r) => r.kind === 'configmap');
      const missing = [
        ...new Set(
          named
            .filter(
              (r) =>
                pending.has(identityKey({ ...m.job, name: r.name })) &&
                !made.has(identityKey({ ...m.job, name: r.name })),
            )
            .map((r) => r.name),
        ),
      ];
      refused.push({
        file: p.file,
        name: p.name,
        namespace: p.namespace,
        region: p.region,
        action: p.action,
        outcome: 'refused',
        steps: [],
        error: `it names ConfigMap ${missing.join(', ') || m.job.references.map((r) => r.name).join(', ')}, which could not be created (above)`,
      });
    } else jobs.push(planJob(p.file, m.job, p.live, { set }));
  }
  return { jobs };
}

/** What `apply --dry-run` shows: each job's requests (secrets masked unless shown) and its suspend. */
export function dryRunRequests(
  plan: PlanOutcome,
  o: { showSecrets?: boolean; suspendPolarity: Session['suspendPolarity'] },
): { name: string; requests: CompiledRequest[]; suspend?: { request: CompiledRequest; paused: boolean } }[] {
  return plan.planned
    .filter((p) => plannedRequests(p).length || p.suspend)
    .map((p) => ({
      name: p.name,
      requests: plannedRequests(p).map((r) => (o.showSecrets ? r : redactRequest(r, p.job))),
      ...(p.suspend
        ? {
            suspend: {
              request: suspendRequest(p.appId ?? '(the new job)', suspendParam(p.suspend.to, o.suspendPolarity)),
              paused: p.suspend.to,
            },
          }
        : {}),
    }));
}
