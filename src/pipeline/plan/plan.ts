// Stage 4: plan. Pure: the compiled manifest against the normalised live job
// gives create / update (with what changes) / unchanged / replace.
import {
  CREATE_ONLY_PARAMS,
  JOB_PARAMS,
  manifestLabel,
  NAS_FORMS,
  REQUEST_ONLY_PARAMS,
  removalOf,
  SECRET_PARAMS,
} from '../../contract/api.js';
import {
  createRequest,
  deleteRequest,
  tagRequest,
  untagRequest,
  updateRequest,
  type CompiledJob,
  type CompiledRequest,
} from '../compile/compile.js';
import {
  DEFAULT_SET,
  desiredTags,
  isProtected,
  ownershipOf,
  tagChanges,
  type Ownership,
  type TagChange,
} from './ownership.js';
import { normaliseParam, type LastChangeOrder, type LiveJob } from './live-job.js';
import { isDeepStrictEqual } from 'node:util';
import { pushAll } from '../collections.js';
import { MASK, maskEnvEntries, redactDeep } from '../redact.js';

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

/** Never compared: the identity the job was found by. */
const IDENTITY = new Set(['AppName', 'NamespaceId']);
const NETWORK = ['VpcId', 'VSwitchId', 'SecurityGroupId'];
/** A live secret that SAE masks (or leaves out) cannot be compared. */
const unreadable = (v: unknown) => v === undefined || (typeof v === 'string' && /^\**$/.test(v));

/** Parameters whose comparison means nothing for this manifest. */
function notCompared(desired: CompiledJob['params']): Set<string> {
  const skip = new Set([...IDENTITY, ...REQUEST_ONLY_PARAMS]);
  if (desired.AutoConfig === true) for (const n of NETWORK) skip.add(n); // SAE chose them
  const used = NAS_FORMS.find((form) => form.some((n) => desired[n] !== undefined));
  if (used) for (const form of NAS_FORMS) if (form !== used) for (const n of form) skip.add(n);
  return skip;
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

function planParams(file: string, job: CompiledJob, live: LiveJob | undefined): PlannedJob {
  const base = {
    file,
    name: job.name,
    namespace: job.namespace,
    region: job.region,
    ...(job.environment ? { environment: job.environment } : {}),
    job,
    changes: [] as ParamChange[],
    replaceReasons: [] as ParamChange[],
  };
  if (!live) {
    const planned: PlannedJob = { ...base, action: 'create' };
    const unknown = withoutUnknowns(job, { appId: '', params: {}, suspend: false }).fields;
    if (unknown.length) planned.unknown = unknown;
    if (job.suspend) planned.suspend = { from: false, to: true };
    return planned;
  }
  const known = withoutUnknowns(job, live);
  const desired = known.params;
  const skip = notCompared(desired);
  for (const p of known.skip) skip.add(p);
  const changes: ParamChange[] = [];
  const replaceReasons: ParamChange[] = [];
  for (const param of new Set([...Object.keys(desired), ...Object.keys(live.params)])) {
    if (skip.has(param)) continue;
    if (SECRET_PARAMS.has(param) && unreadable(live.params[param])) continue;
    const removed = desired[param] === undefined;
    const how = removed ? removalOf(param) : undefined;
    if (how?.kind === 'none' || how?.kind === 'server') continue;
    // It has no effect without another parameter the manifest leaves off (SliceEnvs without Slice).
    if (how?.kind === 'follows' && !desired[how.param]) continue;
    const after = how?.kind === 'reset' ? normaliseParam(param, how.value) : normaliseParam(param, desired[param]);
    const before = withoutServerDefaults(
      param,
      alignToDesired(normaliseParam(param, live.params[param]), after),
      after,
    );
    if (isDeepStrictEqual(before, after) || (removed && before === undefined)) continue;
    if (CREATE_ONLY_PARAMS.has(param) || how?.kind === 'replace' || how?.kind === 'follows') {
      // A create-only field, or a removal UpdateJob cannot express: only a new job has it (or not).
      replaceReasons.push({ param, before, after, ...(removed ? { removal: 'replace' as const } : {}) });
      continue;
    }
    changes.push({ param, before, after, ...(how?.kind === 'reset' ? { removal: 'reset' as const } : {}) });
  }
  const planned: PlannedJob = {
    ...base,
    live,
    appId: live.appId,
    changes,
    replaceReasons,
    action: replaceReasons.length ? 'replace' : changes.length ? 'update' : 'unchanged',
  };
  if (known.fields.length) planned.unknown = known.fields;
  // What DescribeJob shows is what was asked for, not what runs, while a change order has failed or not ended.
  if (live.lastChangeOrder) {
    planned.lastChangeOrder = live.lastChangeOrder;
    if (planned.action === 'unchanged') planned.action = live.lastChangeOrder.state === 'failed' ? 'update' : 'wait';
  }
  // Absent means the default: a manifest without spec.suspend describes a running job.
  const paused = job.suspend ?? false;
  if (paused !== live.suspend) {
    planned.suspend = { from: live.suspend, to: paused };
    if (planned.action === 'unchanged') planned.action = 'update';
  }
  return planned;
}

/**
 * A job compiled without some secrets' values (plan without secrets): an env
 * entry whose value is unknown is taken as the live one (it cannot be
 * compared, and is not shown as a change); any other parameter holding an
 * unknown value is not compared at all. Says which manifest fields that is.
 */
function withoutUnknowns(
  job: CompiledJob,
  live: LiveJob,
): { params: CompiledJob['params']; skip: string[]; fields: string[] } {
  if (!job.unknown?.length) return { params: job.params, skip: [], fields: [] };
  const refs = job.unknown.map((u) => `\${env:${u.variable}}`);
  const holdsUnknown = (v: unknown) => typeof v === 'string' && refs.some((r) => v.includes(r));
  const params = { ...job.params };
  const skip: string[] = [];
  const fields: string[] = [];
  for (const [param, value] of Object.entries(job.params)) {
    if (!holdsUnknown(value)) continue;
    const envs =
      param === 'Envs' ? (normaliseParam(param, value) as { name: string; value?: string }[] | undefined) : undefined;
    if (!Array.isArray(envs)) {
      skip.push(param);
      fields.push(manifestLabel(param));
      continue;
    }
    const liveEnvs = new Map(
      ((normaliseParam(param, live.params[param]) as { name: string; value?: unknown }[] | undefined) ?? []).map(
        (e) => [e.name, e.value],
      ),
    );
    params[param] = JSON.stringify(
      envs.map((e) => {
        if (!holdsUnknown(e.value)) return e;
        fields.push(`${manifestLabel(param)}[${e.name}].value`);
        return liveEnvs.has(e.name) ? { ...e, value: liveEnvs.get(e.name) } : e;
      }),
    );
  }
  return { params, skip, fields };
}

/**
 * What SAE returns inside JSON-valued parameters can carry more than was
 * sent: empty keys (`"logtailName": ""`, `null`) and numbers as strings
 * (`"configMapId": "16"`). Those are not differences; anything else is.
 */
export function alignToDesired(live: unknown, desired: unknown): unknown {
  if (Array.isArray(live) && Array.isArray(desired)) return live.map((v, i) => alignToDesired(v, desired[i]));
  if (
    live &&
    desired &&
    typeof live === 'object' &&
    typeof desired === 'object' &&
    !Array.isArray(live) &&
    !Array.isArray(desired)
  ) {
    const d = desired as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(live)) {
      if (!(k in d) && (v === null || v === '')) continue;
      out[k] = alignToDesired(v, d[k]);
    }
    return out;
  }
  if (typeof desired === 'number' && typeof live === 'string' && live.trim() !== '' && Number(live) === desired)
    return desired;
  if (typeof desired === 'boolean' && (live === 'true' || live === 'false')) return live === 'true';
  return live;
}

