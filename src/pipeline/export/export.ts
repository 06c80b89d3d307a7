// DescribeJob → a v1 manifest (for adopting jobs made in the console): the
// reverse of compile's mapping, fields in the schema's order, defaults left
// out, secrets written as ${env:NAME} references, never their live value.
import { OWNER_TAG } from '../plan/ownership.js';
import { Document } from 'yaml';
import type { Params } from '../compile/compile.js';
import { SECRET_NAME } from '../envref.js';
import type { SaeJob } from '../../generated/job.js';
import { CONFIGMAP_ALL_PREFIX } from '../../contract/api.js';

import { fitToSchema, withoutSecretText } from './fit.js';

type Obj = Record<string, unknown>;

function json<T>(params: Params, name: string): T | undefined {
  const v = params[name];
  if (v === undefined || v === '') return undefined;
  try {
    const parsed = JSON.parse(String(v)) as T;
    if (Array.isArray(parsed) && parsed.length === 0) return undefined;
    if (parsed && typeof parsed === 'object' && Object.keys(parsed).length === 0) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/** Drop undefined and empty objects, keeping key order. */
function clean<T extends Obj>(o: T): T | undefined {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return Object.keys(out).length ? (out as T) : undefined;
}

const str = (v: unknown) => (v === undefined || v === '' ? undefined : String(v));

const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));

const intOrString = (v: unknown) =>
  v === undefined || v === '' ? undefined : /^[0-9]+$/.test(String(v)) ? Number(v) : String(v);

export interface ExportResult {
  manifest: SaeJob;
  /** Environment variables the manifest references for its secrets. */
  secretVariables: string[];
  /** Live settings a manifest cannot hold, left out (each names the field and the value). */
  omitted: string[];
  /** Set when what is left is still not a valid manifest: why, one line a problem. */
  invalid?: string[];
}

/** `params` are DescribeJob's Data as CreateJob parameters (see describedParams). */
/** A live job as a manifest; its tags (SAE's own and the ownership tag left out) as labels. */
/** Names by ID, as the namespace's listings give them: the export names ConfigMaps and Secrets rather than giving IDs. */
export interface ExportNames {
  configMaps?: ReadonlyMap<number, string>;
  secrets?: ReadonlyMap<number, string>;
}

