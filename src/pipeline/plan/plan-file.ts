// A saved plan (`plan --out FILE`, `apply FILE`): what was reviewed is what
// runs. Per job it records the requests (secrets masked), and fingerprints of
// the manifest it was planned from (labels and suspend included), of the live
// job it was planned against (parameters and tags, for a delete too) and of
// the plan's outcome. apply recompiles and re-reads, and refuses a job whose
// fingerprints differ.
//
// Nothing derived from a secret's value is written: every fingerprint is
// taken over the parameters with secret values masked (by place: the OSS
// secret, secret env entries; and by value inside other text), so a guessed
// password cannot be confirmed against the file, however fast the guessing.
// A secret rotated since the plan is still caught: apply compares the new
// value with the live job, which makes the outcome (a change to Envs) differ
// from the one reviewed. Pure.
import { createHash } from 'node:crypto';
import type { PlannedJob } from './plan.js';
import { plannedRequests } from './plan.js';
import { MASK, maskEnvEntries, redactDeep, redactParams, redactRequest } from '../redact.js';
import { SECRET_PARAMS } from '../../contract/api.js';
import { SECRET_NAME } from '../envref.js';
import type { CompiledRequest } from '../compile/compile.js';
import type { PlannedConfigMap } from './configmap.js';

/** The file format's version: a reader refuses any other. */
export const PLAN_FILE_VERSION = 1;

export interface SavedJob {
  file: string;
  name: string;
  namespace: string;
  region: string;
  action: PlannedJob['action'];
  /** The environment the job is of, when the manifests define environments. */
  environment?: string;
  appId?: string;
  /** The compiled manifest (parameters, labels, spec.suspend), secrets masked, salted. */
  manifest: string;
  /** The live job (AppId, parameters, suspend state, tags), or "absent". */
  live: string;
  /** What the plan decided: action, changes, create-only differences, SuspendJob. */
  outcome: string;
  /** The requests apply sends, secrets masked (for review; apply sends the recompiled ones, which match). */
  requests: CompiledRequest[];
  suspend?: { from: boolean; to: boolean };
}

export interface SavedPlan {
  saejobPlan: typeof PLAN_FILE_VERSION;
  saejobVersion: string;
  createdAt: string;
  /** The manifest paths given to plan (relative to where it ran) and its --region. */
  paths: string[];
  region?: string;
  /** The set planned for (`--set`), and whether with --prune (the deletes are in `jobs`). */
  set?: string;
  prune?: boolean;
  /** The environment planned (`--environment`), or every one (`--all-environments`). */
  environment?: string;
  allEnvironments?: boolean;
  /** Planned with --replace (its replacements are applied as reviewed) and --adopt (its takeovers). */
  replace?: boolean;
  adopt?: boolean;
  /** Secrets' variables that were not set where plan ran: their values were not compared, and apply reads them. */
  unknownVariables?: string[];
  salt: string;
  jobs: SavedJob[];
  /** The ConfigMap manifests, each with fingerprints of its data and of the live ConfigMap. */
  configMaps?: SavedConfigMap[];
}

export interface SavedConfigMap {
  name: string;
  environment?: string;
  namespace: string;
  region: string;
  action: PlannedConfigMap['action'];
  manifest: string;
  live: string;
}

export function configMapFingerprints(p: PlannedConfigMap, salt: string): { manifest: string; live: string } {
  // Secret keys masked (their values are compared with the live ConfigMap instead: a rotation is a key that changes).
  const secrets = Object.values(p.configMap.data).filter((_, i) =>
    p.configMap.secretKeys.includes(Object.keys(p.configMap.data)[i]!),
  );
  const masked = (data: Record<string, string>) =>
    redactDeep(
      Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, p.configMap.secretKeys.includes(k) || SECRET_NAME.test(k) ? MASK : v]),
      ),
      secrets,
    );
  return {
    // The manifest alone: what the plan's run did to the live ConfigMap is the live fingerprint's.
    manifest: digest(salt, {
      data: masked(p.configMap.data),
      description: p.configMap.description ?? null,
    }),
    live: p.live
      ? digest(salt, { id: p.live.id, data: masked(p.live.data), description: p.live.description })
      : 'absent',
  };
}

