// The rules a schema cannot say (manifest.md §3 and the mapping table). Each
// runs on the parsed value of a manifest, which may also have schema errors,
// so every rule checks the shapes it reads and stays silent on what the
// schema already reports (no cascading noise).
import { quoteValue, type FieldPath, type Severity } from '../diagnostics.js';
import { checkCron } from './cron.js';
import { badEnvRefs, isSecretEntry, isWholeEnvRef } from '../envref.js';
import { cpuMillicores, isSupportedSpec, memoriesForCpu, memoryMegabytes, INSTANCE_SPECS } from '../quantity.js';
import { namespaceRegion, resolveRegion, SAE_REGIONS } from '../region.js';
import { nearest } from '../suggest.js';
import { TIME_ZONES } from '../../generated/time-zones.js';

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
  /** The SAE error code it prevents. */
  saeCode?: string;
  /** What it checks, for the rules table in docs/manifest.md (Markdown). */
  summary: string;
  /** What it prevents, when that is not (only) `saeCode`. */
  prevents?: string;
  /** Its findings are warnings. */
  severity?: 'warning';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const SCRIPT_PACKAGES = new Set(['FatJar', 'War', 'PythonZip']);
const T = ['spec', 'template'] as const;

interface Mount {
  path: FieldPath;
  mountPath: string;
}

/** What a rule reads: the manifest's sections (each `{}` when absent or of the wrong type) and the run's options. */
export class RuleContext {
  readonly metadata: Obj;
  readonly spec: Obj;
  readonly template: Obj;
  private mountList: Mount[] | undefined;
  constructor(
    readonly manifest: Obj,
    readonly options: {
      region?: string | undefined;
      envRegion?: string | undefined;
      mayHoldReferences?: boolean | undefined;
    },
  ) {
    this.metadata = asObj(manifest.metadata);
    this.spec = asObj(manifest.spec);
    this.template = asObj(this.spec.template);
  }

  /** The log entries (`logs.sls[]`), each with its path, for the SLS rules. */
  get sls(): { entry: Obj; at: FieldPath; i: number }[] {
    return asArr(asObj(this.template.logs).sls).map((entry, i) => ({
      entry: asObj(entry),
      at: [...T, 'logs', 'sls', i],
      i,
    }));
  }

  /** Every volume's mountPath, normalised (for mount-conflict and log-path-in-volume). */
  get mounts(): Mount[] {
    if (this.mountList) return this.mountList;
    const volumes = asObj(this.template.volumes);
    const mounts: Mount[] = [];
    const add = (path: FieldPath, v: unknown) => {
      const mp = str(asObj(v).mountPath);
      if (mp?.startsWith('/')) mounts.push({ path: [...path, 'mountPath'], mountPath: normalisePath(mp) });
    };
    asArr(volumes.configMaps).forEach((v, i) => add([...T, 'volumes', 'configMaps', i], v));
    asArr(asObj(volumes.nas).mounts).forEach((v, i) => add([...T, 'volumes', 'nas', 'mounts', i], v));
    asArr(asObj(volumes.oss).mounts).forEach((v, i) => add([...T, 'volumes', 'oss', 'mounts', i], v));
    asArr(volumes.nasMounts).forEach((v, i) => add([...T, 'volumes', 'nasMounts', i], v));
    return (this.mountList = mounts);
  }
}

/** A finding as a rule reports it: the rule's id is added, its SAE code unless the finding names another. */
type Report = (finding: Omit<RuleFinding, 'rule'>) => void;

/**
 * A rule the schema cannot say: what it checks, the SAE error it prevents,
 * and the check. A rule without a check looks across manifests
 * (unique-identity): the validator runs it.
 */
export interface Rule extends RuleInfo {
  check?: (ctx: RuleContext, report: Report) => void;
}

