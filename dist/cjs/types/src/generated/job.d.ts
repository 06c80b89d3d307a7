/**
 * SAE ConfigMap ID (see ListNamespacedConfigMaps).
 */
export type ConfigMapId = number;
/**
 * Absolute path in the container.
 */
export type MountPath = string;
/**
 * A saejob v1 manifest: one Alibaba Cloud Serverless App Engine (SAE) job template. See the README's manifest reference.
 */
export interface SaeJob {
    /**
     * Manifest format version. Always `saejob/v1`.
     */
    apiVersion: 'saejob/v1';
    /**
     * Manifest kind. Always `Job`.
     */
    kind: 'Job';
    metadata: Metadata;
    spec: JobSpec;
}
/**
 * Identity of the job: (region, namespace, name) names one SAE job template.
 */
export interface Metadata {
    /**
     * Job template name (CreateJob `AppName`). Letters, digits and `-`, starting with a letter, at most 36 characters. Identity: changing it creates another job.
     */
    name: string;
    /**
     * SAE namespace ID (CreateJob `NamespaceId`), e.g. `cn-beijing:prod`, or the region itself for the default namespace. Lower-case letters, digits, `-`, and one optional `:`. Create-only.
     */
    namespace: string;
    /**
     * Job template description (CreateJob `AppDescription`), at most 1,024 characters.
     */
    description?: string;
    /**
     * Region ID, e.g. `cn-beijing`. Defaults to the part of `namespace` before `:`, then `--region`, then `ALIBABA_CLOUD_REGION_ID`.
     */
    region?: string;
    /**
     * SAE tags on the job (TagResources), key → value. Keys 1–128 characters, not starting with `aliyun` or `acs:` (SAE's own) nor `saejob-` (saejob's: `saejob-set` marks ownership); values 1–128 characters; keys hold no `http://` or `https://` (the SDK text). The label `saejob-protected: "true"` makes saejob refuse to delete or replace the job.
     */
    labels?: {
        [k: string]: string;
    };
}
/**
 * What the job runs, when, and how.
 */
export interface JobSpec {
    /**
     * Number of instances each run starts (CreateJob `Replicas`).
     */
    replicas: number;
    trigger?: Trigger;
    /**
     * What happens when a run is due while the previous one still runs (CreateJob `ConcurrencyPolicy`): `Allow` runs both, `Forbid` skips the new run, `Replace` stops the old run.
     */
    concurrencyPolicy?: 'Allow' | 'Forbid' | 'Replace';
    /**
     * Run timeout in seconds (CreateJob `Timeout`).
     */
    timeoutSeconds?: number;
    /**
     * How many times a failed run is retried (CreateJob `BackoffLimit`).
     */
    backoffLimit?: number;
    /**
     * Job sharding: one shard value per instance (CreateJob `Slice=true` and `SliceEnvs`, sent as the JSON list written here).
     *
     * @minItems 1
     */
    shards?: [string | number, ...(string | number)[]];
    /**
     * ID of a job template this one references (CreateJob `RefAppId`).
     */
    refAppId?: string;
    /**
     * Pause the schedule. Not a CreateJob parameter: apply calls SuspendJob when the live state differs.
     */
    suspend?: boolean;
    network?: Network;
    template: PodTemplate;
}
/**
 * When the job runs (CreateJob `TriggerConfig`): a cron `schedule`, or an `http` trigger. Set exactly one.
 */
export interface Trigger {
    /**
     * Cron expression, 5 fields: minute hour day-of-month month day-of-week, e.g. `0 1 * /1 * ?`. `?` only in day-of-month or day-of-week.
     */
    schedule?: string;
    /**
     * Time zone of `schedule`, in `GMT+H:MM` / `GMT-H:MM` form. Default `GMT+8:00`.
     */
    timezone?: string;
    http?: HttpTrigger;
}
/**
 * An HTTP trigger: the job runs when its webhook URL is called.
 */
