// The SAE table's CreateJob parameters: each one's type and place from the
// contract, with what saejob knows beside it — the manifest field it comes
// from, how UpdateJob clears or resets it (removalOf), what DescribeJob reads
// it back as, what SAE fills in. Everything that handles parameters derives
// from JOB_PARAMS.
import { type ParamType, type Shape, operation } from './operations.js';

/** What the contract cannot say about a CreateJob / UpdateJob parameter. */
export interface JobParamNotes {
  /** The manifest field it is compiled from. */
  field?: string;
  /** Why no manifest field sets it. */
  unsupported?: string;
  /** Its value is a JSON string holding a list or an object. */
  json?: 'list' | 'object';
  /** What UpdateJob sends to remove the setting (sent only when the live job has it). */
  clear?: string;
  /**
   * DescribeJob returns it as a list of objects, not a JSON string: the
   * request's keys, each with the key DescribeJob spells it with.
   */
  described?: Record<string, string>;
  /** Never shown: masked in every output, whatever its value. */
  secret?: true;
  /**
   * A list whose items have an identity: the item properties that name one
   * (the first non-empty wins), so a diff matches items by it, not by place.
   */
  key?: readonly string[];
  /** The manifest path a diff shows, where `field` is not one path. */
  label?: string;
  /**
   * How the setting is undone when a manifest no longer sets it, where
   * `clear` does not say: `reset` sends SAE's documented default;
   * `server` means SAE fills it when unset (nothing to undo, not compared
   * when the manifest leaves it out); `follows` means it has no effect
   * without the named parameter. Any other manifest parameter without
   * `clear` cannot be removed by UpdateJob: plan shows a replacement.
   */
  removal?: { reset: string | number | boolean; source: string } | { server: string } | { follows: string };
  /**
   * Values SAE fills in or rewrites on read that mean the same as what the
   * manifest says (or leaves out): the SDK's TomcatConfig defaults, `shell`
   * read back as `other`. Keys of an object parameter equal to these, and
   * absent from the manifest, are not differences.
   */
  serverDefaults?: { values: Readonly<Record<string, unknown>>; source: string };
  /** A value SAE reads back differently (`shell` → `other`): the live value that stands for the sent one. */
  readsBackAs?: { sent: string; read: string; source: string };
}

