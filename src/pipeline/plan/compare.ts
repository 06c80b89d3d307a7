// A compiled job against its live one, parameter by parameter: what is not
// compared (secrets, values plan cannot know, what SAE fills in), lists
// aligned item by item, and after apply how the live job still diverges. Pure.
import {
  CREATE_ONLY_PARAMS,
  JOB_PARAMS,
  manifestLabel,
  NAS_FORMS,
  REQUEST_ONLY_PARAMS,
  removalOf,
  SECRET_PARAMS,
} from '../../contract/api.js';
import type { CompiledJob } from '../compile/compile.js';
import { normaliseParam, type LiveJob } from './live-job.js';
import { isDeepStrictEqual } from 'node:util';
import { pushAll, isRecord } from '../collections.js';
import { MASK, maskEnvEntries, redactDeep } from '../redact.js';

import { type ParamChange, type PlanOptions, type PlannedJob, planJob } from './plan.js';

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

export function planParams(file: string, job: CompiledJob, live: LiveJob | undefined): PlannedJob {
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

/** Leaf-level differences of two normalised values, for display. */
export interface LeafChange {
  path: string;
  before: unknown;
  after: unknown;
}

export function leafChanges(before: unknown, after: unknown, path = '', key?: readonly string[]): LeafChange[] {
  if (isDeepStrictEqual(before, after)) return [];
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
  if (isRecord(before) && isRecord(after)) {
    const b = before;
    const a = after;
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