export interface HttpTrigger {
    /**
     * Protocols accepted. Default `HTTPS`.
     */
    type?: 'HTTP' | 'HTTPS' | 'HTTP&HTTPS';
    /**
     * HTTP methods accepted. Default `[GET]`.
     *
     * @minItems 1
     */
    methods?: [
        'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH',
        ...('GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH')[]
    ];
    /**
     * Client IPs or CIDRs allowed when `securityConfig` is `ip`. Default `[]`.
     */
    ip?: string[];
    /**
     * Referers allowed when `securityConfig` is `referer`. Default `[]`.
     */
    referer?: string[];
    /**
     * Access control: `none`, `ip` or `referer`. Default `none`.
     */
    securityConfig?: 'none' | 'ip' | 'referer';
}
/**
 * Where instances run. Every field is create-only. Omit to use the namespace's VPC.
 */
export interface Network {
    /**
     * Let SAE configure the network (CreateJob `AutoConfig`). `true` may not be combined with vpcId / vSwitchId / securityGroupId.
     */
    autoConfig?: boolean;
    /**
     * VPC ID (CreateJob `VpcId`).
     */
    vpcId?: string;
    /**
     * vSwitch ID in that VPC (CreateJob `VSwitchId`).
     */
    vSwitchId?: string;
    /**
     * Security group ID (CreateJob `SecurityGroupId`).
     */
    securityGroupId?: string;
}
/**
 * What each instance runs: an `image` or a `package`, resources, command, environment, volumes and logs.
 */
export interface PodTemplate {
    image?: Image;
    package?: Package;
    runtime?: Runtime;
    jar?: JarOptions;
    war?: WarOptions;
    tomcat?: Tomcat;
    php?: PhpOptions;
    resources: Resources;
    /**
     * Start command (CreateJob `Command` = first item, `CommandArgs` = the rest followed by `args`).
     *
     * @minItems 1
     */
    command?: [string, ...string[]];
    /**
     * Arguments appended to `command` (into CommandArgs). Needs `command`.
     */
    args?: string[];
    /**
     * Environment variables (CreateJob `Envs`). Names unique.
     */
    env?: EnvVar[];
    /**
     * Every key of a ConfigMap as environment variables (CreateJob `Envs`, `sae-sys-configmap-all-<name>`).
     */
    envFrom?: EnvFromSource[];
    /**
     * Extra /etc/hosts entries (CreateJob `CustomHostAlias`).
     */
    hostAliases?: HostAlias[];
    lifecycle?: Lifecycle;
    /**
     * Seconds allowed for a graceful stop (CreateJob `TerminationGracePeriodSeconds`), 1–300. SAE's default is 30.
     */
    terminationGracePeriodSeconds?: number;
    /**
     * IANA time zone of the container (CreateJob `Timezone`), e.g. `Asia/Shanghai` (SAE's default).
     */
    timezone?: string;
    volumes?: Volumes;
    logs?: Logs;
}
/**
 * Run a container image (CreateJob `PackageType=Image`).
 */
export interface Image {
    /**
     * Image reference (CreateJob `ImageUrl`), e.g. `registry.cn-beijing.aliyuncs.com/acme/report:1.4.2`.
     */
    url: string;
    /**
     * Container Registry Enterprise Edition instance holding the image (CreateJob `AcrInstanceId`, form body), e.g. `cri-xxxxxx`.
     */
    acrInstanceId?: string;
    /**
     * RAM role ARN for pulling across accounts (CreateJob `AcrAssumeRoleArn`).
     */
    acrAssumeRoleArn?: string;
    /**
     * ID of the SAE Secret holding registry credentials (CreateJob `ImagePullSecrets`).
     */
    pullSecretId?: string | number;
    /**
     * Image acceleration (`EnableImageAccl`, form body). Listed in SAE's SDK metadata for CreateJob but not on the CreateJob page: leave unset unless you know your region supports it.
     */
    acceleration?: boolean;
    /**
     * Name of the SAE Secret holding registry credentials, resolved to its ID at plan (ListSecrets); instead of `pullSecretId`.
     */
    pullSecretName?: string;
}
/**
 * Run a code package instead of an image (CreateJob `PackageType`, `PackageUrl`, `PackageVersion`).
 */