/** Why a ConfigMap of a saved plan must not be applied now, or undefined. */
export function configMapStaleReason(
  saved: SavedConfigMap,
  fresh: PlannedConfigMap | undefined,
  salt: string,
): string | undefined {
  if (!fresh) return 'no manifest defines this ConfigMap any more: plan again';
  const now = configMapFingerprints(fresh, salt);
  if (now.manifest !== saved.manifest)
    return 'its manifest (or a value it takes from the environment) changed since the plan: plan again';
  // Applied before (this plan, or a run that did the same): the live ConfigMap is what the manifest says.
  if (fresh.action === 'unchanged') return undefined;
  if (now.live !== saved.live)
    return saved.live === 'absent'
      ? 'it was created by someone else since the plan: plan again'
      : 'the live ConfigMap changed since the plan: plan again';
  return undefined;
}

/** JSON with object keys sorted: the same value always gives the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return v === undefined ? 'null' : JSON.stringify(v);
}

const digest = (salt: string, v: unknown) =>
  `sha256:${createHash('sha256').update(salt).update(canonical(v)).digest('hex')}`;

export interface JobFingerprints {
  manifest: string;
  live: string;
  outcome: string;
}

/** A parameter's (normalised) value with every secret in it masked: what a fingerprint may see. */
function maskedValue(param: string, v: unknown, job: PlannedJob['job']): unknown {
  if (v === undefined) return undefined;
  if (SECRET_PARAMS.has(param)) return MASK;
  return redactDeep(param === 'Envs' ? maskEnvEntries(v, job) : v, job.secrets);
}

const maskedChanges = (changes: PlannedJob['changes'], job: PlannedJob['job']) =>
  changes.map((c) => ({
    param: c.param,
    before: maskedValue(c.param, c.before, job) ?? null,
    after: maskedValue(c.param, c.after, job) ?? null,
  }));

export function fingerprints(p: PlannedJob, salt: string): JobFingerprints {
  const masked = (params: Record<string, unknown>) => redactParams(params, p.job.secrets, p.job);
  return {
    manifest: digest(salt, {
      params: masked(p.job.namedParams ?? p.job.params),
      labels: p.job.labels ?? null,
      suspend: p.job.suspend ?? null,
    }),
    live: p.live
      ? digest(salt, {
          appId: p.live.appId,
          params: masked(p.live.params),
          suspend: p.live.suspend,
          tags: p.live.tags ?? null,
        })
      : 'absent',
    outcome: digest(salt, {
      action: p.action,
      appId: p.appId ?? null,
      changes: maskedChanges(p.changes, p.job),
      replaceReasons: maskedChanges(p.replaceReasons, p.job),
      suspend: p.suspend ?? null,
      lastChangeOrder: p.lastChangeOrder?.state ?? null,
      unknown: p.unknown ?? null,
      tags: p.tagChanges ?? null,
      ownership: p.ownership ?? null,
      protected: p.protected ?? null,
    }),
  };
}