/** Every rule: docs/manifest.md's table and the broken-manifest corpus are checked against this list. */
export const RULES: readonly Rule[] = [
  {
    id: 'cpu-memory',
    saeCode: 'InvalidInstanceSpecification.Unsupported',
    summary: '(cpu, memory) is a size SAE sells (table below)',
    check({ template }, report) {
      const res = asObj(template.resources);
      const cpu = cpuMillicores(res.cpu);
      const mem = memoryMegabytes(res.memory);
      if (cpu === undefined || mem === undefined || isSupportedSpec(cpu, mem)) return;
      const fits = memoriesForCpu(cpu);
      const cpus = INSTANCE_SPECS.get(mem) ?? [];
      const what = `cpu ${cpu} millicores with memory ${mem} MB is not an instance size SAE supports`;
      // Point at the field that is more likely wrong: a value no size has; else, when either could
      // be, at resources (both lines), with the way out on each side.
      if (!fits.length) {
        const hint =
          typeof res.cpu === 'number' && res.cpu < 100
            ? `a plain number is millicores: for ${res.cpu} core${res.cpu === 1 ? '' : 's'} write cpu: "${res.cpu}" or ${res.cpu * 1000}`
            : `cpu must be one of ${[...new Set([...INSTANCE_SPECS.values()].flat())].sort((a, b) => a - b).join(', ')} millicores`;
        report({ path: [...T, 'resources', 'cpu'], message: `${what}: ${hint}` });
      } else if (!cpus.length) {
        report({
          path: [...T, 'resources', 'memory'],
          message: `${what}: memory must be one of ${[...INSTANCE_SPECS.keys()].join(', ')} MB; with cpu ${cpu} use memory ${fits.join(', ')}`,
        });
      } else {
        report({
          path: [...T, 'resources'],
          target: 'key',
          message: `${what}: with cpu ${cpu} use memory ${fits.join(', ')}, or with memory ${mem} use cpu ${cpus.join(', ')}`,
        });
      }
    },
  },
  {
    id: 'package-jdk',
    saeCode: 'JarApplication.MissingJdk',
    summary: 'FatJar and War set `runtime.jdk`',
    check({ template }, report) {
      const type = str(asObj(template.package).type);
      if ((type === 'FatJar' || type === 'War') && asObj(template.runtime).jdk === undefined) {
        report({
          path: [...T, 'package', 'type'],
          saeCode: type === 'War' ? 'WarApplication.MissingJdkWebcontainer' : 'JarApplication.MissingJdk',
          message: `a ${type} package needs spec.template.runtime.jdk (e.g. "Open JDK 8" or "Dragonwell 11")`,
        });
      }
    },
  },
  {
    id: 'package-web-container',
    saeCode: 'WarApplication.MissingJdkWebcontainer',
    summary: 'War sets `runtime.webContainer`',
    check({ template }, report) {
      if (str(asObj(template.package).type) === 'War' && asObj(template.runtime).webContainer === undefined) {
        report({
          path: [...T, 'package', 'type'],
          message:
            'a War package needs spec.template.runtime.webContainer (apache-tomcat-7.0.91 or apache-tomcat-8.5.42)',
        });
      }
    },
  },
  {
    id: 'package-url-version',
    saeCode: 'InvalidParameter.NotEmpty',
    summary:
      'FatJar, War, PythonZip set `package.url` and `package.version`; PhpZip and `IMAGE_PHP_*` set `package.url`',
    check({ template }, report) {
      const pkg = asObj(template.package);
      const type = str(pkg.type);
      if (type === undefined) return;
      for (const field of SCRIPT_PACKAGES.has(type) ? ['url', 'version'] : ['url']) {
        if (pkg[field] === undefined)
          report({
            path: [...T, 'package'],
            message: `a ${type} package needs package.${field}${type.startsWith('IMAGE_PHP') ? ' (the image to run)' : ''}`,
          });
      }
    },
  },
  {
    id: 'unused-setting',
    summary: 'settings the package type ignores (e.g. `runtime.jdk` with an image)',
    severity: 'warning',
    check({ template: t }, report) {
      const type = str(asObj(t.package).type);
      const runtime = asObj(t.runtime);
      const unused = (path: FieldPath, why: string) =>
        report({ path, severity: 'warning', target: 'key', message: `${path.at(-1)} is ignored ${why}; remove it` });
      if (t.image !== undefined) {
        for (const k of ['jdk', 'webContainer', 'edasContainerVersion'] as const)
          if (runtime[k] !== undefined) unused([...T, 'runtime', k], 'for an image (the image brings its own runtime)');
      }
      if (t.jar !== undefined && type !== 'FatJar') unused([...T, 'jar'], 'unless package.type is FatJar');
      if ((t.war !== undefined || t.tomcat !== undefined) && type !== 'War')
        unused([...T, t.war !== undefined ? 'war' : 'tomcat'], 'unless package.type is War');
      // A package's registry settings are for the IMAGE_PHP_* types, whose url is an image.
      if (type && !type.startsWith('IMAGE_PHP_'))
        for (const k of ['acrInstanceId', 'acrAssumeRoleArn', 'pullSecretId', 'pullSecretName', 'acceleration'])
          if (asObj(t.package)[k] !== undefined)
            unused([...T, 'package', k], 'unless package.type is an IMAGE_PHP_* image');
    },
  },
  {
    id: 'configmap-name-spelling',
    summary:
      'a ConfigMap is named with `name:` in env, envFrom and volumes alike (`configMapName:` is the old spelling, still read)',
    severity: 'warning',
    check({ template: t }, report) {
      const old = (path: FieldPath, name: unknown) =>
        report({
          path,
          severity: 'warning',
          target: 'key',
          message: `configMapName is the old spelling: write name: ${String(name)} (as envFrom's configMapRef does, and Kubernetes)`,
        });
      asArr(t.env).forEach((entry, i) => {
        const ref = asObj(asObj(asObj(entry).valueFrom).configMapKeyRef);
        if (ref.configMapName !== undefined)
          old([...T, 'env', i, 'valueFrom', 'configMapKeyRef', 'configMapName'], ref.configMapName);
      });
      asArr(asObj(t.volumes).configMaps).forEach((entry, i) => {
        const c = asObj(entry);
        if (c.configMapName !== undefined) old([...T, 'volumes', 'configMaps', i, 'configMapName'], c.configMapName);
      });
    },
  },
  {
    id: 'sls-single-stdout',
    saeCode: 'LogService.LogDirInvalid',
    summary: 'at most one stdout log',
    check({ sls }, report) {
      let stdoutAt: number | undefined;
      for (const { entry, at, i } of sls) {
        if (entry.stdout !== true) continue;
        if (stdoutAt !== undefined)
          report({
            path: [...at, 'stdout'],
            target: 'key',
            message: `only one log entry may collect stdout; sls[${stdoutAt}] already does`,
          });
        else stdoutAt = i;
      }
    },
  },
  {
    id: 'sls-project-logstore',
    saeCode: 'Sls.Config.User.Defined.Missing.Logstore.Info',
    summary: 'a custom project has a logstore and vice versa',
    prevents: '`Sls.Config.User.Defined.Missing.*`',
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project) !== undefined && str(e.logstore) === undefined)
          report({
            path: [...at, 'project'],
            target: 'key',
            message: 'a custom project needs a logstore too: add logstore',
          });
        if (str(e.logstore) !== undefined && str(e.project) === undefined)
          report({
            path: [...at, 'logstore'],
            target: 'key',
            saeCode: 'Sls.Config.User.Defined.Missing.Project.Info',
            message: 'a custom logstore needs its project too: add project',
          });
      }
    },
  },
  {
    id: 'sls-single-project',
    saeCode: 'Sls.Config.Mixed.Multi.Project',
    summary: 'all custom log entries use one project',
    check({ sls }, report) {
      let first: { name: string; i: number } | undefined;
      for (const { entry, at, i } of sls) {
        const proj = str(entry.project);
        if (proj === undefined) continue;
        if (first && first.name !== proj)
          report({
            path: [...at, 'project'],
            message: `all log entries must use one project; sls[${first.i}] uses ${first.name}`,
          });
        first ??= { name: proj, i };
      }
    },
  },
  {
    id: 'sls-reserved-prefix',
    saeCode: 'Sls.Project.Name.Invalid',
    summary: 'project and logstore names do not start with `sae-`',
    prevents: '`Sls.Project.Name.Invalid`, `Sls.Logstore.Name.Invalid`',
    check({ sls }, report) {
      for (const { entry: e, at } of sls) {
        if (str(e.project)?.startsWith('sae-'))
          report({
            path: [...at, 'project'],
            message: 'project names starting with "sae-" are reserved for SAE; rename the project',
          });
        if (str(e.logstore)?.startsWith('sae-'))
          report({
            path: [...at, 'logstore'],
            saeCode: 'Sls.Logstore.Name.Invalid',
            message: 'logstore names starting with "sae-" are reserved for SAE; rename the logstore',
          });
      }
    },
  },
  {
    id: 'mount-conflict',
    saeCode: 'MountConflict.ConfigMap',
    summary: 'no two volumes share a mountPath',
    check({ mounts }, report) {
      mounts.forEach((mnt, i) => {
        const first = mounts.findIndex((o) => o.mountPath === mnt.mountPath);
        if (first < i)
          report({
            path: mnt.path,
            message: `mountPath ${mnt.mountPath} is already used by ${pathText(mounts[first]!.path)}: give each volume its own path`,
          });
      });
    },
  },
  {
    id: 'nas-one-form',
    summary: '`volumes.nas` and `volumes.nasMounts` are not used together',
    check({ template }, report) {
      const volumes = asObj(template.volumes);
      if (volumes.nas !== undefined && volumes.nasMounts !== undefined) {
        report({
          path: [...T, 'volumes', 'nasMounts'],
          target: 'key',
          message:
            'nas (NasId, MountHost, MountDesc) and nasMounts (NasConfigs) are two ways to mount NAS: move the nas mounts into nasMounts',
        });
      }
    },
  },
  {
    id: 'log-path-in-volume',
    saeCode: 'VolumnPath.Conflict',
    summary: 'no log path lies inside a volume',
    check(ctx, report) {
      for (const { entry, at } of ctx.sls) {
        const logPath = str(entry.path);
        if (logPath === undefined || !logPath.startsWith('/')) continue;
        const p = normalisePath(logPath);
        const hit = ctx.mounts.find(
          (mnt) => p === mnt.mountPath || p.startsWith(mnt.mountPath === '/' ? '/' : `${mnt.mountPath}/`),
        );
        if (hit)
          report({
            path: [...at, 'path'],
            message: `log path ${logPath} lies inside the volume mounted at ${hit.mountPath} (${pathText(hit.path)}): collect logs from a path outside volumes`,
          });
      }
    },
  },
  {
    id: 'secret-literal',
    summary: '`volumes.oss.accessKeySecret` is an `${env:NAME}` reference',
    prevents: 'a secret committed to git',
    check({ template }, report) {
      const secret = str(asObj(asObj(template.volumes).oss).accessKeySecret);
      if (secret !== undefined && !isWholeEnvRef(secret)) {
        report({
          path: [...T, 'volumes', 'oss', 'accessKeySecret'],
          message:
            'accessKeySecret must not be written in the manifest: use a reference such as ${env:OSS_AK_SECRET} and set that variable where saejob runs',
        });
      }
    },
  },
  {
    id: 'env-secret-literal',
    summary:
      'an env entry whose name looks secret (`*PASSWORD*`, `*TOKEN*`, `PGPASS`, …), or marked `secret: true`, takes its value from `${env:NAME}` (`secret: false` says the name only looks secret)',
    prevents: 'a secret committed to git',
    severity: 'warning',
    check({ template }, report) {
      asArr(template.env).forEach((entry, i) => {
        const e = asObj(entry);
        const name = str(e.name);
        if (
          name !== undefined &&
          isSecretEntry(name, e.secret) &&
          e.value !== undefined &&
          !(typeof e.value === 'string' && e.value.includes('${env:'))
        ) {
          report({
            path: [...T, 'env', i, 'value'],
            severity: 'warning',
            message: `${name} ${e.secret === true ? 'is marked secret' : 'looks like a secret'}, but its value is written in the file (and committed): use \${env:${name}} and set ${name} where saejob runs${e.secret === true ? '' : ' (or write secret: false on the entry if it is not one)'}`,
          });
        }
      });
    },
  },
  {
    id: 'env-ref-syntax',
    summary:
      "every `${` is a whole `${env:NAME}` or the escape `$${` (`${env:X` without `}`, `${HOME}`, `${evn:X}` are errors); in command and args `${HOME}` is the shell's (a near miss of `${env:` and Kubernetes' `$(NAME)` are warnings)",
    prevents: 'a typo sent to SAE as text',
    check({ manifest, options, template }, report) {
      // Kubernetes expands $(NAME) from env; SAE does not: it reaches the container as written.
      const envNames = new Set(
        (Array.isArray(template.env) ? (template.env as unknown[]) : []).map((e) => asObj(e).name),
      );
      for (const field of ['command', 'args'] as const) {
        const list = template[field];
        if (!Array.isArray(list)) continue;
        list.forEach((value, i) => {
          if (typeof value !== 'string' || !value.includes('$(')) return;
          for (const m of value.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g))
            if (envNames.has(m[1]))
              report({
                path: [...T, field, i],
                severity: 'warning',
                message: `$(${m[1]}) is Kubernetes' way to put an env value in a command; SAE passes the command as written (a shell would run ${m[1]} as a command): inside sh -c write \${${m[1]}}, the shell's`,
              });
        });
      }
      // Paths are made only when the file holds a `${` at all.
      if (options.mayHoldReferences === false) return;
      walkStrings(manifest, [], (value, path) => {
        // command and args are shell text: ${HOME}, ${X:-d}, ${f%.txt} are the shell's, not saejob's.
        const shell = path[0] === 'spec' && path[1] === 'template' && (path[2] === 'command' || path[2] === 'args');
        for (const problem of badEnvRefs(value)) {
          if (!shell || !/is not a saejob reference/.test(problem)) report({ path, message: problem });
          // A near miss of ${env:…} / ${var:…} was probably meant as saejob's.
          else if (/"\$\{\s*(evn|nev|ven|vne|env|enb|var|vra|avr|rav)\s*[:;.]/i.test(problem))
            report({
              path,
              severity: 'warning',
              message: `${problem.replace(/: write .*$/, '')}: in a command it is the shell's, but this looks like a saejob reference: write \${env:NAME} or \${var:NAME}`,
            });
        }
      });
    },
  },
  {
    id: 'unique-identity',
    summary: '(region, namespace, name) is unique across the manifests given',
    prevents: 'a second job fighting the first',
  },
  {
    id: 'cron',
    saeCode: 'InvalidParameter.WithMessage',
    summary: '`trigger.schedule` has 5 valid fields; ranges per field; `?` only in day fields',
    check({ spec }, report) {
      const schedule = str(asObj(spec.trigger).schedule);
      const problem = schedule === undefined ? undefined : checkCron(schedule);
      if (problem)
        report({
          path: ['spec', 'trigger', 'schedule'],
          message: `cron expression ${quoteValue(schedule)}: ${problem}`,
        });
    },
  },
  {
    id: 'trigger-timezone',
    summary: '`trigger.timezone` only with `schedule`',
    check({ spec }, report) {
      const trigger = asObj(spec.trigger);
      if (trigger.http !== undefined && trigger.timezone !== undefined && trigger.schedule === undefined) {
        report({
          path: ['spec', 'trigger', 'timezone'],
          target: 'key',
          message: 'timezone applies to a schedule; an http trigger has none: remove it',
        });
      }
    },
  },
  {
    id: 'args-without-command',
    summary: '`args` comes with `command`',
    check({ template }, report) {
      if (template.args !== undefined && template.command === undefined)
        report({
          path: [...T, 'args'],
          target: 'key',
          message: 'args needs command: SAE sends args after command[0] (set spec.template.command)',
        });
    },
  },
  {
    id: 'exact-value',
    summary:
      'a number or boolean that YAML would write differently (`1.10`, `01234`, `0x1F`, `1e3`, `True`) in a field sent as text (env values, `package.version`, `image.pullSecretId`, `shards`) is quoted',
    prevents: 'SAE getting `1.1` for `1.10`',
    // Needs the source text: the validator runs it (exactTextFindings).
  },
  {
    id: 'env-unique',
    summary: 'environment variable names are unique',
    check({ template }, report) {
      const seen = new Map<string, number>();
      asArr(template.env).forEach((e, i) => {
        const name = str(asObj(e).name);
        if (name === undefined) return;
        if (seen.has(name))
          report({
            path: [...T, 'env', i, 'name'],
            message: `environment variable ${name} is already set by env[${seen.get(name)}]: keep one`,
          });
        else seen.set(name, i);
      });
    },
  },
  {
    id: 'host-alias-ip',
    saeCode: 'InvalidHostnameIp.Invalid',
    summary: '`hostAliases[].ip` is IPv4 or IPv6 (host names are checked by the schema)',
    check({ template }, report) {
      asArr(template.hostAliases).forEach((h, i) => {
        const ip = str(asObj(h).ip);
        if (ip !== undefined && !isIpAddress(ip))
          report({ path: [...T, 'hostAliases', i, 'ip'], message: `${quoteValue(ip)} is not an IPv4 or IPv6 address` });
      });
    },
  },
  {
    id: 'timezone',
    summary: '`template.timezone` is an IANA zone',
    check({ template }, report) {
      const tz = str(template.timezone);
      if (tz !== undefined && !isTimeZone(tz))
        report({
          path: [...T, 'timezone'],
          message: `${quoteValue(tz)} is not an IANA time zone; use a name such as Asia/Shanghai or UTC`,
        });
    },
  },
  {
    id: 'network-auto-config',
    summary: '`autoConfig: true` is not combined with explicit network IDs',
    check({ spec }, report) {
      const net = asObj(spec.network);
      if (net.autoConfig !== true) return;
      for (const k of ['vpcId', 'vSwitchId', 'securityGroupId']) {
        if (net[k] !== undefined)
          report({
            path: ['spec', 'network', k],
            target: 'key',
            message: `autoConfig: true lets SAE choose the network, so ${k} would be ignored: remove ${k} or autoConfig`,
          });
      }
    },
  },
  {
    id: 'network-auto-config-namespace',
    summary: "`autoConfig: true` only in the region's default namespace",
    check({ metadata, spec }, report) {
      const net = asObj(spec.network);
      const namespace = str(metadata.namespace);
      // The SDK text: with AutoConfig SAE ignores NamespaceId, so the job would land in the region's
      // default namespace, where saejob would not find it: the next apply would create it again.
      if (net.autoConfig !== true || namespace === undefined || !namespace.includes(':')) return;
      const region = namespace.slice(0, namespace.indexOf(':'));
      report({
        path: ['spec', 'network', 'autoConfig'],
        message: `with autoConfig: true SAE ignores the namespace (the SDK says so) and puts the job in the region's default namespace ${region}, not ${namespace}: set metadata.namespace: ${region}, or give the network (vpcId, vSwitchId, securityGroupId) instead of autoConfig`,
      });
    },
  },
  {
    id: 'namespace-region',
    saeCode: 'InvalidNamespaceId.NotFound',
    summary: 'the namespace belongs to `metadata.region`',
    check({ metadata }, report) {
      const region = str(metadata.region);
      const nsRegion = namespaceRegion(str(metadata.namespace));
      if (region !== undefined && nsRegion !== undefined && region !== nsRegion) {
        report({
          path: ['metadata', 'namespace'],
          message: `namespace ${String(metadata.namespace)} belongs to region ${nsRegion}, but metadata.region is ${region}`,
        });
      }
    },
  },
  {
    id: 'region-mismatch',
    summary: '`--region` does not contradict the manifest',
    check({ metadata, options }, report) {
      if (options.region === undefined) return;
      const own = str(metadata.region) ?? namespaceRegion(str(metadata.namespace));
      if (own === undefined || own === options.region) return;
      report({
        path: ['metadata', metadata.region !== undefined ? 'region' : 'namespace'],
        message: `--region ${options.region} contradicts this manifest's region ${own}: drop --region or fix the manifest`,
      });
    },
  },
  {
    id: 'region-known',
    summary: 'the region is one with a published SAE endpoint (a typo gets a did-you-mean)',
    severity: 'warning',
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      const region = resolveRegion({
        metadataRegion: str(metadata.region),
        namespace,
        flag: options.region,
        env: options.envRegion,
      });
      if (region === undefined || SAE_REGIONS.includes(region)) return;
      const guess = nearest(region, SAE_REGIONS);
      const at: FieldPath = metadata.region !== undefined ? ['metadata', 'region'] : ['metadata', 'namespace'];
      report({
        path: at,
        severity: 'warning',
        message: `region ${region} has no SAE endpoint saejob knows of${guess ? `: did you mean ${guess}?` : ''} (if SAE has opened it since, this warning can be ignored)`,
      });
    },
  },
  {
    id: 'region-unknown',
    summary:
      'the region can be told offline (`metadata.region`, `region:name` namespace, `--region`, `ALIBABA_CLOUD_REGION_ID`)',
    prevents: 'a manifest that validates but cannot be planned',
    check({ metadata, options }, report) {
      const namespace = str(metadata.namespace);
      if (namespace === undefined || !/^[a-z]/.test(namespace)) return;
      if (
        resolveRegion({ metadataRegion: str(metadata.region), namespace, flag: options.region, env: options.envRegion })
      )
        return;
      report({
        path: ['metadata', 'namespace'],
        message: `cannot tell the region of namespace ${namespace}: write it as <region>:${namespace} (e.g. cn-beijing:${namespace}), or set metadata.region`,
      });
    },
  },
];

