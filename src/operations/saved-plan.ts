// Applying a saved plan: what was reviewed is what runs. The plan is made
// again from the same manifests, environments and options, and each job is
// kept only when its manifest, live state and outcome are what was reviewed;
// the others are refused, each with why — or, when the live job already is
// what the plan would make it, reported as already applied. A plan made over
// several environments is applied one environment's part at a time when
// asked (`apply FILE -e NAME`); the other parts are left alone.
import { identityKey } from '../pipeline/identity.js';
import type { CompiledManifest, PipelineResult } from '../pipeline/compile/compile-files.js';
import { planJob, type PlannedJob } from '../pipeline/plan/plan.js';
import { DEFAULT_SET } from '../pipeline/plan/ownership.js';
import { fingerprints, staleReason, type SavedJob, type SavedPlan } from '../pipeline/plan/plan-file.js';
import { runScope } from '../pipeline/plan/scope.js';
import type { ApplyResult } from '../sae/apply.js';
import type { Session } from '../sae/session.js';
import { planJobs, type PlanOutcome } from './plan.js';

/** Which part of a saved plan to apply: every part, or one environment's. */
export function savedPart(saved: SavedPlan, environment: string | undefined): { part?: string; error?: string } {
  if (environment === undefined) return {};
  if (saved.allEnvironments) return { part: environment };
  if (saved.environment === environment) return { part: environment };
  return {
    error: saved.environment
      ? `this plan was made for environment ${saved.environment}, not ${environment}: apply it without --environment, or plan ${environment}`
      : `this plan was made without environments: apply it without --environment`,
  };
}

/** Whether a saved item belongs to the part being applied. */
export const inPart = (part: string | undefined, item: { environment?: string | undefined }) =>
  part === undefined || item.environment === part;

export interface SavedPlanCheck {
  /** The jobs to apply: as reviewed, now with every secret's value. */
  plan: PlanOutcome;
  /** Jobs not applied: refused (changed since review), already applied, or not in the plan. */
  results: ApplyResult[];
  /** How many of the plan's jobs belong to other environments and were left alone. */
  otherParts: number;
}

/**
 * Plan the saved plan's jobs again and keep those still as reviewed.
 * `asPlanned` is the pipeline as plan ran it (secrets it lacked unset again);
 * `full` the same manifests with every value apply has.
 */
export async function checkSavedPlan(
  session: Session,
  saved: SavedPlan,
  asPlanned: PipelineResult,
  full: readonly CompiledManifest[],
  part: string | undefined,
): Promise<SavedPlanCheck> {
  const set = saved.set ?? DEFAULT_SET;
  const wanted = saved.jobs.filter((j) => inPart(part, j));
  const wantedKeys = new Set(wanted.map(identityKey));
  // The scope is the whole plan's (prune looked there), whatever part is applied now.
  const scope = runScope(asPlanned, { set, environment: saved.environment, allEnvironments: saved.allEnvironments });
  const fresh = await planJobs(
    session,
    asPlanned.compiled.filter((m) => wantedKeys.has(identityKey(m.job))),
    scope,
    { prune: saved.prune },
  );
  if (fresh.pruneError)
    throw new SavedPlanError(`${fresh.pruneError}: the saved plan's deletes cannot be checked; nothing sent`);
  const byKey = new Map(fresh.planned.map((p) => [identityKey(p), p]));
  const withValues = new Map(full.map((m) => [identityKey(m.job), m]));
  const results: ApplyResult[] = [];
  const accepted: PlannedJob[] = [];
  const where = (s: SavedJob, p?: PlannedJob) => ({
    file: p?.file ?? s.file,
    name: s.name,
    namespace: s.namespace,
    region: s.region,
    ...(s.environment ? { environment: s.environment } : {}),
    action: s.action,
  });
  for (const s of wanted) {
    if (fresh.failures.some((f) => identityKey(f.manifest.job) === identityKey(s))) continue; // reported as a failure
    const p = byKey.get(identityKey(s));
    const why = staleReason(s, p, saved.salt);
    if (!why) {
      // The reviewed plan, now with every secret's value (the same live job: no new call).
      const m = withValues.get(identityKey(s));
      accepted.push(
        saved.unknownVariables?.length && p!.action !== 'delete' && m ? planJob(p!.file, m.job, p!.live, { set }) : p!,
      );
      continue;
    }
    const done = alreadyApplied(s, p, saved.salt);
    if (done)
      results.push({
        ...where(s, p),
        outcome: s.action === 'delete' ? 'deleted' : 'unchanged',
        ...(p?.appId ? { appId: p.appId } : {}),
        steps: [done],
      });
    else results.push({ ...where(s, p), outcome: 'refused', steps: [], error: why });
  }
  for (const m of full) {
    if (!inPart(part, m.job) || wantedKeys.has(identityKey(m.job))) continue;
    results.push({
      file: m.source.file,
      name: m.job.name,
      namespace: m.job.namespace,
      region: m.job.region,
      ...(m.job.environment ? { environment: m.job.environment } : {}),
      action: 'unchanged',
      outcome: 'not-in-plan',
      steps: ['not in the saved plan: left alone (plan again to include it)'],
    });
  }
  return {
    plan: { results: fresh.results, planned: accepted, failures: fresh.failures, scope },
    results,
    otherParts: saved.jobs.length - wanted.length,
  };
}

/**
 * A plan applied before (this file, or a run that did the same): the manifest
 * is the one reviewed and the live job already is what it asks for — or the
 * job a reviewed delete named is gone. Says so, or undefined.
 */
function alreadyApplied(s: SavedJob, fresh: PlannedJob | undefined, salt: string): string | undefined {
  if (s.action === 'unchanged') return undefined;
  if (s.action === 'delete') return fresh ? undefined : 'already applied: the job this plan deletes is gone';
  if (fresh?.action !== 'unchanged' || fingerprints(fresh, salt).manifest !== s.manifest) return undefined;
  return 'already applied: the live job is what this plan makes it (nothing sent)';
}

/** The saved plan cannot be checked at all: nothing is sent. */
export class SavedPlanError extends Error {}
