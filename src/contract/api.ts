// The one table of SAE knowledge. Operations (method, path, how a body
// travels) and every parameter's type and placement come from
// sae-contract.json beside this file: extracted from the official
// TypeScript SDK's generated client and models for sae 2019-05-06, copied
// here unchanged. What the contract cannot say — which manifest field a job
// parameter comes from, which parameters hold JSON, how UpdateJob clears
// one, how DescribeJob spells it back — is written once, below. Every other
// list of SAE facts in saejob (the compiler's, the client's, the
// emulator's, the planner's) is derived from this module, and
// test/contract.test.ts checks this module against the contract.
import contract from './sae-contract.json' with { type: 'json' };

export type ParamType = 'string' | 'number' | 'boolean';

export interface ContractParam {
  type: ParamType;
  in: 'query' | 'body';
  required?: boolean | 'conditional';
}

export interface ContractOperation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** How `in: body` parameters travel: a form (`formData`) or one JSON object (`json`). */
  reqBodyType: 'formData' | 'json';
  params: Record<string, ContractParam>;
  /** The response's shape: field → type name, nested object, or one-element array of the item shape. */
  response: Shape;
}

export type Shape = string | Shape[] | { [field: string]: Shape };

export const CONTRACT = contract as unknown as { source: string; operations: Record<string, ContractOperation> };

/** The operations saejob sends or the emulator answers. */
export const OPERATION_NAMES = [
  'CreateJob',
  'UpdateJob',
  'DeleteJob',
  'DescribeJob',
  'ListJobs',
  'ExecJob',
  'SuspendJob',
  'DescribeJobStatus',
  'DescribeJobHistory',
  'DescribeChangeOrder',
  'ListChangeOrders',
  'ListNamespacedConfigMaps',
  'CreateConfigMap',
  'UpdateConfigMap',
  'DeleteConfigMap',
  'DescribeConfigMap',
  'ListSecrets',
  'TagResources',
  'UntagResources',
] as const;
export type Operation = (typeof OPERATION_NAMES)[number];

export function operation(name: Operation): ContractOperation {
  return CONTRACT.operations[name]!;
}

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

/** Parameters CreateJob and UpdateJob take in the form body rather than the query. */
export const BODY_PARAMS: ReadonlySet<string> = select((p) => p.in === 'body');
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

/** ListJobs' largest PageSize. */
export const MAX_PAGE_SIZE = 200;

/**
 * Two ways to describe NAS mounts: NasConfigs (several file systems) and the
 * older NasId + MountHost + MountDesc. SAE may report one as the other, so a
 * manifest that uses one form is compared on that form only.
 */
export const NAS_FORMS: readonly (readonly string[])[] = [['NasConfigs'], ['NasId', 'MountHost', 'MountDesc']];

// ---- Facts the contract's types do not carry (sae-job-api.md, Corrections). ----

/** DescribeChangeOrder `Status`. */
export const CHANGE_ORDER_STATUS: Record<number, string> = {
  0: 'preparing',
  1: 'in progress',
  2: 'succeeded',
  3: 'failed',
  6: 'terminated',
  8: 'waiting for manual batch confirmation',
  9: 'waiting for automatic batch confirmation',
  10: 'system failure',
  11: 'pending approval',
  12: 'approved, pending execution',
};
/** How each status ends (or does not) — the one classification the waits, the planner and the emulator share. */
export const CHANGE_ORDER_SUCCEEDED = 2;
/** Ended badly, with what to say of it. */
export const CHANGE_ORDER_FAILED: Readonly<Record<number, string>> = {
  3: 'failed',
  6: 'was terminated',
  10: 'failed (system failure)',
};
/** Waiting for a person: it goes on only when someone acts in SAE. */
export const CHANGE_ORDER_PAUSED: Readonly<Record<number, string>> = {
  8: 'waits for a person to confirm the next batch in the SAE console',
  11: 'waits for approval in SAE',
};
/** Still running by itself. */
export const CHANGE_ORDER_RUNNING: ReadonlySet<number> = new Set([0, 1, 9, 12]);
/** DescribeChangeOrder `SubStatus` 1: a batch failed; the order stays "in progress" until someone rolls it back. */
export const SUB_STATUS_BATCH_FAILED = 1;
/** ListJobs `LastChangeorderState`: the last change order's outcome (not a change-order status). */
export const LAST_CHANGE_ORDER_STATE = { succeeded: '1', failed: '0' } as const;
/** DescribeJobStatus / DescribeJobHistory `State`, ListJobs `LastJobState`. */
export const RUN_STATES: Record<string, string> = { '0': 'not run', '1': 'succeeded', '2': 'failed', '3': 'running' };
/** ExecJob's `Data.Success` is a string. */
export const EXEC_SUCCESS = 'true';
/** Tags resource type of jobs (jobs are applications with Workload=job). */
export const TAG_RESOURCE_TYPE = 'application';
/** Resource IDs a TagResources / UntagResources call takes at most. */
export const MAX_TAGGED_RESOURCES = 50;
/** Tag keys SAE (and Alibaba Cloud) keep for their own tags: never set, never diffed. */
export const RESERVED_TAG_PREFIXES = ['aliyun', 'acs:'] as const;
export const isSystemTag = (key: string) => RESERVED_TAG_PREFIXES.some((p) => key.startsWith(p));

/** envFrom's whole-ConfigMap entries in Envs are named with this prefix. */
export const CONFIGMAP_ALL_PREFIX = 'sae-sys-configmap-all-';

/**
 * What SuspendJob's boolean `Suspend` does. The SDK models and the Chinese
 * API page describe `true` as *start* and `false` as *suspend*; the
 * parameter's name, and DescribeJob's and ListJobs' `Suspend` ("is paused"),
 * say the opposite. Nobody here can test it on a real account, so saejob
 * starts from the documented meaning, reads the job back after every
 * SuspendJob, and corrects itself (for the rest of the run) if SAE did the
 * opposite. This is the one place `spec.suspend` becomes the parameter.
 */
export type SuspendPolarity = 'true-starts' | 'true-suspends';
export const DOCUMENTED_SUSPEND_POLARITY: SuspendPolarity = 'true-starts';
export function suspendParam(paused: boolean, polarity: SuspendPolarity): boolean {
  return polarity === 'true-suspends' ? paused : !paused;
}