export const JOB_PARAM_NOTES: Readonly<Record<string, JobParamNotes>> = {
  AppName: { field: 'metadata.name' },
  NamespaceId: { field: 'metadata.namespace' },
  AppDescription: { field: 'metadata.description' },
  Replicas: { field: 'spec.replicas' },
  TriggerConfig: { field: 'spec.trigger', json: 'object' },
  ConcurrencyPolicy: { field: 'spec.concurrencyPolicy' },
  Timeout: { field: 'spec.timeoutSeconds' },
  BackoffLimit: { field: 'spec.backoffLimit' },
  Slice: { field: 'spec.shards', removal: { reset: false, source: 'SDK text: Slice takes false' } },
  SliceEnvs: { field: 'spec.shards', json: 'list', removal: { follows: 'Slice' } },
  RefAppId: { field: 'spec.refAppId' },
  AutoConfig: { field: 'spec.network.autoConfig' },
  VpcId: {
    field: 'spec.network.vpcId',
    removal: { server: 'CreateJob API page: the default is the VPC bound to the namespace' },
  },
  VSwitchId: {
    field: 'spec.network.vSwitchId',
    removal: { server: 'CreateJob API page: the default is the vSwitch bound to the namespace' },
  },
  SecurityGroupId: {
    field: 'spec.network.securityGroupId',
    removal: { server: 'SAE picks one with the namespace (SDK text: ignored with AutoConfig)' },
  },
  PackageType: { field: 'spec.template.image / spec.template.package.type', label: 'spec.template.package.type' },
  ImageUrl: { field: 'spec.template.image.url (or package.url for IMAGE_PHP_*)', label: 'spec.template.image.url' },
  PackageUrl: { field: 'spec.template.package.url' },
  PackageVersion: { field: 'spec.template.package.version' },
  AcrInstanceId: { field: 'spec.template.image.acrInstanceId' },
  AcrAssumeRoleArn: { field: 'spec.template.image.acrAssumeRoleArn' },
  ImagePullSecrets: { field: 'spec.template.image.pullSecretId' },
  EnableImageAccl: { field: 'spec.template.image.acceleration' },
  ProgrammingLanguage: {
    field: 'spec.template.runtime.language',
    removal: { server: 'DescribeJob documents java, php, python or other for every job' },
    readsBackAs: {
      sent: 'shell',
      read: 'other',
      source: 'SDK text: CreateJob accepts shell, DescribeJob documents other',
    },
  },
  Jdk: { field: 'spec.template.runtime.jdk' },
  WebContainer: { field: 'spec.template.runtime.webContainer' },
  EdasContainerVersion: { field: 'spec.template.runtime.edasContainerVersion' },
  Python: { field: 'spec.template.runtime.python' },
  PythonModules: { field: 'spec.template.runtime.pythonModules' },
  JarStartOptions: { field: 'spec.template.jar.startOptions' },
  JarStartArgs: { field: 'spec.template.jar.startArgs' },
  WarStartOptions: { field: 'spec.template.war.startOptions' },
  TomcatConfig: {
    field: 'spec.template.tomcat',
    json: 'object',
    clear: '',
    serverDefaults: {
      values: { port: 8080, contextPath: '/', maxThreads: 400, uriEncoding: 'ISO-8859-1', useBodyEncodingForUri: true },
      source: 'SDK text and CreateJob API page: the default of each TomcatConfig key',
    },
  },
  PhpConfig: { field: 'spec.template.php.config' },
  PhpConfigLocation: { field: 'spec.template.php.configLocation' },
  Php: {
    unsupported:
      'UpdateJob only (CreateJob has no such parameter) and undocumented: a job created by saejob could not carry it',
  },
  Cpu: { field: 'spec.template.resources.cpu' },
  Memory: { field: 'spec.template.resources.memory' },
  BestEffortType: { field: 'spec.template.resources.bestEffortType' },
  Command: { field: 'spec.template.command' },
  CommandArgs: {
    field: 'spec.template.command + args',
    json: 'list',
    clear: '[]',
    label: 'spec.template.command[1:] + args',
  },
  Envs: { field: 'spec.template.env, envFrom', json: 'list', clear: '[]', key: ['name'] },
  CustomHostAlias: { field: 'spec.template.hostAliases', json: 'list', clear: '[]', key: ['hostName'] },
  PostStart: { field: 'spec.template.lifecycle.postStart', json: 'object', clear: '' },
  PreStop: { field: 'spec.template.lifecycle.preStop', json: 'object', clear: '' },
  TerminationGracePeriodSeconds: {
    field: 'spec.template.terminationGracePeriodSeconds',
    removal: { reset: 30, source: 'CreateJob API page: Default value: 30' },
  },
  Timezone: {
    field: 'spec.template.timezone',
    removal: { reset: 'Asia/Shanghai', source: 'CreateJob API page: Default value: Asia/Shanghai' },
  },
  ConfigMapMountDesc: {
    field: 'spec.template.volumes.configMaps',
    json: 'list',
    clear: '[]',
    described: { configMapId: 'ConfigMapId', key: 'Key', mountPath: 'MountPath' },
    key: ['mountPath'],
  },
  NasId: { field: 'spec.template.volumes.nas.id', clear: '' },
  MountHost: { field: 'spec.template.volumes.nas.mountHost', clear: '' },
  MountDesc: {
    field: 'spec.template.volumes.nas.mounts',
    json: 'list',
    clear: '',
    described: { mountPath: 'MountPath', nasPath: 'NasPath' },
    key: ['mountPath'],
  },
  NasConfigs: { field: 'spec.template.volumes.nasMounts', json: 'list', clear: '[]', key: ['mountPath'] },
  OssAkId: { field: 'spec.template.volumes.oss.accessKeyId' },
  OssAkSecret: { field: 'spec.template.volumes.oss.accessKeySecret', secret: true },
  OssMountDescs: {
    field: 'spec.template.volumes.oss.mounts',
    json: 'list',
    clear: '[]',
    described: { bucketName: 'bucketName', bucketPath: 'bucketPath', mountPath: 'mountPath', readOnly: 'readOnly' },
    key: ['mountPath'],
  },
  SlsConfigs: { field: 'spec.template.logs.sls', json: 'list', clear: '', key: ['logDir', 'logType'] },
  Workload: { field: '(always "job")' },
  AppId: { field: '(the live job: UpdateJob only)' },
};

export interface JobParam extends JobParamNotes {
  name: string;
  in: 'query' | 'body';
  /** The type CreateJob declares (UpdateJob's, for a parameter only UpdateJob has). */
  type: ParamType;
  /** The type UpdateJob declares; undefined when UpdateJob has no such parameter. */
  updateType?: ParamType;
  /** CreateJob takes it, UpdateJob does not. */
  createOnly: boolean;
  /** DescribeJob does not return it: the live value cannot be compared. */
  requestOnly: boolean;
}

