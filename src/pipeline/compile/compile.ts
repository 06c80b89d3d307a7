// Stage 3: compile. A validated manifest becomes the exact SAE request:
// nested sections flattened into CreateJob's parameters, JSON-valued ones as
// compact JSON strings in the documented key order, a few in the form body.
// Pure: the environment for ${env:NAME} is passed in.
import { placeholder, type NameReference, type ReferenceKind } from './references.js';
import type { CompiledConfigMap } from './configmap.js';
import { MASK } from '../redact.js';
import type { SaeJob, SlsLog } from '../../generated/job.js';
import type { FieldPath } from '../diagnostics.js';
import type { RuleFinding } from '../validate/rules.js';
import { expandEnvRefs, isSecretEntry, SECRET_NAME } from '../envref.js';
import { cpuMillicores, memoryMegabytes } from '../quantity.js';
import { resolveRegion } from '../region.js';
import { MAX_REQUEST_BYTES } from '../limits.js';
import {
  CLEARING_VALUES,
  CREATE_ONLY_PARAMS,
  manifestLabel,
  operation,
  TAG_RESOURCE_TYPE,
  type Operation,
} from '../../contract/api.js';
import { MAX_QUERY_BYTES } from '../limits.js';
import { queryFinding } from '../validate/request-size.js';

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

/** A value plan could not know: its secret's variable is not set. */
export interface UnknownValue {
  variable: string;
  /** Where it is used, e.g. `spec.template.env.2.value`. */
  path: string;
}

const json = (v: unknown) => JSON.stringify(v);

/** Drop undefined members, keeping the order written. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

interface Expanded {
  value: unknown;
  findings: RuleFinding[];
  secrets: Set<string>;
  /** Where a secret was substituted (`spec.template.env.0.value`, ...). */
  secretPaths: Set<string>;
  unknown: UnknownValue[];
}

/** Replace ${env:NAME} in every string; unset variables become positioned findings. */
export function expandManifest(
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  unknownSecrets = false,
): Expanded {
  const findings: RuleFinding[] = [];
  const secrets = new Set<string>();
  const secretPaths = new Set<string>();
  const unknown: UnknownValue[] = [];
  const walk = (v: unknown, path: FieldPath): unknown => {
    if (typeof v === 'string') {
      const r = expandEnvRefs(v, env);
      const secretField = path.at(-1) === 'accessKeySecret';
      for (const name of r.missing) {
        if (unknownSecrets && (secretField || SECRET_NAME.test(name))) {
          unknown.push({ variable: name, path: path.join('.') });
          secretPaths.add(path.join('.'));
          continue;
        }
        findings.push({
          path,
          rule: 'env-unset',
          message: `environment variable ${name} is not set: set it where saejob runs (referenced as \${env:${name}}), or write $\${ for a literal "\${"`,
        });
      }
      for (const name of r.used) {
        if (secretField || SECRET_NAME.test(name)) {
          secrets.add(env[name]!);
          secretPaths.add(path.join('.'));
        }
      }
      if (secretField && r.value !== '' && !r.missing.length) secrets.add(r.value);
      return r.value;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, [...path, k]);
      return out;
    }
    return v;
  };
  const expanded = walk(value, []);
  for (const s of [...secrets]) if (s.length === 0) secrets.delete(s);
  return { value: expanded, findings, secrets, secretPaths, unknown };
}

function triggerConfig(t: NonNullable<SaeJob['spec']['trigger']>): string | undefined {
  if (t.schedule !== undefined) return json({ type: 'time', config: t.schedule, timezone: t.timezone ?? 'GMT+8:00' });
  if (t.http !== undefined) {
    const h = t.http;
    return json({
      type: 'http',
      config: {
        type: h.type ?? 'HTTPS',
        method: h.methods ?? ['GET'],
        ip: h.ip ?? [],
        referer: h.referer ?? [],
        securityConfig: h.securityConfig ?? 'none',
      },
    });
  }
  return undefined;
}

function slsConfig(e: SlsLog) {
  return compact({
    logDir: e.stdout ? '' : e.path,
    logType: e.stdout ? 'stdout' : undefined,
    projectName: e.project,
    logstoreName: e.logstore,
    logtailName: e.logtail,
  });
}

const isImagePhp = (type: string | undefined) => type?.startsWith('IMAGE_PHP_') ?? false;

/** Every CreateJob parameter a manifest sets, in the order of the mapping table. */
export function manifestParams(m: SaeJob): Params {
  return paramsAndReferences(m).params;
}

