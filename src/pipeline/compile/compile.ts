// Stage 3: compile. A validated manifest becomes the exact SAE request:
// nested sections flattened into CreateJob's parameters, JSON-valued ones as
// compact JSON strings in the documented key order, a few in the form body.
// Pure: the environment for ${env:NAME} is passed in.
import type { NameReference } from './references.js';
import type { SaeJob } from '../../generated/job.js';
import type { RuleFinding } from '../validate/rules.js';
import { isSecretEntry } from '../envref.js';
import { resolveRegion } from '../region.js';
import { MAX_REQUEST_BYTES } from '../limits.js';
import { manifestLabel, type Operation } from '../../contract/api.js';
import { MAX_QUERY_BYTES } from '../limits.js';
import { queryFinding } from '../validate/request-size.js';

import { type UnknownValue, expandManifest, paramsAndReferences } from './params.js';
import { createRequest } from './requests.js';

export type ParamValue = string | number | boolean;

export type Params = Record<string, ParamValue>;

export interface CompiledRequest {
  operation: Operation;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query: Params;
  body: Params;
}

export interface CompiledJob {
  name: string;
  namespace: string;
  region: string;
  /** The CreateJob request that makes this job. */
  create: CompiledRequest;
  /** What the manifest sets, before it is split into query and body. */
  params: Params;
  /** Values that must never be shown: OssAkSecret, env values under secret-looking names, and values of ${env:...} references to secret-looking variables. */
  secrets: string[];
  /** Env entries (by name) whose value is a secret: masked whole, by name, in every view of Envs. */
  secretEnvNames: string[];
  /** Env entries marked `secret: false` whose names look secret: shown, not masked by name. */
  shownEnvNames?: string[];
  /** spec.suspend, applied with SuspendJob after create/update. */
  suspend?: boolean;
  /** Secrets whose variables were not set (plan only): their values are unknown. */
  unknown?: UnknownValue[];
  /** The environment this job is of, when the manifests define environments. */
  environment?: string;
  /** metadata.labels: SAE tags on the job. */
  labels?: Record<string, string>;
  /** ConfigMaps and Secrets named, not given by ID: placeholders in `params` until plan resolves them. */
  references?: NameReference[];
  /**
   * With references: `params` as compiled, every name still a placeholder. A saved plan
   * fingerprints these (the manifest's own terms), so the ID a name resolves to — a placeholder
   * while plan's run would create the ConfigMap, its real ID once it exists — does not make the
   * manifest look changed.
   */
  namedParams?: Params;
}

export interface CompileOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** `--region`. */
  region?: string | undefined;
  /**
   * plan: a secret's unset variable is not an error; its `${env:NAME}` stays
   * in the value, recorded in `unknown`, and the planner does not compare it.
   */
  unknownSecrets?: boolean;
}

/** Compile one validated manifest. */
export function compileJob(
  manifest: SaeJob,
  options: CompileOptions = {},
): { job?: CompiledJob; findings: RuleFinding[] } {
  const env = options.env ?? {};
  const expanded = expandManifest(manifest, env, options.unknownSecrets);
  if (expanded.findings.length) return { findings: expanded.findings };
  const m = expanded.value as SaeJob;
  const region = resolveRegion({
    metadataRegion: m.metadata.region,
    namespace: m.metadata.namespace,
    flag: options.region,
    env: env.ALIBABA_CLOUD_REGION_ID,
  });
  if (!region) {
    return {
      findings: [
        {
          path: ['metadata', 'namespace'],
          rule: 'region-unknown',
          message: 'cannot tell the region: set metadata.region, --region or ALIBABA_CLOUD_REGION_ID',
        },
      ],
    };
  }
  const { params, references } = paramsAndReferences(m);
  const size = Object.entries(params).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
  if (size > MAX_REQUEST_BYTES) {
    return {
      findings: [
        {
          path: ['metadata', 'name'],
          rule: 'request-size',
          message: `the CreateJob request would carry ${Math.round(size / 1024)} KiB of parameters; saejob sends at most ${MAX_REQUEST_BYTES / 1024} KiB (a job's settings are a few KB: is a value repeated or generated?)`,
        },
      ],
    };
  }
  const secrets = new Set(expanded.secrets);
  if (
    typeof params.OssAkSecret === 'string' &&
    params.OssAkSecret &&
    !expanded.unknown.some((u) => u.path.endsWith('accessKeySecret'))
  )
    secrets.add(params.OssAkSecret);
  // An env entry is secret by its own name, or when its value is (or holds) a secret.
  // `secret:` on the entry overrides its name; a value from a secret variable stays secret.
  const secretEnvNames = new Set<string>();
  const shownEnvNames = new Set<string>();
  for (const [i, e] of (m.spec.template.env ?? []).entries()) {
    if (e.value === undefined) continue;
    const value = String(e.value);
    if (isSecretEntry(e.name, e.secret) || expanded.secretPaths.has(`spec.template.env.${i}.value`)) {
      secretEnvNames.add(e.name);
      if (value && !expanded.unknown.some((u) => u.path === `spec.template.env.${i}.value`)) secrets.add(value);
    } else if (e.secret === false) shownEnvNames.add(e.name);
  }
  const job: CompiledJob = {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    region,
    create: createRequest(params),
    params,
    secrets: [...secrets],
    secretEnvNames: [...secretEnvNames],
    shownEnvNames: [...shownEnvNames],
  };
  // The exact query string, values from the environment included (validate bounds the manifest's own text).
  const query = Object.entries(job.create.query).map(([k, v]) => ({
    path: [manifestLabel(k)],
    bytes: encodeURIComponent(k).length + encodeURIComponent(String(v)).length + 2,
  }));
  const queryBytes = query.reduce((a, q) => a + q.bytes, 0);
  if (queryBytes > MAX_QUERY_BYTES)
    return { findings: [{ ...queryFinding(query, queryBytes), path: ['metadata', 'name'] }] };
  if (m.spec.suspend !== undefined) job.suspend = m.spec.suspend;
  if (expanded.unknown.length) job.unknown = expanded.unknown;
  if (m.metadata.labels && Object.keys(m.metadata.labels).length) job.labels = { ...m.metadata.labels };
  if (references.length) {
    job.references = references;
    job.namedParams = job.params;
  }
  return { job, findings: [] };
}
export { manifestParams } from './params.js';
export {
  createRequest,
  updateRequest,
  deleteRequest,
  tagRequest,
  untagRequest,
  suspendRequest,
  configMapRequest,
} from './requests.js';