export interface Package {
    /**
     * Package type (CreateJob `PackageType`). Create-only. For the `IMAGE_PHP_*` types, `url` is the image and is sent as `ImageUrl`.
     */
    type: 'FatJar' | 'War' | 'PythonZip' | 'PhpZip' | 'IMAGE_PHP_5_4' | 'IMAGE_PHP_5_4_ALPINE' | 'IMAGE_PHP_5_5' | 'IMAGE_PHP_5_5_ALPINE' | 'IMAGE_PHP_5_6' | 'IMAGE_PHP_5_6_ALPINE' | 'IMAGE_PHP_7_0' | 'IMAGE_PHP_7_0_ALPINE' | 'IMAGE_PHP_7_1' | 'IMAGE_PHP_7_1_ALPINE' | 'IMAGE_PHP_7_2' | 'IMAGE_PHP_7_2_ALPINE' | 'IMAGE_PHP_7_3' | 'IMAGE_PHP_7_3_ALPINE';
    /**
     * Where the package is (CreateJob `PackageUrl`), e.g. an OSS URL. Required for FatJar, War and PythonZip.
     */
    url?: string;
    /**
     * Package version (CreateJob `PackageVersion`). Required for FatJar, War and PythonZip.
     */
    version?: string | number;
    /**
     * Container Registry Enterprise Edition instance holding the image (CreateJob `AcrInstanceId`, form body), e.g. `cri-xxxxxx`. For the IMAGE_PHP_* package types only (their `url` is an image).
     */
    acrInstanceId?: string;
    /**
     * RAM role ARN for pulling across accounts (CreateJob `AcrAssumeRoleArn`). For the IMAGE_PHP_* package types only (their `url` is an image).
     */
    acrAssumeRoleArn?: string;
    /**
     * ID of the SAE Secret holding registry credentials (CreateJob `ImagePullSecrets`). For the IMAGE_PHP_* package types only (their `url` is an image).
     */
    pullSecretId?: string | number;
    /**
     * Name of the SAE Secret holding registry credentials, resolved to its ID at plan (ListSecrets); instead of `pullSecretId`. For the IMAGE_PHP_* package types only (their `url` is an image).
     */
    pullSecretName?: string;
    /**
     * Image acceleration (`EnableImageAccl`, form body). Listed in SAE's SDK metadata for CreateJob but not on the CreateJob page: leave unset unless you know your region supports it. For the IMAGE_PHP_* package types only (their `url` is an image).
     */
    acceleration?: boolean;
}
/**
 * Language runtime for packages.
 */
export interface Runtime {
    /**
     * Programming language (CreateJob `ProgrammingLanguage`).
     */
    language?: 'java' | 'php' | 'python' | 'shell';
    /**
     * JDK (CreateJob `Jdk`). Required for FatJar and War.
     */
    jdk?: 'Open JDK 8' | 'Open JDK 7' | 'Dragonwell 11' | 'Dragonwell 8' | 'openjdk-8u191-jdk-alpine3.9' | 'openjdk-7u201-jdk-alpine3.9';
    /**
     * Tomcat version (CreateJob `WebContainer`). Required for War.
     */
    webContainer?: 'apache-tomcat-7.0.91' | 'apache-tomcat-8.5.42';
    /**
     * HSF container version (CreateJob `EdasContainerVersion`), e.g. `3.5.3`.
     */
    edasContainerVersion?: string;
    /**
     * Python environment (CreateJob `Python`), e.g. `PYTHON 3.9.15`.
     */
    python?: string;
    /**
     * Extra Python requirements (CreateJob `PythonModules`): a string, or a list of requirement lines joined with newlines.
     */
    pythonModules?: string | string[];
}
/**
 * Start options of a FatJar: `java $startOptions -jar app.jar $startArgs`.
 */
export interface JarOptions {
    /**
     * JVM options (CreateJob `JarStartOptions`), e.g. `-Xms1G -Xmx1G`.
     */
    startOptions?: string;
    /**
     * Program arguments (CreateJob `JarStartArgs`).
     */
    startArgs?: string;
}
/**
 * Start options of a War.
 */
export interface WarOptions {
    /**
     * Tomcat start command (CreateJob `WarStartOptions`).
     */
    startOptions?: string;
}
/**
 * Tomcat settings for a War (CreateJob `TomcatConfig`).
 */
export interface Tomcat {
    /**
     * HTTP port, 1025–65535. SAE's default is 8080.
     */
    port?: number;
    /**
     * Context path. Default `/`.
     */
    contextPath?: string;
    /**
     * Connection pool size. Default 400.
     */
    maxThreads?: number;
    /**
     * URI encoding. Default `ISO-8859-1`.
     */
    uriEncoding?: 'UTF-8' | 'ISO-8859-1' | 'GBK' | 'GB2312';
    /**
     * Use the body's encoding for query parameters. Default true.
     */
    useBodyEncodingForUri?: boolean;
}
/**
 * PHP configuration file.
 */