/** The parameters, and the ConfigMaps and Secrets named rather than given by ID (placeholders in the parameters). */
export function paramsAndReferences(m: SaeJob): { params: Params; references: NameReference[] } {
  const references: NameReference[] = [];
  const byName = (kind: ReferenceKind, name: string, path: FieldPath) => {
    references.push({ kind, name, path });
    return placeholder(kind, name);
  };
  const { metadata: md, spec } = m;
  const t = spec.template;
  const T = ['spec', 'template'];
  const cmd = t.command ?? [];
  const env = [
    ...(t.env ?? []).map((e, i) => {
      if (!e.valueFrom) return { name: e.name, value: String(e.value) };
      const ref = e.valueFrom.configMapKeyRef;
      return {
        name: e.name,
        valueFrom: 'configMapRef',
        configMapId:
          ref.configMapId ??
          byName('configmap', (ref.name ?? ref.configMapName)!, [
            ...T,
            'env',
            i,
            'valueFrom',
            'configMapKeyRef',
            ref.name !== undefined ? 'name' : 'configMapName',
          ]),
        key: ref.key,
      };
    }),
    ...(t.envFrom ?? []).map((e, i) => ({
      name: `sae-sys-configmap-all-${e.configMapRef.name}`,
      valueFrom: 'configMapRef',
      configMapId:
        e.configMapRef.configMapId ??
        byName('configmap', e.configMapRef.name, [...T, 'envFrom', i, 'configMapRef', 'name']),
    })),
  ];
  const vol = t.volumes ?? {};
  const pkg = t.package;
  const registry = t.image ?? (isImagePhp(pkg?.type) ? pkg : undefined);
  const registryField = t.image ? 'image' : 'package';
  const tomcat =
    t.tomcat &&
    compact({
      port: t.tomcat.port,
      contextPath: t.tomcat.contextPath,
      maxThreads: t.tomcat.maxThreads,
      uriEncoding: t.tomcat.uriEncoding,
      useBodyEncodingForUri: t.tomcat.useBodyEncodingForUri,
    });
  const modules = t.runtime?.pythonModules;
  const params = compact({
    AppName: md.name,
    NamespaceId: md.namespace,
    AppDescription: md.description,
    Replicas: spec.replicas,
    TriggerConfig: spec.trigger && triggerConfig(spec.trigger),
    ConcurrencyPolicy: spec.concurrencyPolicy,
    Timeout: spec.timeoutSeconds,
    BackoffLimit: spec.backoffLimit,
    Slice: spec.shards ? true : undefined,
    SliceEnvs: spec.shards && json(spec.shards),
    RefAppId: spec.refAppId,
    AutoConfig: spec.network?.autoConfig,
    VpcId: spec.network?.vpcId,
    VSwitchId: spec.network?.vSwitchId,
    SecurityGroupId: spec.network?.securityGroupId,
    PackageType: t.image ? 'Image' : pkg?.type,
    ImageUrl: t.image?.url ?? (isImagePhp(pkg?.type) ? pkg?.url : undefined),
    PackageUrl: isImagePhp(pkg?.type) ? undefined : pkg?.url,
    PackageVersion: pkg?.version === undefined ? undefined : String(pkg.version),
    // An IMAGE_PHP_* package is an image: its registry settings are the package's (package.url is the image).
    AcrInstanceId: registry?.acrInstanceId,
    AcrAssumeRoleArn: registry?.acrAssumeRoleArn,
    ImagePullSecrets:
      registry?.pullSecretId !== undefined
        ? String(registry.pullSecretId)
        : registry?.pullSecretName !== undefined
          ? byName('secret', registry.pullSecretName, [...T, registryField, 'pullSecretName'])
          : undefined,
    EnableImageAccl: registry?.acceleration,
    ProgrammingLanguage: t.runtime?.language,
    Jdk: t.runtime?.jdk,
    WebContainer: t.runtime?.webContainer,
    EdasContainerVersion: t.runtime?.edasContainerVersion,
    Python: t.runtime?.python,
    PythonModules: Array.isArray(modules) ? modules.join('\n') : modules,
    JarStartOptions: t.jar?.startOptions,
    JarStartArgs: t.jar?.startArgs,
    WarStartOptions: t.war?.startOptions,
    TomcatConfig: tomcat && json(tomcat),
    PhpConfig: t.php?.config,
    PhpConfigLocation: t.php?.configLocation,
    Cpu: cpuMillicores(t.resources.cpu),
    Memory: memoryMegabytes(t.resources.memory),
    BestEffortType: t.resources.bestEffortType,
    Command: cmd[0],
    CommandArgs: cmd.length > 1 || t.args?.length ? json([...cmd.slice(1), ...(t.args ?? [])]) : undefined,
    Envs: env.length ? json(env) : undefined,
    CustomHostAlias: t.hostAliases?.length
      ? json(t.hostAliases.flatMap((h) => h.hostnames.map((hostName) => ({ hostName, ip: h.ip }))))
      : undefined,
    PostStart: t.lifecycle?.postStart && json({ exec: { command: t.lifecycle.postStart.exec.command } }),
    PreStop: t.lifecycle?.preStop && json({ exec: { command: t.lifecycle.preStop.exec.command } }),
    TerminationGracePeriodSeconds: t.terminationGracePeriodSeconds,
    Timezone: t.timezone,
    ConfigMapMountDesc: vol.configMaps?.length
      ? json(
          vol.configMaps.map((c, i) => ({
            configMapId:
              c.configMapId ??
              byName('configmap', (c.name ?? c.configMapName)!, [
                ...T,
                'volumes',
                'configMaps',
                i,
                c.name !== undefined ? 'name' : 'configMapName',
              ]),
            key: c.key,
            mountPath: c.mountPath,
          })),
        )
      : undefined,
    NasId: vol.nas?.id,
    MountHost: vol.nas?.mountHost,
    MountDesc: vol.nas && json(vol.nas.mounts.map((n) => ({ mountPath: n.mountPath, nasPath: n.nasPath }))),
    NasConfigs:
      vol.nasMounts &&
      json(
        vol.nasMounts.map((n) => ({
          mountPath: n.mountPath,
          readOnly: n.readOnly ?? false,
          nasId: n.id,
          mountDomain: n.mountHost,
          nasPath: n.nasPath,
        })),
      ),
    OssAkId: vol.oss?.accessKeyId,
    OssAkSecret: vol.oss?.accessKeySecret,
    OssMountDescs:
      vol.oss &&
      json(
        vol.oss.mounts.map((o) => ({
          bucketName: o.bucket,
          bucketPath: o.bucketPath,
          mountPath: o.mountPath,
          readOnly: o.readOnly ?? false,
        })),
      ),
    SlsConfigs: t.logs?.sls && json(t.logs.sls.map(slsConfig)),
    Workload: 'job',
  });
  return { params: params as Params, references };
}