export function manifestFromParams(
  params: Params,
  suspend: boolean,
  tags: Readonly<Record<string, string>> = {},
  names: ExportNames = {},
): ExportResult {
  const configMapName = (id: unknown) => names.configMaps?.get(Number(id));
  const secretVariables: string[] = [];
  const p = params;
  const trigger = json<{ type: string; config: unknown; timezone?: string }>(p, 'TriggerConfig');
  let triggerOut: Obj | undefined;
  if (trigger?.type === 'time')
    triggerOut = clean({
      schedule: String(trigger.config),
      timezone: trigger.timezone && trigger.timezone !== 'GMT+8:00' ? trigger.timezone : undefined,
    });
  else if (trigger?.type === 'http') {
    const c = (trigger.config ?? {}) as {
      type?: string;
      method?: string[];
      ip?: string[];
      referer?: string[];
      securityConfig?: string;
    };
    triggerOut = {
      http:
        clean({
          type: c.type && c.type !== 'HTTPS' ? c.type : undefined,
          methods: c.method && !(c.method.length === 1 && c.method[0] === 'GET') ? c.method : undefined,
          ip: c.ip?.length ? c.ip : undefined,
          referer: c.referer?.length ? c.referer : undefined,
          securityConfig: c.securityConfig && c.securityConfig !== 'none' ? c.securityConfig : undefined,
        }) ?? {},
    };
  }
  const type = String(p.PackageType ?? 'Image');
  const imagePhp = type.startsWith('IMAGE_PHP_');
  const commandArgs = json<string[]>(p, 'CommandArgs') ?? [];
  const envs =
    json<{ name: string; value?: string; valueFrom?: string; configMapId?: number; key?: string }[]>(p, 'Envs') ?? [];
  const env: Obj[] = [];
  const envFrom: Obj[] = [];
  for (const e of envs) {
    if (e.valueFrom === 'configMapRef' && e.key === undefined && e.name.startsWith(CONFIGMAP_ALL_PREFIX)) {
      const name = e.name.slice(CONFIGMAP_ALL_PREFIX.length);
      envFrom.push({
        configMapRef: configMapName(e.configMapId) === name ? { name } : { configMapId: Number(e.configMapId), name },
      });
    } else if (e.valueFrom === 'configMapRef') {
      const name = configMapName(e.configMapId);
      env.push({
        name: e.name,
        valueFrom: {
          configMapKeyRef: name ? { name, key: e.key } : { configMapId: Number(e.configMapId), key: e.key },
        },
      });
    } else if (SECRET_NAME.test(e.name)) {
      secretVariables.push(e.name);
      env.push({ name: e.name, value: `\${env:${e.name}}` });
    } else env.push({ name: e.name, value: e.value ?? '' });
  }
  // Host aliases: consecutive entries with one IP make one alias with its host names.
  const hostAliases: { ip: string; hostnames: string[] }[] = [];
  for (const h of json<{ hostName: string; ip: string }[]>(p, 'CustomHostAlias') ?? []) {
    const last = hostAliases.at(-1);
    if (last && last.ip === h.ip) last.hostnames.push(h.hostName);
    else hostAliases.push({ ip: h.ip, hostnames: [h.hostName] });
  }
  const exec = (name: string) => {
    const v = json<{ exec?: { command?: string[] } }>(p, name);
    return v?.exec?.command ? { exec: { command: v.exec.command } } : undefined;
  };
  const tomcat = json<Obj>(p, 'TomcatConfig');
  const nasMounts = json<{ mountPath: string; nasPath: string }[]>(p, 'MountDesc');
  // SAE reports the older NAS parameters in NasConfigs too: the older form wins when both are there.
  const nasConfigs = nasMounts
    ? undefined
    : json<{ mountPath: string; readOnly?: boolean; nasId: string; mountDomain: string; nasPath: string }[]>(
        p,
        'NasConfigs',
      );
  const ossMounts = json<{ bucketName: string; bucketPath: string; mountPath: string; readOnly?: boolean }[]>(
    p,
    'OssMountDescs',
  );
  let oss: Obj | undefined;
  if (ossMounts) {
    secretVariables.push('OSS_AK_SECRET');
    oss = {
      accessKeyId: str(p.OssAkId) ?? '${env:OSS_AK_ID}',
      accessKeySecret: '${env:OSS_AK_SECRET}',
      mounts: ossMounts.map((o) =>
        clean({
          bucket: o.bucketName,
          bucketPath: o.bucketPath,
          mountPath: o.mountPath,
          readOnly: o.readOnly ? true : undefined,
        }),
      ),
    };
  }
  const modules = str(p.PythonModules);
  const sls = json<
    { logDir?: string; logType?: string; projectName?: string; logstoreName?: string; logtailName?: string }[]
  >(p, 'SlsConfigs');
  const shards = p.Slice === true || p.Slice === 'true' ? json<(string | number)[]>(p, 'SliceEnvs') : undefined;

  // An image's registry settings: under image, or under package for the IMAGE_PHP_* types (their url is an image).
  const registry = {
    acrInstanceId: str(p.AcrInstanceId),
    acrAssumeRoleArn: str(p.AcrAssumeRoleArn),
    ...(names.secrets?.has(Number(p.ImagePullSecrets))
      ? { pullSecretName: names.secrets.get(Number(p.ImagePullSecrets)) }
      : { pullSecretId: intOrString(p.ImagePullSecrets) }),
    acceleration: p.EnableImageAccl === true || p.EnableImageAccl === 'true' ? true : undefined,
  };
  const template = clean({
    image: type === 'Image' ? clean({ url: str(p.ImageUrl), ...registry }) : undefined,
    package:
      type !== 'Image'
        ? clean({
            type,
            url: imagePhp ? str(p.ImageUrl) : str(p.PackageUrl),
            version: str(p.PackageVersion),
            ...(imagePhp ? registry : {}),
          })
        : undefined,
    runtime: clean({
      language: str(p.ProgrammingLanguage),
      jdk: str(p.Jdk),
      webContainer: str(p.WebContainer),
      edasContainerVersion: str(p.EdasContainerVersion),
      python: str(p.Python),
      pythonModules: modules?.includes('\n') ? modules.split('\n') : modules,
    }),
    jar: clean({ startOptions: str(p.JarStartOptions), startArgs: str(p.JarStartArgs) }),
    war: clean({ startOptions: str(p.WarStartOptions) }),
    tomcat: tomcat
      ? clean({
          port: tomcat.port,
          contextPath: tomcat.contextPath,
          maxThreads: tomcat.maxThreads,
          uriEncoding: tomcat.uriEncoding,
          useBodyEncodingForUri: tomcat.useBodyEncodingForUri,
        })
      : undefined,
    php: clean({ config: str(p.PhpConfig), configLocation: str(p.PhpConfigLocation) }),
    resources: { cpu: num(p.Cpu), memory: num(p.Memory), bestEffortType: str(p.BestEffortType) },
    command: p.Command ? [String(p.Command), ...commandArgs] : undefined,
    env: env.length ? env : undefined,
    envFrom: envFrom.length ? envFrom : undefined,
    hostAliases: hostAliases.length ? hostAliases : undefined,
    lifecycle: clean({ postStart: exec('PostStart'), preStop: exec('PreStop') }),
    terminationGracePeriodSeconds: num(p.TerminationGracePeriodSeconds),
    timezone: str(p.Timezone),
    volumes: clean({
      configMaps: json<{ configMapId: number; key: string; mountPath: string }[]>(p, 'ConfigMapMountDesc')?.map((c) => {
        const name = configMapName(c.configMapId);
        return name
          ? { name, key: c.key, mountPath: c.mountPath }
          : { configMapId: Number(c.configMapId), key: c.key, mountPath: c.mountPath };
      }),
      nas: nasMounts
        ? {
            id: str(p.NasId),
            mountHost: str(p.MountHost),
            mounts: nasMounts.map((m) => ({ mountPath: m.mountPath, nasPath: m.nasPath })),
          }
        : undefined,
      nasMounts: nasConfigs?.map((n) =>
        clean({
          id: n.nasId,
          mountHost: n.mountDomain,
          nasPath: n.nasPath,
          mountPath: n.mountPath,
          readOnly: n.readOnly ? true : undefined,
        }),
      ),
      oss,
    }),
    logs: sls
      ? {
          sls: sls.map((s) =>
            clean({
              stdout: s.logType === 'stdout' ? true : undefined,
              path: s.logType === 'stdout' ? undefined : s.logDir,
              project: str(s.projectName),
              logstore: str(s.logstoreName),
              logtail: str(s.logtailName),
            }),
          ),
        }
      : undefined,
  });

  const manifest = {
    apiVersion: 'saejob/v1',
    kind: 'Job',
    metadata: clean({
      name: String(p.AppName),
      namespace: String(p.NamespaceId),
      description: str(p.AppDescription),
      labels: labelsOf(tags),
    }),
    spec: clean({
      replicas: num(p.Replicas) ?? 1,
      trigger: triggerOut,
      concurrencyPolicy: str(p.ConcurrencyPolicy),
      timeoutSeconds: num(p.Timeout),
      backoffLimit: num(p.BackoffLimit),
      shards,
      refAppId: str(p.RefAppId),
      suspend: suspend ? true : undefined,
      network: clean({ vpcId: str(p.VpcId), vSwitchId: str(p.VSwitchId), securityGroupId: str(p.SecurityGroupId) }),
      template,
    }),
  } as unknown as SaeJob;
  // A secret's value where it also stands inside another value (a URL, a command) is written as the same reference.
  const known = [
    ...envs
      .filter((e) => SECRET_NAME.test(e.name) && e.valueFrom !== 'configMapRef' && typeof e.value === 'string')
      .map((e) => ({ value: e.value!, variable: e.name })),
    ...(typeof p.OssAkSecret === 'string' && ossMounts ? [{ value: p.OssAkSecret, variable: 'OSS_AK_SECRET' }] : []),
  ];
  const safe = withoutSecretText(manifest, known, secretVariables);
  return { ...fitToSchema(safe as SaeJob), secretVariables: [...new Set(secretVariables)] };
}

/** The manifest as YAML, with the editor modeline and a note on its secrets. */
/** The manifest as YAML, with notes; the editor modeline only when the schema's place is known. */
export function manifestYaml(r: ExportResult, schemaRef: string | undefined): string {
  const doc = new Document(r.manifest);
  const notes = [
    ...(schemaRef ? [` yaml-language-server: $schema=${schemaRef}`] : []),
    ` Exported by saejob from ${r.manifest.metadata.namespace}/${r.manifest.metadata.name}.`,
  ];
  if (r.secretVariables.length)
    notes.push(` Secrets are not exported: set ${r.secretVariables.join(', ')} where saejob runs.`);
  for (const o of r.omitted) notes.push(` Not exported: ${o.replace(/\n/g, ' ')}`);
  doc.commentBefore = notes.join('\n');
  return doc.toString({ lineWidth: 0 });
}

function labelsOf(tags: Readonly<Record<string, string>>): Record<string, string> | undefined {
  const labels = Object.fromEntries(Object.entries(tags).filter(([k]) => k !== OWNER_TAG));
  return Object.keys(labels).length ? labels : undefined;
}
