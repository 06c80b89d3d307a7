// The plan operation, as the CLI and library users run it: the ConfigMap
// manifests first (a job may name one this run creates), the names jobs use
// resolved, every job planned against its live state, and with prune the
// set's jobs in the run's scope that no manifest names. Returns data; the
// caller renders it and chooses the exit code.
import { identityKey } from '../pipeline/identity.js';
import type { PipelineResult, CompiledManifest } from '../pipeline/compile/compile-files.js';
import type { PlannedConfigMap } from '../pipeline/plan/configmap.js';
import { markRenames, type PlannedJob } from '../pipeline/plan/plan.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { runScope, type RunScope } from '../pipeline/plan/scope.js';
import { planConfigMaps } from '../sae/configmaps.js';
import { resolveNames } from '../sae/references.js';
import { SaeError } from '../sae/errors.js';
import type { PlanResult, Session } from '../sae/session.js';

export interface PlanRunOptions {
  /** The set this run manages (the saejob-set tag). */
  set: string;
  /** Also plan deleting the set's jobs and ConfigMaps in the run's scope that no manifest names. */
  prune?: boolean;
  /** The environment compiled (`-e`), or every one: recorded in the scope. */
  environment?: string | undefined;
  allEnvironments?: boolean | undefined;
}

export interface PlanOutcome {
  results: PlanResult[];
  planned: PlannedJob[];
  failures: PlanResult[];
  /** What this run may change: the set and the places its manifests use. */
  scope: RunScope;
  /** --prune could not be planned (a region not listed, an ambiguous scope): nothing is pruned, and this says why. */
  pruneError?: string;
  /** The ConfigMap manifests, planned (applied before the jobs). */
  configMaps?: PlannedConfigMap[];
}

/** ConfigMaps this plan creates: a job may name one before it exists. */
export const pendingConfigMaps = (planned: readonly PlannedConfigMap[]) =>
  new Set(planned.filter((c) => c.action === 'create').map(identityKey));

export function splitPlan(results: PlanResult[], scope: RunScope): PlanOutcome {
  return {
    results,
    planned: results.flatMap((r) => (r.planned ? [r.planned] : [])),
    failures: results.filter((r) => r.error),
    scope,
  };
}

/** Plan the jobs, and with prune the set's jobs in the scope that no manifest names. */
export async function planJobs(
  session: Session,
  compiled: readonly CompiledManifest[],
  scope: RunScope,
  o: { prune?: boolean | undefined },
): Promise<PlanOutcome> {
  const outcome = splitPlan(await session.plan(compiled, { set: scope.set }), scope);
  if (!o.prune) return outcome;
  if (scope.conflict) {
    outcome.pruneError = scope.conflict;
    return outcome;
  }
  const candidates = await session.pruneCandidates(scope);
  if (candidates instanceof SaeError)
    outcome.pruneError = `--prune: the jobs of set ${scope.set} could not be listed (${candidates.describe()}), so nothing is pruned`;
  else {
    outcome.planned.push(...candidates);
    markRenames(outcome.planned);
  }
  return outcome;
}

/** The ConfigMap manifests against the account; with prune, the set's ConfigMaps in the scope that none defines. */
export function planScopeConfigMaps(
  session: Session,
  pipeline: Pick<PipelineResult, 'configMaps'>,
  scope: RunScope,
  o: { prune?: boolean | undefined },
): Promise<PlannedConfigMap[]> {
  return planConfigMaps(session, pipeline.configMaps, {
    set: scope.set,
    prune: Boolean(o.prune) && !scope.conflict,
    namespaces: scope.places,
    named: scope.named,
  });
}

/**
 * The whole plan: ConfigMaps, names, jobs, prune. Names that do not resolve
 * are returned as diagnostics (nothing else is planned then).
 */
export async function planRun(
  session: Session,
  pipeline: PipelineResult,
  o: PlanRunOptions,
): Promise<{ plan: PlanOutcome; diagnostics?: undefined } | { plan?: undefined; diagnostics: Diagnostic[] }> {
  const scope = runScope(pipeline, o);
  const configMaps = await planScopeConfigMaps(session, pipeline, scope, o);
  const diagnostics = await resolveNames(session, pipeline.compiled, pendingConfigMaps(configMaps));
  if (diagnostics.length) return { diagnostics };
  const plan = await planJobs(session, pipeline.compiled, scope, o);
  plan.configMaps = configMaps;
  return { plan };
}
