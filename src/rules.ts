// The rules a schema cannot say (manifest.md §3 and the mapping table). Each
// runs on the parsed value of a manifest, which may also have schema errors,
// so every rule checks the shapes it reads and stays silent on what the
// schema already reports (no cascading noise).
import { quoteValue, type FieldPath, type Severity } from './diagnostics.js';
import { checkCron } from './cron.js';
import { badEnvRefs, isWholeEnvRef, SECRET_NAME } from './envref.js';
import { cpuMillicores, isSupportedSpec, memoriesForCpu, memoryMegabytes, INSTANCE_SPECS } from './quantity.js';
import { namespaceRegion, resolveRegion } from './region.js';
import { TIME_ZONES } from './generated/time-zones.js';

export interface RuleFinding {
  /** Where the problem is in the source. */
  path: FieldPath;
  /** The field it concerns, when that is not `path` (a missing field lives at its parent). */
  field?: FieldPath;
  message: string;
  rule: string;
  saeCode?: string;
  /** Point at the key rather than the value. */
  target?: 'key' | 'value';
  severity?: Severity;
}

export interface RuleInfo {
  id: string;
  saeCode?: string;
  summary: string;
}

/** Every rule, for documentation and the test that each one has a broken example. */
export const RULES: readonly RuleInfo[] = [
  { id: 'cpu-memory', saeCode: 'InvalidInstanceSpecification.Unsupported', summary: '(cpu, memory) is a pair SAE sells' },
  { id: 'package-jdk', saeCode: 'JarApplication.MissingJdk', summary: 'FatJar and War need runtime.jdk' },
  { id: 'package-web-container', saeCode: 'WarApplication.MissingJdkWebcontainer', summary: 'War needs runtime.webContainer' },
  { id: 'package-url-version', saeCode: 'InvalidParameter.NotEmpty', summary: 'FatJar, War and PythonZip need package.url and package.version; PhpZip and IMAGE_PHP_* need package.url' },
  { id: 'unused-setting', summary: 'a setting that the package type ignores (warning)' },
  { id: 'sls-single-stdout', saeCode: 'LogService.LogDirInvalid', summary: 'at most one stdout log' },
  { id: 'sls-project-logstore', saeCode: 'Sls.Config.User.Defined.Missing.Logstore.Info', summary: 'a custom project needs a logstore and vice versa' },
  { id: 'sls-single-project', saeCode: 'Sls.Config.Mixed.Multi.Project', summary: 'all custom log entries name one project' },
  { id: 'sls-reserved-prefix', saeCode: 'Sls.Project.Name.Invalid', summary: 'project and logstore names may not start with sae-' },
  { id: 'mount-conflict', saeCode: 'MountConflict.ConfigMap', summary: 'no two volumes share a mountPath' },
  { id: 'nas-one-form', summary: 'volumes.nas and volumes.nasMounts are not used together' },
  { id: 'log-path-in-volume', saeCode: 'VolumnPath.Conflict', summary: 'no log path lies inside a volume mountPath' },
  { id: 'secret-literal', summary: 'volumes.oss.accessKeySecret is an ${env:NAME} reference, never a literal' },
  { id: 'env-secret-literal', summary: 'an env entry whose name looks secret takes its value from ${env:NAME} (warning)' },
  { id: 'env-ref-syntax', summary: 'every ${ is a well-formed ${env:NAME} reference or the $${ escape' },
  { id: 'region-unknown', summary: 'the region can be told: metadata.region, a namespace region:name, --region or ALIBABA_CLOUD_REGION_ID' },
  { id: 'unique-identity', summary: '(region, namespace, name) is unique across the manifests given' },
  { id: 'cron', saeCode: 'InvalidParameter.WithMessage', summary: 'trigger.schedule is a valid 5-field cron expression' },
  { id: 'trigger-timezone', summary: 'trigger.timezone goes with schedule, not http' },
  { id: 'args-without-command', summary: 'args needs command' },
  { id: 'exact-value', summary: 'a number or boolean YAML would write differently (`1.10`, `0x1F`, `True`) in a field sent as text is quoted' },
  { id: 'env-unique', summary: 'environment variable names are unique' },
  { id: 'host-alias-ip', saeCode: 'InvalidHostnameIp.Invalid', summary: 'hostAliases[].ip is an IPv4 or IPv6 address' },
  { id: 'timezone', summary: 'template.timezone is an IANA time zone' },
  { id: 'network-auto-config', summary: 'network.autoConfig: true is not combined with vpcId, vSwitchId, securityGroupId' },
  { id: 'namespace-region', saeCode: 'InvalidNamespaceId.NotFound', summary: 'the namespace belongs to metadata.region' },
  { id: 'region-mismatch', summary: '--region does not contradict the manifest' },
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const SCRIPT_PACKAGES = new Set(['FatJar', 'War', 'PythonZip']);

/** `mayHoldReferences: false` (no `${` in the file) skips looking for malformed references. */
export function checkManifestRules(manifest: unknown, hints: { mayHoldReferences?: boolean | undefined } = {}): RuleFinding[] {
  const out: RuleFinding[] = [];
  const m = asObj(manifest);
  const metadata = asObj(m.metadata);
  const spec = asObj(m.spec);
  const t = asObj(spec.template);
  const T = ['spec', 'template'] as const;

  // Resources.
  const res = asObj(t.resources);
  const cpu = cpuMillicores(res.cpu);
  const mem = memoryMegabytes(res.memory);
  if (cpu !== undefined && mem !== undefined && !isSupportedSpec(cpu, mem)) {
    const fits = memoriesForCpu(cpu);
    const hint = fits.length
      ? `with cpu ${cpu} use memory ${fits.join(', ')}`
      : typeof res.cpu === 'number' && res.cpu < 100
        ? `a plain number is millicores: for ${res.cpu} core${res.cpu === 1 ? '' : 's'} write cpu: "${res.cpu}" or ${res.cpu * 1000}`
        : `cpu must be one of ${[...new Set([...INSTANCE_SPECS.values()].flat())].sort((a, b) => a - b).join(', ')} millicores`;
    out.push({ path: [...T, 'resources', 'memory'], rule: 'cpu-memory', saeCode: 'InvalidInstanceSpecification.Unsupported', message: `cpu ${cpu} millicores with memory ${mem} MB is not an instance size SAE supports: ${hint}` });
  }

  // Package requirements.
  const pkg = asObj(t.package);
  const type = str(pkg.type);
  const runtime = asObj(t.runtime);
  if (type === 'FatJar' || type === 'War') {
    if (runtime.jdk === undefined) {
      out.push({ path: [...T, 'package', 'type'], rule: 'package-jdk', saeCode: type === 'War' ? 'WarApplication.MissingJdkWebcontainer' : 'JarApplication.MissingJdk', message: `a ${type} package needs spec.template.runtime.jdk (e.g. "Open JDK 8" or "Dragonwell 11")` });
    }
    if (type === 'War' && runtime.webContainer === undefined) {
      out.push({ path: [...T, 'package', 'type'], rule: 'package-web-container', saeCode: 'WarApplication.MissingJdkWebcontainer', message: 'a War package needs spec.template.runtime.webContainer (apache-tomcat-7.0.91 or apache-tomcat-8.5.42)' });
    }
  }
  if (type !== undefined) {
    const needVersion = SCRIPT_PACKAGES.has(type);
    for (const field of needVersion ? ['url', 'version'] : ['url']) {
      if (pkg[field] === undefined) {
        out.push({ path: [...T, 'package'], rule: 'package-url-version', saeCode: 'InvalidParameter.NotEmpty', message: `a ${type} package needs package.${field}${type.startsWith('IMAGE_PHP') ? ' (the image to run)' : ''}` });
      }
    }
  }
  const unused = (path: FieldPath, why: string) => out.push({ path, rule: 'unused-setting', severity: 'warning', target: 'key', message: `${path.at(-1)} is ignored ${why}; remove it` });
  if (t.image !== undefined) {
    for (const k of ['jdk', 'webContainer', 'edasContainerVersion'] as const) if (runtime[k] !== undefined) unused([...T, 'runtime', k], 'for an image (the image brings its own runtime)');
  }
  if (t.jar !== undefined && type !== 'FatJar') unused([...T, 'jar'], 'unless package.type is FatJar');
  if ((t.war !== undefined || t.tomcat !== undefined) && type !== 'War') unused([...T, t.war !== undefined ? 'war' : 'tomcat'], 'unless package.type is War');

  // Trigger.
  const trigger = asObj(spec.trigger);
  const schedule = str(trigger.schedule);
  if (schedule !== undefined) {
    const problem = checkCron(schedule);
    if (problem) out.push({ path: ['spec', 'trigger', 'schedule'], rule: 'cron', saeCode: 'InvalidParameter.WithMessage', message: `cron expression ${quoteValue(schedule)}: ${problem}` });
  }
  if (trigger.http !== undefined && trigger.timezone !== undefined && schedule === undefined) {
    out.push({ path: ['spec', 'trigger', 'timezone'], target: 'key', rule: 'trigger-timezone', message: 'timezone applies to a schedule; an http trigger has none: remove it' });
  }

  // Command.
  if (t.args !== undefined && t.command === undefined) {
    out.push({ path: [...T, 'args'], target: 'key', rule: 'args-without-command', message: 'args needs command: SAE sends args after command[0] (set spec.template.command)' });
  }

  // Environment.
  const seen = new Map<string, number>();
  asArr(t.env).forEach((e, i) => {
    const name = str(asObj(e).name);
    if (name === undefined) return;
    if (seen.has(name)) out.push({ path: [...T, 'env', i, 'name'], rule: 'env-unique', message: `environment variable ${name} is already set by env[${seen.get(name)}]: keep one` });
    else seen.set(name, i);
  });

  asArr(t.hostAliases).forEach((h, i) => {
    const ip = str(asObj(h).ip);
    if (ip !== undefined && !isIpAddress(ip)) out.push({ path: [...T, 'hostAliases', i, 'ip'], rule: 'host-alias-ip', saeCode: 'InvalidHostnameIp.Invalid', message: `${quoteValue(ip)} is not an IPv4 or IPv6 address` });
  });

  const tz = str(t.timezone);
  if (tz !== undefined && !isTimeZone(tz)) out.push({ path: [...T, 'timezone'], rule: 'timezone', message: `${quoteValue(tz)} is not an IANA time zone; use a name such as Asia/Shanghai or UTC` });

  // Network.
  const net = asObj(spec.network);
  if (net.autoConfig === true) {
    for (const k of ['vpcId', 'vSwitchId', 'securityGroupId']) {
      if (net[k] !== undefined) out.push({ path: ['spec', 'network', k], target: 'key', rule: 'network-auto-config', message: `autoConfig: true lets SAE choose the network, so ${k} would be ignored: remove ${k} or autoConfig` });
    }
  }

  // Volumes and logs.
  const volumes = asObj(t.volumes);
  const mounts: { path: FieldPath; mountPath: string }[] = [];
  const addMount = (path: FieldPath, v: unknown) => {
    const mp = str(asObj(v).mountPath);
    if (mp !== undefined && mp.startsWith('/')) mounts.push({ path: [...path, 'mountPath'], mountPath: normalisePath(mp) });
  };
  asArr(volumes.configMaps).forEach((v, i) => addMount([...T, 'volumes', 'configMaps', i], v));
  asArr(asObj(volumes.nas).mounts).forEach((v, i) => addMount([...T, 'volumes', 'nas', 'mounts', i], v));
  asArr(asObj(volumes.oss).mounts).forEach((v, i) => addMount([...T, 'volumes', 'oss', 'mounts', i], v));
  asArr(volumes.nasMounts).forEach((v, i) => addMount([...T, 'volumes', 'nasMounts', i], v));
  if (volumes.nas !== undefined && volumes.nasMounts !== undefined) {
    out.push({ path: [...T, 'volumes', 'nasMounts'], target: 'key', rule: 'nas-one-form', message: 'nas (NasId, MountHost, MountDesc) and nasMounts (NasConfigs) are two ways to mount NAS: move the nas mounts into nasMounts' });
  }
  mounts.forEach((mnt, i) => {
    const first = mounts.findIndex((o) => o.mountPath === mnt.mountPath);
    if (first < i) out.push({ path: mnt.path, rule: 'mount-conflict', saeCode: 'MountConflict.ConfigMap', message: `mountPath ${mnt.mountPath} is already used by ${pathText(mounts[first]!.path)}: give each volume its own path` });
  });

  const oss = asObj(volumes.oss);
  const secret = str(oss.accessKeySecret);
  if (secret !== undefined && !isWholeEnvRef(secret)) {
    out.push({ path: [...T, 'volumes', 'oss', 'accessKeySecret'], rule: 'secret-literal', message: 'accessKeySecret must not be written in the manifest: use a reference such as ${env:OSS_AK_SECRET} and set that variable where saejob runs' });
  }

  asArr(t.env).forEach((entry, i) => {
    const e = asObj(entry);
    const name = str(e.name);
    if (name !== undefined && SECRET_NAME.test(name) && e.value !== undefined && !(typeof e.value === 'string' && e.value.includes('${env:'))) {
      out.push({ path: [...T, 'env', i, 'value'], rule: 'env-secret-literal', severity: 'warning', message: `${name} looks like a secret, but its value is written in the file (and committed): use \${env:${name}} and set ${name} where saejob runs` });
    }
  });
  // Paths are made only when some string holds a `${` at all.
  if (hints.mayHoldReferences !== false) {
    walkStrings(m, [], (value, path) => {
      for (const problem of badEnvRefs(value)) out.push({ path, rule: 'env-ref-syntax', message: problem });
    });
  }

  const sls = asArr(asObj(t.logs).sls);
  let stdoutAt: number | undefined;
  let project: { name: string; i: number } | undefined;
  sls.forEach((entry, i) => {
    const e = asObj(entry);
    const P = [...T, 'logs', 'sls', i];
    if (e.stdout === true) {
      if (stdoutAt !== undefined) out.push({ path: [...P, 'stdout'], target: 'key', rule: 'sls-single-stdout', saeCode: 'LogService.LogDirInvalid', message: `only one log entry may collect stdout; sls[${stdoutAt}] already does` });
      else stdoutAt = i;
    }
    const proj = str(e.project);
    const store = str(e.logstore);
    if (proj !== undefined && store === undefined) out.push({ path: [...P, 'project'], target: 'key', rule: 'sls-project-logstore', saeCode: 'Sls.Config.User.Defined.Missing.Logstore.Info', message: 'a custom project needs a logstore too: add logstore' });
    if (store !== undefined && proj === undefined) out.push({ path: [...P, 'logstore'], target: 'key', rule: 'sls-project-logstore', saeCode: 'Sls.Config.User.Defined.Missing.Project.Info', message: 'a custom logstore needs its project too: add project' });
    if (proj !== undefined) {
      if (project && project.name !== proj) out.push({ path: [...P, 'project'], rule: 'sls-single-project', saeCode: 'Sls.Config.Mixed.Multi.Project', message: `all log entries must use one project; sls[${project.i}] uses ${project.name}` });
      project ??= { name: proj, i };
      if (proj.startsWith('sae-')) out.push({ path: [...P, 'project'], rule: 'sls-reserved-prefix', saeCode: 'Sls.Project.Name.Invalid', message: 'project names starting with "sae-" are reserved for SAE; rename the project' });
    }
    if (store?.startsWith('sae-')) out.push({ path: [...P, 'logstore'], rule: 'sls-reserved-prefix', saeCode: 'Sls.Logstore.Name.Invalid', message: 'logstore names starting with "sae-" are reserved for SAE; rename the logstore' });
    const logPath = str(e.path);
    if (logPath !== undefined && logPath.startsWith('/')) {
      const p = normalisePath(logPath);
      const hit = mounts.find((mnt) => p === mnt.mountPath || p.startsWith(mnt.mountPath === '/' ? '/' : mnt.mountPath + '/'));
      if (hit) out.push({ path: [...P, 'path'], rule: 'log-path-in-volume', saeCode: 'VolumnPath.Conflict', message: `log path ${logPath} lies inside the volume mounted at ${hit.mountPath} (${pathText(hit.path)}): collect logs from a path outside volumes` });
    }
  });

  // Region.
  const region = str(metadata.region);
  const nsRegion = namespaceRegion(str(metadata.namespace));
  if (region !== undefined && nsRegion !== undefined && region !== nsRegion) {
    out.push({ path: ['metadata', 'namespace'], rule: 'namespace-region', saeCode: 'InvalidNamespaceId.NotFound', message: `namespace ${String(metadata.namespace)} belongs to region ${nsRegion}, but metadata.region is ${region}` });
  }
  return out;
}

/** Every string of a value, with its path (bounded by the value's own size). */
function walkStrings(v: unknown, path: FieldPath, visit: (value: string, path: FieldPath) => void): void {
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], visit));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], visit);
}

