// A manifest's fields as CreateJob parameters, placed by the SAE table:
// `${env:}` expanded (secrets remembered, never shown), names of ConfigMaps and
// Secrets left as placeholders to resolve, every field mapped. Pure.
import { placeholder, type NameReference, type ReferenceKind } from './references.js';
import type { SaeJob, SlsLog } from '../../generated/job.js';
import type { FieldPath } from '../diagnostics.js';
import type { RuleFinding } from '../validate/rules.js';
import { expandEnvRefs, SECRET_NAME } from '../envref.js';
import { cpuMillicores, memoryMegabytes } from '../quantity.js';

import type { Params } from './compile.js';

/** A value plan could not know: its secret's variable is not set. */
export interface UnknownValue {
  variable: string;
  /** Where it is used, e.g. `spec.template.env.2.value`. */
  path: string;
}

export const json = (v: unknown) => JSON.stringify(v);

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