function jobParams(): Map<string, JobParam> {
  const create = operation('CreateJob').params;
  const update = operation('UpdateJob').params;
  const described = operation('DescribeJob').response as { Data: Record<string, Shape> };
  const out = new Map<string, JobParam>();
  for (const name of new Set([...Object.keys(create), ...Object.keys(update)])) {
    const c = create[name];
    const u = update[name];
    const p: JobParam = {
      name,
      in: (c ?? u)!.in,
      type: (c ?? u)!.type,
      createOnly: !!c && !u,
      requestOnly: !!c && !(name in described.Data),
      ...JOB_PARAM_NOTES[name],
    };
    if (u) p.updateType = u.type;
    out.set(name, p);
  }
  return out;
}

/** Every CreateJob and UpdateJob parameter, by name. */
export const JOB_PARAMS: ReadonlyMap<string, JobParam> = jobParams();

const select = (f: (p: JobParam) => boolean) => new Set([...JOB_PARAMS.values()].filter(f).map((p) => p.name));

/** CreateJob parameters UpdateJob has no parameter for. */
export const CREATE_ONLY_PARAMS: ReadonlySet<string> = select((p) => p.createOnly);

/** Parameters whose value is a JSON string. */
export const JSON_PARAMS: ReadonlySet<string> = select((p) => p.json !== undefined);

export const NUMBER_PARAMS: ReadonlySet<string> = select((p) => p.type === 'number');

export const BOOLEAN_PARAMS: ReadonlySet<string> = select((p) => p.type === 'boolean');

/** Sent but never returned by DescribeJob: not compared, not exported. */
export const REQUEST_ONLY_PARAMS: ReadonlySet<string> = select((p) => p.requestOnly);

/** Masked in every output by name, whatever the value. */
export const SECRET_PARAMS: ReadonlySet<string> = select((p) => p.secret === true);

/** What UpdateJob sends to clear a parameter the manifest no longer sets. */
export const CLEARING_VALUES: Readonly<Record<string, string>> = Object.fromEntries(
  [...JOB_PARAMS.values()].filter((p) => p.clear !== undefined).map((p) => [p.name, p.clear!]),
);

/**
 * How plan undoes a parameter a manifest no longer sets (a test walks every
 * manifest parameter): `clear` sends the clearing value, `reset` SAE's
 * documented default, `server` and `follows` leave it alone (SAE fills it, or
 * it means nothing without another), `replace` — UpdateJob cannot express
 * the removal — makes the job a replacement. Identity and request-only
 * parameters are `none`: never compared.
 */
export type Removal =
  | { kind: 'clear'; value: string }
  | { kind: 'reset'; value: string | number | boolean }
  | { kind: 'server' }
  | { kind: 'follows'; param: string }
  | { kind: 'replace' }
  | { kind: 'none' };

export function removalOf(param: string): Removal {
  const p = JOB_PARAMS.get(param);
  if (!p || p.requestOnly || param === 'AppName' || param === 'NamespaceId' || param === 'AppId' || !p.field)
    return { kind: 'none' };
  if (p.clear !== undefined) return { kind: 'clear', value: p.clear };
  const r = p.removal;
  if (r && 'reset' in r) return { kind: 'reset', value: r.reset };
  if (r && 'server' in r) return { kind: 'server' };
  if (r && 'follows' in r) return { kind: 'follows', param: r.follows };
  return { kind: 'replace' };
}

/** The manifest path a parameter's diff is shown under (`spec.template.env`, not `Envs`). */
export function manifestLabel(param: string): string {
  const p = JOB_PARAMS.get(param);
  return p?.label ?? (p?.field && /^(metadata|spec)\.[\w.]+/.exec(p.field)?.[0]) ?? param;
}

/** The type of a DescribeJob `Data` field, from the contract. */
export function describedShape(field: string): Shape | undefined {
  return (operation('DescribeJob').response as { Data: Record<string, Shape> }).Data[field];
}

/**
 * Two ways to describe NAS mounts: NasConfigs (several file systems) and the
 * older NasId + MountHost + MountDesc. SAE may report one as the other, so a
 * manifest that uses one form is compared on that form only.
 */
export const NAS_FORMS: readonly (readonly string[])[] = [['NasConfigs'], ['NasId', 'MountHost', 'MountDesc']];

// ---- Facts the contract's types do not carry (sae-job-api.md, Corrections). ----