/**
 * Every per-manifest rule on one manifest. `mayHoldReferences: false` (no
 * `${` in the file) skips looking for malformed references; `region` and
 * `envRegion` are `--region` and ALIBABA_CLOUD_REGION_ID.
 */
export function checkManifestRules(manifest: unknown, options: RuleContext['options'] = {}): RuleFinding[] {
  const out: RuleFinding[] = [];
  const ctx = new RuleContext(asObj(manifest), options);
  for (const r of RULES) {
    if (!r.check) continue;
    r.check(ctx, (f) => {
      const finding: RuleFinding = { ...f, rule: r.id };
      const code = f.saeCode ?? r.saeCode;
      if (code) finding.saeCode = code;
      out.push(finding);
    });
  }
  return out;
}

/** Every string of a value, with its path (bounded by the value's own size). */
function walkStrings(v: unknown, path: FieldPath, visit: (value: string, path: FieldPath) => void): void {
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...path, i], visit));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) walkStrings(x, [...path, k], visit);
}

/** What makes a job one job: (region, namespace, name). */
export interface Identity {
  id: string;
  name: string;
  namespace: string;
  region: string;
}

export function identityOf(
  manifest: unknown,
  options: { region?: string | undefined; envRegion?: string | undefined },
): Identity | undefined {
  const md = asObj(asObj(manifest).metadata);
  const name = str(md.name);
  const namespace = str(md.namespace);
  if (name === undefined || namespace === undefined) return undefined;
  const region =
    resolveRegion({ metadataRegion: str(md.region), namespace, flag: options.region, env: options.envRegion }) ?? '';
  return { id: `${region}\u0000${namespace}\u0000${name}`, name, namespace, region };
}

/** `first` says where the job was defined first, e.g. `manifests/a.yaml:4:9`. */
export function duplicateIdentityFinding(identity: Identity, first: string): RuleFinding {
  const { name, namespace, region } = identity;
  return {
    path: ['metadata', 'name'],
    rule: 'unique-identity',
    message: `${first} already defines job ${name} in namespace ${namespace}${region ? ` (${region})` : ''}: names must be unique per namespace`,
  };
}

function normalisePath(p: string): string {
  const trimmed = p.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function pathText(path: FieldPath): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
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