/** The region must be known offline, as compile and plan need it. */
export function checkRegionKnown(manifest: unknown, options: { region?: string | undefined; envRegion?: string | undefined }): RuleFinding[] {
  const md = asObj(asObj(manifest).metadata);
  const namespace = str(md.namespace);
  if (namespace === undefined || !/^[a-z]/.test(namespace)) return [];
  if (resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion })) return [];
  return [{ path: ['metadata', 'namespace'], rule: 'region-unknown', message: `cannot tell the region of namespace ${namespace}: write it as <region>:${namespace} (e.g. cn-beijing:${namespace}), or set metadata.region` }];
}

/** `--region` must not contradict a manifest's own region. */
export function checkRegionOption(manifest: unknown, region: string | undefined): RuleFinding[] {
  if (region === undefined) return [];
  const md = asObj(asObj(manifest).metadata);
  const own = str(md.region) ?? namespaceRegion(str(md.namespace));
  if (own === undefined || own === region) return [];
  return [{ path: ['metadata', md.region !== undefined ? 'region' : 'namespace'], rule: 'region-mismatch', message: `--region ${region} contradicts this manifest's region ${own}: drop --region or fix the manifest` }];
}

/** What makes a job one job: (region, namespace, name). */
export interface Identity {
  id: string;
  name: string;
  namespace: string;
  region: string;
}

