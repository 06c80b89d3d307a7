// Server-side validation that mirrors SAE's, with its error codes. It runs on
// the merged parameters of a job (what CreateJob sets, or the state after an
// UpdateJob), so it is independent of saejob's own client-side rules.
import { ApiError, notEmpty, obviously } from './errors.js';
import { isSupportedSpec } from '../pipeline/quantity.js';
import { isIP } from 'node:net';
import { JOB_PARAMS } from '../contract/api.js';

export const PACKAGE_TYPES = new Set([
  'Image',
  'FatJar',
  'War',
  'PythonZip',
  'PhpZip',
  ...['5_4', '5_5', '5_6', '7_0', '7_1', '7_2', '7_3'].flatMap((v) => [`IMAGE_PHP_${v}`, `IMAGE_PHP_${v}_ALPINE`]),
]);

const jsonParams = (kind: 'list' | 'object') =>
  [...JOB_PARAMS.values()].filter((p) => p.json === kind).map((p) => p.name);
const JSON_LIST_PARAMS = jsonParams('list');
const JSON_OBJECT_PARAMS = jsonParams('object');

type Params = Record<string, string>;

function parseJson(params: Params, name: string): unknown {
  const raw = params[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw obviously(name, 'it must be JSON');
  }
}

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : []);

export function checkJobParams(p: Params): void {
  for (const name of JSON_LIST_PARAMS) {
    const v = parseJson(p, name);
    if (v !== undefined && !Array.isArray(v)) throw obviously(name, 'it must be a JSON list');
  }
  for (const name of JSON_OBJECT_PARAMS) {
    const v = parseJson(p, name);
    if (v !== undefined && (typeof v !== 'object' || Array.isArray(v) || v === null))
      throw obviously(name, 'it must be a JSON object');
  }
  const type = p.PackageType!;
  if (!PACKAGE_TYPES.has(type))
    throw new ApiError(400, 'InvalidPackageType.NotFound', 'The package type must be War, FatJar, or Image.');
  if ((type === 'Image' || type.startsWith('IMAGE_PHP')) && !p.ImageUrl) throw notEmpty('ImageUrl');
  if (type === 'FatJar' && !p.Jdk)
    throw new ApiError(400, 'JarApplication.MissingJdk', 'A FatJar application must contain JDK.');
  if (type === 'War' && (!p.Jdk || !p.WebContainer))
    throw new ApiError(400, 'WarApplication.MissingJdkWebcontainer', 'A War application must contain JDK and Tomcat.');
  if (['FatJar', 'War', 'PythonZip'].includes(type)) {
    if (!p.PackageUrl) throw notEmpty('PackageUrl');
    if (!p.PackageVersion) throw notEmpty('PackageVersion');
  }
  if (p.Cpu !== undefined || p.Memory !== undefined) {
    const cpu = Number(p.Cpu);
    const mem = Number(p.Memory);
    if (!isSupportedSpec(cpu, mem))
      throw new ApiError(
        400,
        'InvalidInstanceSpecification.Unsupported',
        `The instance specification is not supported: CPU [${p.Cpu}], memory [${p.Memory}].`,
      );
  }
  if (p.Replicas !== undefined && !/^[1-9][0-9]*$/.test(p.Replicas)) throw obviously('Replicas');
  for (const h of list(parseJson(p, 'CustomHostAlias'))) {
    if (
      typeof h.ip !== 'string' ||
      isIP(h.ip) === 0 ||
      typeof h.hostName !== 'string' ||
      !/^[A-Za-z0-9.-]+$/.test(h.hostName)
    ) {
      throw new ApiError(
        400,
        'InvalidHostnameIp.Invalid',
        `The hostname and/or IP is invalid: Hostname [${String(h.hostName)}], IP [${String(h.ip)}].`,
      );
    }
  }
  // Mounts and logs.
  const mounts = [
    ...list(parseJson(p, 'ConfigMapMountDesc')),
    ...list(parseJson(p, 'MountDesc')),
    ...list(parseJson(p, 'OssMountDescs')),
    ...list(parseJson(p, 'NasConfigs')),
  ].map((m) => String(m.mountPath ?? '').replace(/\/+$/, '') || '/');
  const seen = new Set<string>();
  for (const mp of mounts) {
    if (seen.has(mp)) throw new ApiError(400, 'MountConflict.ConfigMap', `Conflict detected for ConfigMap path ${mp}.`);
    seen.add(mp);
  }
  const sls = list(parseJson(p, 'SlsConfigs'));
  if (sls.filter((s) => s.logType === 'stdout').length > 1)
    throw new ApiError(400, 'LogService.LogDirInvalid', 'The log collection path is invalid.');
  const projects = new Set<string>();
  for (const s of sls) {
    const project = s.projectName as string | undefined;
    const store = s.logstoreName as string | undefined;
    if (project && !store)
      throw new ApiError(
        400,
        'Sls.Config.User.Defined.Missing.Logstore.Info',
        'The specified Config is invalid. Both Project and Logstore must be specified.',
      );
    if (store && !project)
      throw new ApiError(
        400,
        'Sls.Config.User.Defined.Missing.Project.Info',
        'The specified Config is invalid. Both Project and Logstore must be specified.',
      );
    if (project?.startsWith('sae-'))
      throw new ApiError(
        400,
        'Sls.Project.Name.Invalid',
        'The specified project name is invalid. The project name must not contain the prefix "sae-".',
      );
    if (store?.startsWith('sae-'))
      throw new ApiError(
        400,
        'Sls.Logstore.Name.Invalid',
        'The specified name of Logstore is invalid. The Logstore name must not contain the prefix "sae-".',
      );
    if (project) projects.add(project);
    const dir = String(s.logDir ?? '');
    if (dir && mounts.some((mp) => dir === mp || dir.startsWith(mp === '/' ? '/' : `${mp}/`))) {
      throw new ApiError(
        400,
        'VolumnPath.Conflict',
        'Conflict between log collection directory and persistent storage directory.',
      );
    }
  }
  if (projects.size > 1)
    throw new ApiError(400, 'Sls.Config.Mixed.Multi.Project', 'The specified Config contains multiple projects.');
}
