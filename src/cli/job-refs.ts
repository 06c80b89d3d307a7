// What export, run, status and delete share: naming one live job.
import type { Io } from './io.js';
import { UsageError } from './io.js';
import { namespaceRegion, resolveRegion } from '../pipeline/region.js';
import { listNamespaceJobs, type ListedJob } from '../sae/live.js';
import type { Session } from '../sae/session.js';
import { loadManifests } from '../pipeline/load/load.js';
import { applyEnvironments } from '../pipeline/environments/environments.js';
import { inputOptions } from './args.js';
import { validateManifests } from '../pipeline/validate/validate.js';
import { hasErrors } from '../pipeline/diagnostics.js';
import type { CloudContext, CloudFlags } from './cloud.js';
import { sinkOf } from './shared.js';
import { nearest } from '../pipeline/suggest.js';
import { reportDiagnostics } from '../output/reports/diagnostics.js';

export interface JobRef {
  name: string;
  namespace: string;
  region: string;
}

export function regionFor(namespace: string, flag: string | undefined, io: Io): string {
  const own = namespaceRegion(namespace);
  if (flag && own && flag !== own)
    throw new UsageError(`--region ${flag} contradicts namespace ${namespace} (region ${own})`);
  const region = resolveRegion({ namespace, flag, env: io.env.ALIBABA_CLOUD_REGION_ID });
  if (!region) throw new UsageError(`cannot tell the region of namespace ${namespace}: give --region`);
  return region;
}

/**
 * The jobs some manifests name, for the commands that need only their
 * identity (no ${env:} references resolved): validated, problems printed;
 * undefined when there are errors.
 */
export function manifestJobRefs(
  paths: readonly string[],
  values: CloudFlags & { namespace?: string | undefined },
  io: Io,
  /** Told the ConfigMap manifests among the paths (which these commands do not act on). */
  onConfigMaps?: (names: string[]) => void,
): (JobRef & { file: string })[] | undefined {
  const flag = values.region;
  const input = { readStdin: io.readStdin, ...inputOptions(values, io.env) };
  const loaded = applyEnvironments(loadManifests(paths, input), {
    select: input.environment ? [input.environment] : [],
    load: (p) => loadManifests(p, input),
  });
  const v = validateManifests(loaded, { region: flag, envRegion: io.env.ALIBABA_CLOUD_REGION_ID });
  reportDiagnostics(v.diagnostics, { command: 'validate', github: false }, sinkOf(io));
  if (v.configMaps.length)
    onConfigMaps?.(v.configMaps.map((c) => String((c.value as { metadata?: { name?: unknown } })?.metadata?.name)));
  if (hasErrors(v.diagnostics)) return undefined;
  const refs = v.valid.map(({ source, manifest: m }) => {
    const region = resolveRegion({
      metadataRegion: m.metadata.region,
      namespace: m.metadata.namespace,
      flag,
      env: io.env.ALIBABA_CLOUD_REGION_ID,
    });
    if (!region) throw new UsageError(`cannot tell the region of ${m.metadata.name} (${source.file}): give --region`);
    return { name: m.metadata.name, namespace: m.metadata.namespace, region, file: source.file };
  });
  // --target NAME...: only those jobs (a name no manifest has is an error with a guess).
  const targets = values.target;
  if (!targets?.length) return refs;
  const names = refs.map((r) => r.name);
  for (const t of targets)
    if (!names.includes(t))
      throw new UsageError(
        `--target ${t}: no manifest here names it${nearest(t, names) ? `: did you mean ${nearest(t, names)}?` : ''}`,
      );
  return refs.filter((r) => targets.includes(r.name));
}

/** NAME --namespace NS, or one manifest path. */
export function jobRefFromArgs(
  positionals: string[],
  values: CloudFlags & { namespace?: string | undefined },
  io: Io,
  command: string,
): JobRef {
  const [target, ...rest] = positionals;
  if (!target || rest.length)
    throw new UsageError(`saejob ${command} takes one job: NAME --namespace NS, or a manifest file`);
  if (values.namespace === undefined && (/\.ya?ml$/i.test(target) || target === '-')) {
    const refs = manifestJobRefs([target], values, io);
    if (!refs) throw new UsageError(`${target} is not a valid manifest`);
    if (refs.length !== 1)
      throw new UsageError(`${target} holds ${refs.length} manifests; name one job with NAME --namespace NS`);
    const { file: _file, ...ref } = refs[0]!;
    return ref;
  }
  if (typeof values.namespace !== 'string')
    throw new UsageError(`saejob ${command} ${target} needs --namespace NS (e.g. cn-beijing:prod)`);
  return {
    name: target,
    namespace: values.namespace,
    region: regionFor(values.namespace, values.region, io),
  };
}

export async function findJob(session: Session, ref: JobRef): Promise<ListedJob | undefined> {
  return (await listNamespaceJobs(session.client(ref.region), ref.namespace, ref.name))[0];
}

/** The live job a command names, or a usage error that says it does not exist. */
export async function requireJob(session: Session, ref: JobRef, hint = ''): Promise<ListedJob> {
  const job = await findJob(session, ref);
  if (job) return job;
  // A typo is the likely cause: the namespace's names give a guess (one more listing, only on this error).
  const names = (await listNamespaceJobs(session.client(ref.region), ref.namespace).catch(() => [])).map(
    (j) => j.AppName,
  );
  const guess = nearest(ref.name, names);
  throw new UsageError(
    `no job ${ref.name} in namespace ${ref.namespace} (${ref.region})${guess ? `: did you mean ${guess}?` : ''}${hint}`,
  );
}

/** The jobs of a namespace (export --all). */
export const jobsOfNamespace = async (ctx: CloudContext, namespace: string, flagRegion: string | undefined, io: Io) => {
  const region = regionFor(namespace, flagRegion, io);
  return { region, jobs: await listNamespaceJobs(ctx.session.client(region), namespace) };
};

/** The one job a command line names. */
export const namedJob = async (
  ctx: CloudContext,
  positionals: string[],
  values: CloudFlags & { namespace?: string | undefined },
  io: Io,
) => {
  const ref = jobRefFromArgs(positionals, values, io, 'export');
  return { region: ref.region, jobs: [await requireJob(ctx.session, ref)] };
};