export interface PhpOptions {
    /**
     * Content of the PHP configuration file (CreateJob `PhpConfig`, sent in the form body).
     */
    config?: string;
    /**
     * Where that file is mounted (CreateJob `PhpConfigLocation`), e.g. `/usr/local/etc/php/php.ini`.
     */
    configLocation?: string;
}
/**
 * CPU and memory of each instance. The pair must be one SAE supports (see the README's table). cpu and memory are create-only.
 */
export interface Resources {
    /**
     * CPU (CreateJob `Cpu`, millicores): an integer of millicores (`1000`), or a quantity: `"500m"`, `"1"`, `"0.5"` cores.
     */
    cpu: number | string;
    /**
     * Memory (CreateJob `Memory`, MB): an integer of MB (`2048`), or a quantity: `"2048Mi"`, `"2Gi"`.
     */
    memory: number | string;
    /**
     * Best-effort instance type (CreateJob/UpdateJob `BestEffortType`, 2025). SAE does not document its values: the text is sent as written. Unlike cpu and memory, it can be changed in place.
     */
    bestEffortType?: string;
}
/**
 * One environment variable: a `value`, or `valueFrom` a ConfigMap key.
 */
export interface EnvVar {
    /**
     * Variable name.
     */
    name: string;
    /**
     * Value. Numbers and booleans are sent as strings, as written: a number YAML would write differently (`1.50`, `0123`, `1e3`) must be quoted.
     */
    value?: string | number | boolean;
    /**
     * Whether the value is a secret, when its name says otherwise: `secret: true` masks it in every output (a `DSN` holding a password); `secret: false` shows an entry whose name only looks secret (`AUTH_MODE`). A value taken from a secret-named variable (`${env:DB_PASSWORD}`) stays masked either way.
     */
    secret?: boolean;
    valueFrom?: EnvVarSource;
}
/**
 * Take the value from a ConfigMap key.
 */
export interface EnvVarSource {
    configMapKeyRef: ConfigMapKeyRef;
}
/**
 * A key of an SAE ConfigMap, by `name` (resolved at plan) or `configMapId`.
 */
export interface ConfigMapKeyRef {
    configMapId?: ConfigMapId;
    /**
     * Key in the ConfigMap.
     */
    key: string;
    /**
     * SAE ConfigMap name (Kubernetes' spelling, as in `envFrom[].configMapRef.name`), resolved to its ID in the job's namespace when plan and apply run (one ListNamespacedConfigMaps a namespace): portable across namespaces and accounts, where IDs are not.
     */
    name?: string;
    /**
     * The old spelling of `name` (still read; a warning says to write `name`).
     */
    configMapName?: string;
}
/**
 * Every key of one ConfigMap as environment variables.
 */
export interface EnvFromSource {
    configMapRef: ConfigMapRef;
}
/**
 * The ConfigMap by name; `configMapId` may be given too (else it is resolved from the name at plan).
 */
export interface ConfigMapRef {
    configMapId?: ConfigMapId;
    /**
     * ConfigMap name.
     */
    name: string;
}
/**
 * Host names that resolve to one IP inside the container.
 */
export interface HostAlias {
    /**
     * IPv4 or IPv6 address.
     */
    ip: string;
    /**
     * DNS names that resolve to `ip`.
     *
     * @minItems 1
     */
    hostnames: [string, ...string[]];
}
/**
 * Hooks run after start and before stop.
 */
export interface Lifecycle {
    postStart?: ExecAction;
    preStop?: ExecAction1;
}
/**
 * Run right after the container starts (CreateJob `PostStart`).
 */
export interface ExecAction {
    exec: ExecCommand;
}
/**
 * The command to run.
 */
export interface ExecCommand {
    /**
     * Command and arguments, e.g. `[sh, -c, "echo hello"]`.
     *
     * @minItems 1
     */
    command: [string, ...string[]];
}
/**
 * Run before the container stops (CreateJob `PreStop`).
 */
export interface ExecAction1 {
    exec: ExecCommand;
}
/**
 * Storage mounted into the container. No two mounts may share a mountPath.
 */