/**
 * One request of `op`: each parameter in the query or the body as the
 * contract places it, and typed as the contract types it for that operation
 * (UpdateJob's Replicas is a string where CreateJob's is a number).
 */
export function request(op: Operation, params: Params): CompiledRequest {
  const { method, path, params: known } = operation(op);
  const query: Params = {};
  const body: Params = {};
  for (const [k, v] of Object.entries(params)) {
    const spec = known[k];
    if (!spec) throw new Error(`internal error: ${k} is not a parameter of ${op}`);
    (spec.in === 'body' ? body : query)[k] = spec.type === 'string' && typeof v !== 'string' ? String(v) : v;
  }
  return { operation: op, method, path, query, body };
}

export function createRequest(params: Params): CompiledRequest {
  return request('CreateJob', params);
}

/**
 * UpdateJob with the full desired state: every updatable parameter the
 * manifest sets, and the clearing value of each parameter in `clear` — those
 * the manifest no longer sets and the live job still has. Nothing is sent
 * to clear what the job never had (the official signing utilities disagree
 * on how an empty value is signed).
 */
export function updateRequest(appId: string, params: Params, clear: readonly string[] = []): CompiledRequest {
  const p: Params = { AppId: appId };
  for (const [k, v] of Object.entries(params)) if (!CREATE_ONLY_PARAMS.has(k)) p[k] = v;
  for (const k of clear) if (p[k] === undefined && k in CLEARING_VALUES) p[k] = CLEARING_VALUES[k]!;
  return request('UpdateJob', p);
}

export function deleteRequest(appId: string): CompiledRequest {
  return request('DeleteJob', { AppId: appId });
}

/** TagResources: tags on one job (ResourceType application), as JSON lists. */
export function tagRequest(
  appId: string | readonly string[],
  region: string,
  tags: Readonly<Record<string, string>>,
): CompiledRequest {
  return request('TagResources', {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json(typeof appId === 'string' ? [appId] : appId),
    Tags: json(Object.entries(tags).map(([key, value]) => ({ key, value }))),
  });
}

export function untagRequest(appId: string, region: string, keys: readonly string[]): CompiledRequest {
  return request('UntagResources', {
    RegionId: region,
    ResourceType: TAG_RESOURCE_TYPE,
    ResourceIds: json([appId]),
    TagKeys: json(keys),
  });
}

/** `suspend` is SuspendJob's parameter, not "is paused": see suspendParam. */
export function suspendRequest(appId: string, suspend: boolean): CompiledRequest {
  return request('SuspendJob', { AppId: appId, Suspend: suspend });
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

/** (Here, not in configmaps.ts: validate loads that module, and this one pulls in the SAE table.)
 * The CreateConfigMap request a ConfigMap manifest becomes (what compile shows); secret values masked unless asked. */
export function configMapRequest(cm: CompiledConfigMap, showSecrets = false): CompiledRequest {
  const data = Object.fromEntries(
    Object.entries(cm.data).map(([k, v]) => [k, !showSecrets && cm.secretKeys.includes(k) ? MASK : v]),
  );
  return request('CreateConfigMap', {
    Name: cm.name,
    NamespaceId: cm.namespace,
    ...(cm.description !== undefined ? { Description: cm.description } : {}),
    Data: JSON.stringify(data),
  });
}
