// Stage 4: plan. Pure: the compiled manifest against the normalised live job
// gives create / update (with what changes) / unchanged / replace.
import type { CompiledJob } from '../compile/compile.js';
import {
  DEFAULT_SET,
  desiredTags,
  isProtected,
  ownershipOf,
  tagChanges,
  type Ownership,
  type TagChange,
} from './ownership.js';
import type { LastChangeOrder, LiveJob } from './live-job.js';

import { planParams } from './compare.js';

/**
 * `wait`: nothing to change, but the job's last change order is still running in SAE.
 * `delete`: a job of the set that no manifest names any more (plan --prune).
 */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'replace' | 'wait' | 'delete';

export interface ParamChange {
  param: string;
  /** Normalised values (JSON parsed); undefined = not set. */
  before: unknown;
  after: unknown;
  /**
   * The manifest no longer sets it: `reset` sends SAE's documented default
   * (`after`), `replace` — UpdateJob cannot remove it — needs a new job.
   */
  removal?: 'reset' | 'replace';
}

/** Which job a result is about, and the manifest that names it. */
export interface JobLocation {
  file: string;
  name: string;
  namespace: string;
  region: string;
  /** The environment the job is of, when the manifests define environments. */
  environment?: string;
}

/** Just the location of a job, for a result or a view that starts with it (no environment key when none). */
export const locationOf = (p: JobLocation): JobLocation => ({
  file: p.file,
  name: p.name,
  namespace: p.namespace,
  region: p.region,
  ...(p.environment ? { environment: p.environment } : {}),
});

export interface PlannedJob extends JobLocation {
  action: PlanAction;
  appId?: string;
  /** Parameters UpdateJob will change. */
  changes: ParamChange[];
  /** Create-only parameters that differ: the job must be replaced. */
  replaceReasons: ParamChange[];
  /** SuspendJob to send after the create/update. */
  suspend?: { from: boolean; to: boolean };
  /** The live job's last change order failed (the desired state is sent again) or still runs (apply waits for it first). */
  lastChangeOrder?: LastChangeOrder;
  job: CompiledJob;
  /** The live job it was planned against (a saved plan fingerprints it). */
  live?: LiveJob;
  /** Manifest fields not compared: their secret's variable is not set (plan without secrets). */
  unknown?: string[];
  /** Tags to set or remove: labels, and the ownership tag. */
  tagChanges?: TagChange[];
  /** Every tag the job carries once applied (a new job gets them all). */
  tags?: Record<string, string>;
  /** Who owns the live job, when not this set: apply leaves it alone (unless --adopt, for an unowned one). */
  ownership?: Exclude<Ownership, { state: 'own' }>;
  /** The live job is labelled saejob-protected: apply refuses to delete or replace it. */
  protected?: true;
  /** A job to create with the spec of one prune deletes in its namespace: probably a rename of it. */
  renameOf?: string;
  /** A job prune deletes whose spec a new job of its namespace has: probably renamed to it. */
  renamedTo?: string;
}

export interface PlanOptions {
  /** The set of manifests this run manages (the ownership tag's value). */
  set?: string;
}

export function planJob(file: string, job: CompiledJob, live: LiveJob | undefined, o: PlanOptions = {}): PlannedJob {
  const set = o.set ?? DEFAULT_SET;
  const planned = planParams(file, job, live);
  planned.tags = desiredTags(job.labels, set);
  // A live job read without its tags (a caller of this function that has none) is not compared on them.
  if (live && live.tags === undefined) return planned;
  const tags = tagChanges(live?.tags ?? {}, planned.tags);
  if (tags.length) {
    planned.tagChanges = tags;
    if (planned.action === 'unchanged') planned.action = 'update';
  }
  if (live) {
    const owner = ownershipOf(live.tags, set);
    if (owner.state !== 'own') planned.ownership = owner;
    if (isProtected(live.tags)) planned.protected = true;
  }
  return planned;
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  wait: number;
  unchanged: number;
  delete: number;
}

export function summarise(plan: readonly PlannedJob[]): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, replace: 0, wait: 0, unchanged: 0, delete: 0 };
  for (const p of plan) s[p.action]++;
  return s;
}

export const hasChanges = (plan: readonly PlannedJob[]) => plan.some((p) => p.action !== 'unchanged');

/**
 * Probable renames: a job to create and a job prune deletes, in one
 * namespace, with the same parameters but the name. SAE cannot rename a job,
 * so the plan says what the pair costs (the old job's run history) rather
 * than showing an unrelated create and delete. Marks both; pure.
 */
export function markRenames(planned: readonly PlannedJob[]): void {
  const deletes = planned.filter((p) => p.action === 'delete' && p.live);
  for (const c of planned.filter((p) => p.action === 'create')) {
    const d = deletes.find(
      (x) => !x.renamedTo && x.region === c.region && x.namespace === c.namespace && sameSpec(c, x),
    );
    if (!d) continue;
    c.renameOf = d.name;
    d.renamedTo = c.name;
  }
}

function sameSpec(create: PlannedJob, deleted: PlannedJob): boolean {
  const check = planJob(create.file, create.job, { ...deleted.live!, tags: undefined, lastChangeOrder: undefined });
  return check.changes.length === 0 && check.replaceReasons.length === 0;
}
export { alignToDesired, leafChanges, divergence, divergenceText } from './compare.js';
export { clearedParams, resetParams, plannedRequests, tagRequests } from './requests.js';