export function savePlan(
  planned: readonly PlannedJob[],
  o: {
    configMaps?: readonly PlannedConfigMap[];
    set?: string;
    prune?: boolean;
    replace?: boolean;
    adopt?: boolean;
    paths: string[];
    region?: string | undefined;
    environment?: string;
    allEnvironments?: boolean;
    unknownVariables?: string[];
    salt: string;
    saejobVersion: string;
    createdAt: string;
  },
): SavedPlan {
  return {
    saejobPlan: PLAN_FILE_VERSION,
    saejobVersion: o.saejobVersion,
    createdAt: o.createdAt,
    paths: o.paths,
    ...(o.region ? { region: o.region } : {}),
    ...(o.set ? { set: o.set } : {}),
    ...(o.prune ? { prune: true } : {}),
    ...(o.environment ? { environment: o.environment } : {}),
    ...(o.allEnvironments ? { allEnvironments: true } : {}),
    ...(o.replace ? { replace: true } : {}),
    ...(o.adopt ? { adopt: true } : {}),
    ...(o.unknownVariables?.length ? { unknownVariables: o.unknownVariables } : {}),
    salt: o.salt,
    jobs: planned.map((p) => ({
      file: p.file,
      name: p.name,
      namespace: p.namespace,
      region: p.region,
      action: p.action,
      ...(p.environment ? { environment: p.environment } : {}),
      ...(p.appId ? { appId: p.appId } : {}),
      ...fingerprints(p, o.salt),
      requests: plannedRequests(p).map((r) => redactRequest(r, p.job)),
      ...(p.suspend ? { suspend: p.suspend } : {}),
    })),
    ...(o.configMaps?.length
      ? {
          configMaps: o.configMaps.map((c) => ({
            name: c.name,
            ...(c.environment ? { environment: c.environment } : {}),
            namespace: c.namespace,
            region: c.region,
            action: c.action,
            ...configMapFingerprints(c, o.salt),
          })),
        }
      : {}),
  };
}

/** The file's text as a plan, or a sentence saying why it is not one. */
export function readSavedPlan(text: string): SavedPlan | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'not a saejob plan file (not JSON)';
  }
  const p = v as Partial<SavedPlan>;
  if (!p || typeof p !== 'object' || !('saejobPlan' in p)) return 'not a saejob plan file (no "saejobPlan" field)';
  if (p.saejobPlan !== PLAN_FILE_VERSION)
    return `a plan file of format ${String(p.saejobPlan)}; this saejob reads format ${PLAN_FILE_VERSION}: plan again with this version`;
  const jobOk = (j: Partial<SavedJob>) =>
    j &&
    typeof j.name === 'string' &&
    typeof j.namespace === 'string' &&
    typeof j.region === 'string' &&
    typeof j.manifest === 'string' &&
    typeof j.live === 'string' &&
    typeof j.outcome === 'string';
  if (
    (p.unknownVariables !== undefined &&
      (!Array.isArray(p.unknownVariables) ||
        !p.unknownVariables.every((x) => typeof x === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(x)))) ||
    !Array.isArray(p.paths) ||
    !p.paths.every((x) => typeof x === 'string') ||
    typeof p.salt !== 'string' ||
    !Array.isArray(p.jobs) ||
    !p.jobs.every(jobOk)
  )
    return 'a damaged saejob plan file (paths, salt or jobs missing or malformed): plan again';
  return p as SavedPlan;
}

/** Whether a text looks like a plan file rather than a manifest (apply FILE takes either). */
export const looksLikePlanFile = (text: string) => /^\s*\{[\s\S]*"saejobPlan"/.test(text.slice(0, 4096));

/**
 * Why a job of a saved plan must not be applied now, or undefined when the
 * fresh plan is the one that was reviewed.
 */
export function staleReason(saved: SavedJob, fresh: PlannedJob | undefined, salt: string): string | undefined {
  if (!fresh) return 'no manifest names this job any more: plan again';
  const now = fingerprints(fresh, salt);
  if (now.manifest !== saved.manifest)
    return `its manifest (${fresh.file}) or a value it takes from the environment changed since the plan: plan again`;
  if (now.live !== saved.live)
    return saved.live === 'absent'
      ? 'the job was created by someone else since the plan: plan again'
      : now.live === 'absent'
        ? 'the job was deleted since the plan: plan again'
        : 'the live job changed since the plan: plan again';
  if (now.outcome !== saved.outcome)
    return "what apply would do changed since the plan (the live job, or a secret's value compared with it): plan again";
  return undefined;
}