export interface Volumes {
    /**
     * ConfigMap keys mounted as files (CreateJob `ConfigMapMountDesc`, form body).
     */
    configMaps?: ConfigMapMount[];
    nas?: NasVolume;
    /**
     * NAS file systems mounted into the container, one entry a mount (CreateJob `NasConfigs`, 2025): several file systems, each mount read-only or not. Use either this or `nas`, not both.
     *
     * @minItems 1
     */
    nasMounts?: [NasConfigMount, ...NasConfigMount[]];
    oss?: OssVolume;
}
/**
 * One ConfigMap key mounted as a file, the ConfigMap by `name` (resolved at plan) or `configMapId`. `key: sae-sys-configmap-all` mounts every key.
 */
export interface ConfigMapMount {
    configMapId?: ConfigMapId;
    /**
     * Key to mount, or `sae-sys-configmap-all` for all keys.
     */
    key: string;
    mountPath: MountPath;
    /**
     * SAE ConfigMap name (Kubernetes' spelling, as in `envFrom[].configMapRef.name`), resolved to its ID in the job's namespace when plan and apply run (one ListNamespacedConfigMaps a namespace): portable across namespaces and accounts, where IDs are not.
     */
    name?: string;
    /**
     * The old spelling of `name` (still read; a warning says to write `name`).
     */
    configMapName?: string;
}
/**
 * An Apsara File Storage NAS file system (CreateJob `NasId`, `MountHost`, `MountDesc`).
 */
export interface NasVolume {
    /**
     * NAS file system ID (CreateJob `NasId`).
     */
    id: string;
    /**
     * Mount target in the job's VPC (CreateJob `MountHost`).
     */
    mountHost: string;
    /**
     * Directories of the file system mounted into the container (CreateJob `MountDesc`).
     *
     * @minItems 1
     */
    mounts: [NasMount, ...NasMount[]];
}
/**
 * One NAS directory mounted at one path.
 */
export interface NasMount {
    mountPath: MountPath;
    /**
     * Directory in the file system, e.g. `/`.
     */
    nasPath: string;
}
/**
 * One directory of a NAS file system mounted at one path.
 */
export interface NasConfigMount {
    /**
     * NAS file system ID (`nasId`).
     */
    id: string;
    /**
     * Mount target in the job's VPC (`mountDomain`).
     */
    mountHost: string;
    /**
     * Directory in the file system, e.g. `/`.
     */
    nasPath: string;
    mountPath: MountPath;
    /**
     * Mount read-only (default false).
     */
    readOnly?: boolean;
}
/**
 * OSS buckets mounted into the container (CreateJob `OssAkId`, `OssAkSecret`, `OssMountDescs`, all form body).
 */
export interface OssVolume {
    /**
     * AccessKey ID for the buckets (CreateJob `OssAkId`). Usually `${env:OSS_AK_ID}`.
     */
    accessKeyId: string;
    /**
     * AccessKey secret (CreateJob `OssAkSecret`). Must be an `${env:NAME}` reference: a literal secret in a committed file is an error.
     */
    accessKeySecret: string;
    /**
     * Buckets and paths mounted.
     *
     * @minItems 1
     */
    mounts: [OssMount, ...OssMount[]];
}
/**
 * One bucket path mounted at one container path.
 */
export interface OssMount {
    /**
     * Bucket name.
     */
    bucket: string;
    /**
     * Directory or object in the bucket.
     */
    bucketPath: string;
    mountPath: MountPath;
    /**
     * Mount read-only. Default false.
     */
    readOnly?: boolean;
}
/**
 * Log collection.
 */
export interface Logs {
    /**
     * Simple Log Service collection (CreateJob `SlsConfigs`). At most one `stdout` entry.
     *
     * @minItems 1
     */
    sls?: [SlsLog, ...SlsLog[]];
}
/**
 * One log source: `stdout: true` or a file `path`. Omit project/logstore to let SAE create them.
 */
export interface SlsLog {
    /**
     * Collect the container's standard output.
     */
    stdout?: true;
    /**
     * Log file or directory to collect (`logDir`).
     */
    path?: string;
    /**
     * Your own SLS project (`projectName`). Needs `logstore`; may not start with `sae-`.
     */
    project?: string;
    /**
     * Your own Logstore (`logstoreName`). Needs `project`; may not start with `sae-`.
     */
    logstore?: string;
    /**
     * Logtail configuration name (`logtailName`); a new one is made when omitted.
     */
    logtail?: string;
}