/** Parameters the manifest no longer sets that the live job has: UpdateJob clears them. */
export function clearedParams(p: PlannedJob): string[] {
  return p.changes.filter((c) => c.after === undefined).map((c) => c.param);
}

/** Parameters the manifest no longer sets that UpdateJob puts back to SAE's default: name → value to send. */
export function resetParams(p: PlannedJob): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const c of p.changes) {
    const how = c.removal === 'reset' ? removalOf(c.param) : undefined;
    if (how?.kind === 'reset') out[c.param] = how.value;
  }
  return out;
}

/**
 * The live value without what SAE fills in by itself (see JOB_PARAM_NOTES
 * serverDefaults, readsBackAs): an object parameter's keys the manifest does
 * not set and that hold SAE's default, or a value SAE reads back under
 * another name. What remains is a real difference.
 */
export function withoutServerDefaults(param: string, live: unknown, desired: unknown): unknown {
  const notes = JOB_PARAMS.get(param);
  if (notes?.readsBackAs && live === notes.readsBackAs.read && desired === notes.readsBackAs.sent) return desired;
  const defaults = notes?.serverDefaults?.values;
  if (!defaults || !live || typeof live !== 'object' || Array.isArray(live)) return live;
  const want = desired && typeof desired === 'object' ? (desired as Record<string, unknown>) : {};
  const kept = Object.entries(live as Record<string, unknown>).filter(
    ([k, v]) => k in want || !(k in defaults) || !isDeepStrictEqual(v, defaults[k]),
  );
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The writes apply will send for a planned job (before any SuspendJob). */
export function plannedRequests(p: PlannedJob): CompiledRequest[] {
  switch (p.action) {
    case 'create':
      return [createRequest(p.job.params), ...tagRequests(p)];
    case 'update':
      return [
        ...(p.changes.length || p.lastChangeOrder?.state === 'failed'
          ? [updateRequest(p.appId!, { ...p.job.params, ...resetParams(p) }, clearedParams(p))]
          : []),
        ...tagRequests(p),
      ];
    case 'replace':
      return [deleteRequest(p.appId!), createRequest(p.job.params), ...tagRequests(p, true)];
    case 'delete':
      return [deleteRequest(p.appId!)];
    default:
      return [];
  }
}

/** TagResources / UntagResources for a job's tag changes (all of its tags for a job about to be created). */
export function tagRequests(
  p: PlannedJob,
  created = p.action === 'create',
  appId = created ? '(the new job)' : p.appId!,
): CompiledRequest[] {
  const changes = created ? tagChanges({}, p.tags ?? {}) : (p.tagChanges ?? []);
  const set = changes.filter((c) => c.after !== undefined);
  const unset = changes.filter((c) => c.after === undefined);
  return [
    ...(set.length ? [tagRequest(appId, p.region, Object.fromEntries(set.map((c) => [c.key, c.after!])))] : []),
    ...(unset.length
      ? [
          untagRequest(
            appId,
            p.region,
            unset.map((c) => c.key),
          ),
        ]
      : []),
  ];
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

/** Leaf-level differences of two normalised values, for display. */
export interface LeafChange {
  path: string;
  before: unknown;
  after: unknown;
}

export function leafChanges(before: unknown, after: unknown, path = '', key?: readonly string[]): LeafChange[] {
  if (isDeepStrictEqual(before, after)) return [];
  const isObj = (v: unknown) => v !== null && typeof v === 'object';
  if (key && Array.isArray(before) && Array.isArray(after)) {
    const keyed = keyedItems(before, key) && keyedItems(after, key);
    if (keyed) {
      // Items matched by identity: one item removed is one change, whatever its place.
      const b = keyedItems(before, key)!;
      const out: LeafChange[] = [];
      for (const [k, a] of keyed)
        pushAll(
          out,
          b.has(k)
            ? leafChanges(b.get(k), a, `${path}[${k}]`)
            : [{ path: `${path}[${k}]`, before: undefined, after: a }],
        );
      for (const [k, v] of b) if (!keyed.has(k)) out.push({ path: `${path}[${k}]`, before: v, after: undefined });
      return out;
    }
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: LeafChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      pushAll(out, leafChanges(before[i], after[i], `${path}[${i}]`));
    return out;
  }
  if (isObj(before) && isObj(after) && !Array.isArray(before) && !Array.isArray(after)) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const out: LeafChange[] = [];
    for (const k of new Set([...Object.keys(b), ...Object.keys(a)]))
      pushAll(out, leafChanges(b[k], a[k], path ? `${path}.${k}` : k));
    return out;
  }
  return [{ path, before, after }];
}

/** A list's items by their identity (the first non-empty of `key`), or undefined when one has none or two share one. */
function keyedItems(list: readonly unknown[], key: readonly string[]): Map<string, unknown> | undefined {
  const out = new Map<string, unknown>();
  for (const item of list) {
    const id =
      item && typeof item === 'object'
        ? key.map((k) => (item as Record<string, unknown>)[k]).find((v) => typeof v === 'string' && v !== '')
        : undefined;
    if (typeof id !== 'string' || out.has(id)) return undefined;
    out.set(id, item);
  }
  return out;
}

/**
 * What SAE did not take, read back after a write's change order succeeded
 * (Terraform's "inconsistent result after apply"): the fields the manifest
 * sets whose live value is not what was sent (`kept`), and the ones it
 * leaves out that SAE filled in with a value no table knows (`filled`: the
 * next plan would show them as removals). Values SAE is known to fill in
 * or rewrite are equal already (withoutServerDefaults).
 */
export function divergence(
  p: PlannedJob,
  live: LiveJob,
  o: PlanOptions = {},
): { kept: ParamChange[]; filled: ParamChange[] } {
  const check = planJob(p.file, p.job, { ...live, tags: undefined, lastChangeOrder: undefined }, o);
  const all = [...check.replaceReasons, ...check.changes];
  return {
    kept: all.filter((c) => p.job.params[c.param] !== undefined),
    filled: all.filter((c) => p.job.params[c.param] === undefined),
  };
}

/** One line for a value sent and the value SAE kept, secrets masked (the live value of a secret is one too). */
export function divergenceText(c: ParamChange, job: CompiledJob): string {
  const shown = (v: unknown) => {
    if (v === undefined) return '(unset)';
    if (SECRET_PARAMS.has(c.param)) return MASK;
    const text = JSON.stringify(redactDeep(c.param === 'Envs' ? maskEnvEntries(v, job) : v, job.secrets));
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  };
  return `${manifestLabel(c.param)}: sent ${shown(c.after)}, SAE has ${shown(c.before)}`;
}

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