export function identityOf(manifest: unknown, options: { region?: string | undefined; envRegion?: string | undefined }): Identity | undefined {
  const md = asObj(asObj(manifest).metadata);
  const name = str(md.name);
  const namespace = str(md.namespace);
  if (name === undefined || namespace === undefined) return undefined;
  const region = resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion }) ?? '';
  return { id: `${region}\u0000${namespace}\u0000${name}`, name, namespace, region };
}

/** `first` says where the job was defined first, e.g. `manifests/a.yaml:4:9`. */
export function duplicateIdentityFinding(identity: Identity, first: string): RuleFinding {
  const { name, namespace, region } = identity;
  return { path: ['metadata', 'name'], rule: 'unique-identity', message: `${first} already defines job ${name} in namespace ${namespace}${region ? ` (${region})` : ''}: names must be unique per namespace` };
}

function normalisePath(p: string): string {
  const trimmed = p.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function pathText(path: FieldPath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

export function isIpAddress(ip: string): boolean {
  if (IPV4.test(ip)) return true;
  if (!ip.includes(':') || /[^0-9a-fA-F:.]/.test(ip)) return false;
  try {
    // The WHATWG URL parser is a complete IPv6 parser that Node has already loaded.
    new URL(`http://[${ip}]/`);
    return true;
  } catch {
    return false;
  }
}

export function isTimeZone(tz: string): boolean {
  if (TIME_ZONES.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
