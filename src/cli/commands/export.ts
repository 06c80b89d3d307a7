// `saejob export NAME --namespace NS` / `--all --out DIR`: live jobs as manifests.
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { reporterFor, parseCommandArgs, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext, type CloudContext } from './cloud.js';
import { jobRefFromArgs, regionFor, requireJob } from './lifecycle.js';
import { describeLiveJob, listNamespaceJobs } from '../../sae/live.js';
import { manifestFromParams, manifestYaml, type ExportResult } from '../../pipeline/export/export.js';
import { layoutFromExports, type ExportedEnvironment } from '../../pipeline/environments/environments.js';
import { OWNER_TAG } from '../../pipeline/plan/ownership.js';
import { SECRET_NAME } from '../../pipeline/envref.js';
import { markedDescription, userDescription } from '../../pipeline/plan/configmap.js';
import { tagRequest } from '../../pipeline/compile/compile.js';
import type { SaeClient } from '../../sae/client.js';
import { exportNamer } from '../../sae/references.js';
import { Document } from 'yaml';
import { formatsOf } from '../../output/reporter.js';
import { EXPORT_REPORTERS } from '../../output/reports/export.js';
import { sinkOf } from './shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(EXPORT_REPORTERS);

export const EXPORT_HELP = `Usage: saejob export NAME --namespace NS [--region R] [--out DIR] [-o ${FORMATS.join('|')}]
       saejob export --all --namespace NS --out DIR [--force]
       saejob export --layout ENV=NS,ENV=NS... --out DIR [NAME...] [--force]

Print a live job as a v1 manifest (DescribeJob → manifest), or write it (or
with --all every job of a namespace) to DIR/<name>.yaml, with an editor
modeline pointing at the schema from there. --layout exports the same jobs
from several namespaces as DIR/base/ (the first's) and DIR/environments/
(one Environment each, its differences as patches): plan -e ENV of the
result shows every job unchanged. Secrets are written as \${env:NAME}
references, never their live values. Applying an export is a no-op.

  --configmaps       with --out: also write the ConfigMaps the jobs use, as
                     kind: ConfigMap manifests (configmap-NAME.yaml)
  --adopt            tag the exported jobs as this set's (--set), so that plan
                     and apply manage them from now on
  --force            with --out: replace files that are there already (never
                     writes through a symbolic link or outside DIR)
  --schema-ref REF   the editor modeline's schema (default: saejob's schema in node_modules)

${CLOUD_HELP}`;

const JOB_NAME = /^[A-Za-z][A-Za-z0-9-]{0,35}$/;

/**
 * Write `name` in `dir` and nowhere else: never through a symbolic link,
 * never over a file that is there already unless `force` (and then by
 * replacing it, not writing through it). Returns why not, or undefined.
 */
function writeInside(dir: string, name: string, text: string, force: boolean): string | undefined {
  const target = join(dir, name);
  if (dirname(target) !== dir) return 'not a plain file name';
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(target);
  } catch {
    /* not there: the common case */
  }
  if (existing?.isSymbolicLink()) return 'is a symbolic link: saejob does not write through links (remove it first)';
  if (existing && !existing.isFile()) return 'exists and is not a regular file';
  // A run again after a failure finishes the rest: a file that already holds this manifest is done.
  if (existing && !force)
    return existing.size === Buffer.byteLength(text) && sameText(target, text)
      ? undefined
      : 'exists already, with other content: give --force to replace it';
  const tmp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx', mode: 0o644 });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    return `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return undefined;
}

function sameText(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** --out DIR made (with its parents), or a clear error: it names a file, or cannot be made here. */
function makeOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--out ${dir}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a directory: export writes one file a job into a directory' : `cannot be made (${code ?? (e as Error).message})`}`,
    );
  }
}

/** Say what was left out; false (with the reasons) when the job cannot be a manifest at all. */
function reportFit(r: ExportResult, name: string, io: Io): boolean {
  for (const o of r.omitted) io.err(`saejob: ${name}: ${o}\n`);
  if (!r.invalid) return true;
  io.err(`saejob: ${name} cannot be exported as a valid manifest:\n${r.invalid.map((m) => `  - ${m}\n`).join('')}`);
  return false;
}

/**
 * `--layout staging=NS,prod=NS --out DIR [NAME...]`: the same jobs from
 * several namespaces as a base (the first environment's) and one
 * Environment document per namespace that reproduces it exactly.
 */
async function exportLayout(
  spec: string,
  names: string[],
  values: Record<string, unknown>,
  ctx: CloudContext,
  io: Io,
  adopt: (appId: string, client: SaeClient, region: string) => Promise<void>,
  namer: ReturnType<typeof exportNamer>,
): Promise<number> {
  if (typeof values.out !== 'string')
    throw new UsageError('saejob export --layout needs --out DIR: it writes DIR/base/ and DIR/environments/');
  const pairs = spec.split(',').map((p) => p.trim().split('=') as [string, string?]);
  if (pairs.length < 2 || pairs.some(([n, ns]) => !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(n) || !ns))
    throw new UsageError(
      '--layout takes ENV=NAMESPACE pairs, e.g. --layout staging=cn-hangzhou:shop-staging,prod=cn-hangzhou:shop-prod',
    );
  const envs: ExportedEnvironment[] = [];
  let failed = 0;
  for (const [name, namespace] of pairs as [string, string][]) {
    const envRegion = regionFor(namespace, values.region as string | undefined, io);
    const client = ctx.session.client(envRegion);
    const jobs = new Map<string, Record<string, unknown>>();
    for (const j of await listNamespaceJobs(client, namespace)) {
      if (names.length && !names.includes(j.AppName)) continue;
      if (!JOB_NAME.test(String(j.AppName))) {
        io.err(
          `saejob: not exported: the job name ${JSON.stringify(String(j.AppName).slice(0, 60))} in ${namespace} is not a valid job name\n`,
        );
        failed++;
        continue;
      }
      const live = await describeLiveJob(client, j.AppId);
      const exported = manifestFromParams(
        live.params,
        live.suspend,
        live.tags,
        await namer(envRegion, namespace, live.params),
      );
      if (!reportFit(exported, `${j.AppName} (${name})`, io)) {
        failed++;
        continue;
      }
      jobs.set(j.AppName, exported.manifest as unknown as Record<string, unknown>);
      await adopt(j.AppId, client, envRegion);
    }
    envs.push({ name, namespace, jobs });
  }
  const layout = layoutFromExports(envs);
  for (const why of layout.skipped) io.err(`saejob: not in the layout: ${why}\n`);
  const force = Boolean(values.force);
  const write = (sub: string, file: string, text: string) => {
    const dirPath = join(values.out as string, sub);
    makeOutDir(dirPath);
    const problem = writeInside(realpathSync(dirPath), file, text, force);
    if (problem) {
      io.err(`saejob: not written: ${join(dirPath, file)}: ${problem}\n`);
      failed++;
    } else io.out(`${join(dirPath, file)}\n`);
  };
  for (const [name, manifest] of layout.base)
    write(
      'base',
      `${name}.yaml`,
      manifestYaml(
        { manifest: manifest as never, secretVariables: [], omitted: [] },
        schemaRefFrom(join(values.out as string, 'base'), values),
      ),
    );
  for (const [name, doc] of layout.environments) {
    const d = new Document(doc);
    d.commentBefore = ` yaml-language-server: $schema=${schemaRefFrom(join(values.out as string, 'environments'), values)}\n Environment ${name}, exported by saejob: what differs from ../base in ${(doc.spec as { namespace: string }).namespace}.`;
    write('environments', `${name}.yaml`, d.toString({ lineWidth: 0 }));
  }
  io.err(
    `exported ${layout.base.size} job${layout.base.size === 1 ? '' : 's'} in ${envs.length} environments to ${values.out}${failed ? `; ${failed} problem${failed === 1 ? '' : 's'} (above)` : ''}\n`,
  );
  return failed ? 1 : 0;
}

/**
 * The editor modeline's schema, relative to where the file is written: the published schema of
 * every kind in the project's saejob install, unless --schema-ref says otherwise.
 */
function schemaRefFrom(dir: string, values: Record<string, unknown>): string {
  return (
    (values['schema-ref'] as string | undefined) ??
    relative(resolve(dir), resolve('node_modules/saejob/schema/saejob.schema.json'))
  );
}

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    ...CLOUD_OPTIONS,
    namespace: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'schema-ref': { type: 'string' },
    layout: { type: 'string' },
    adopt: { type: 'boolean' },
    configmaps: { type: 'boolean' },
  });
  if (values.help) return (io.out(EXPORT_HELP), 0);
  const { format, report } = reporterFor(values.output, EXPORT_REPORTERS, 'export');
  const ctx = cloudContext(values, io);
  // --adopt: the exported jobs become this set's (the saejob-set tag), so the next plan manages them.
  const set = setName(values, io.env);
  const adopt = async (appId: string, client: SaeClient, region: string) => {
    if (!values.adopt) return;
    await client.send(tagRequest(appId, region, { [OWNER_TAG]: set }));
    io.err(`adopted ${appId} into set ${set} (tag ${OWNER_TAG}=${set})\n`);
  };
  const namer = exportNamer(ctx.session);
  if (typeof values.layout === 'string') return exportLayout(values.layout, positionals, values, ctx, io, adopt, namer);
  // The editor modeline's schema: relative to where the file is written; printed to stdout, the
  // destination is unknown, so there is a modeline only with --schema-ref (a relative one would break).
  const schemaRefFor = (dir: string) => schemaRefFrom(dir, values);
  if (typeof values.namespace !== 'string' && values.all)
    throw new UsageError('saejob export --all needs --namespace NS and --out DIR');
  if (values.all && typeof values.out !== 'string')
    throw new UsageError('saejob export --all needs --namespace NS and --out DIR');
  let region: string;
  let jobs: { AppId: string; AppName: string }[];
  if (values.all) {
    region = regionFor(values.namespace as string, values.region as string | undefined, io);
    jobs = await listNamespaceJobs(ctx.session.client(region), values.namespace as string);
  } else {
    const ref = jobRefFromArgs(positionals, values, io, 'export');
    region = ref.region;
    jobs = [await requireJob(ctx.session, ref)];
  }
  const client = ctx.session.client(region);
  if (typeof values.out !== 'string') {
    const live = await describeLiveJob(client, jobs[0]!.AppId);
    const exported = manifestFromParams(
      live.params,
      live.suspend,
      live.tags,
      await namer(region, String(live.params.NamespaceId), live.params),
    );
    if (!reportFit(exported, jobs[0]!.AppName, io)) return 1;
    report({ exported, schemaRef: values['schema-ref'] as string | undefined }, sinkOf(io));
    await adopt(jobs[0]!.AppId, client, region);
    return 0;
  }
  if (format !== 'yaml')
    throw new UsageError('saejob export --out writes YAML manifests: -o json prints one job to standard output');
  makeOutDir(values.out);
  const dir = realpathSync(values.out);
  let failed = 0;
  const usedNames = new Set<string>();
  for (const j of jobs) {
    // The name comes from SAE: it becomes a file name only if it is a job name (no `/`, no `..`).
    if (!JOB_NAME.test(String(j.AppName))) {
      io.err(
        `saejob: not exported: the job name ${JSON.stringify(String(j.AppName).slice(0, 60))} (AppId ${j.AppId}) is not a valid job name, so it cannot name a file\n`,
      );
      failed++;
      continue;
    }
    const live = await describeLiveJob(client, j.AppId);
    const exported = manifestFromParams(
      live.params,
      live.suspend,
      live.tags,
      await namer(region, String(live.params.NamespaceId), live.params),
    );
    if (!reportFit(exported, j.AppName, io)) {
      failed++;
      continue;
    }
    const file = join(values.out, `${j.AppName}.yaml`);
    const problem = writeInside(
      dir,
      `${j.AppName}.yaml`,
      manifestYaml(exported, schemaRefFor(values.out)),
      Boolean(values.force),
    );
    if (problem) {
      io.err(`saejob: not exported: ${file}: ${problem}\n`);
      failed++;
      continue;
    }
    io.out(`${file}\n`);
    await adopt(j.AppId, client, region);
    for (const name of usedConfigMaps(exported.manifest)) usedNames.add(`${String(live.params.NamespaceId)}\0${name}`);
  }
  // --configmaps: the ConfigMaps the exported jobs use, as manifests (a secret-looking key as an ${env:} reference).
  if (values.configmaps && usedNames.size) {
    for (const namespace of new Set([...usedNames].map((k) => k.split('\0')[0]!))) {
      for (const c of await ctx.session.configMapsOf(region, namespace)) {
        if (!usedNames.has(`${namespace}\0${c.Name}`)) continue;
        const description = userDescription(c.Description ?? '');
        // --adopt: the ConfigMap becomes this set's too (the mark at the end of its description).
        if (values.adopt) {
          await client.call('UpdateConfigMap', {
            ConfigMapId: c.ConfigMapId,
            Description: markedDescription(description, set),
            Data: JSON.stringify(c.Data ?? {}),
          });
          io.err(`adopted ConfigMap ${c.Name} into set ${set}\n`);
        }
        const data = Object.fromEntries(
          Object.entries(c.Data ?? {}).map(([k, v]) => [
            k,
            SECRET_NAME.test(k)
              ? `\${env:${k.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}}`
              : typeof v === 'string'
                ? v
                : JSON.stringify(v),
          ]),
        );
        const doc = new Document({
          apiVersion: 'saejob/v1',
          kind: 'ConfigMap',
          metadata: { name: c.Name, namespace, ...(description ? { description } : {}) },
          data,
        });
        doc.commentBefore = ` ConfigMap exported by saejob from ${namespace}/${c.Name}. Secret-looking keys are \${env:} references: set them where saejob runs.`;
        const file = `configmap-${c.Name}.yaml`;
        const problem = writeInside(dir, file, doc.toString({ lineWidth: 0 }), Boolean(values.force));
        if (problem) {
          io.err(`saejob: not exported: ${join(values.out, file)}: ${problem}\n`);
          failed++;
        } else io.out(`${join(values.out, file)}\n`);
      }
    }
  }
  const done = jobs.length - failed;
  io.err(
    `exported ${done} job${done === 1 ? '' : 's'}${values.all ? ` of ${values.namespace}` : ''} to ${values.out}${failed ? `; ${failed} could not be exported (above)` : ''}\n`,
  );
  return failed ? 1 : 0;
}

/** The ConfigMaps a manifest names (export writes names where it can). */
function usedConfigMaps(m: ExportResult['manifest']): string[] {
  const t = m.spec.template;
  return [
    ...(t.env ?? []).flatMap((e) =>
      (e.valueFrom?.configMapKeyRef.name ?? e.valueFrom?.configMapKeyRef.configMapName) !== undefined
        ? [(e.valueFrom!.configMapKeyRef.name ?? e.valueFrom!.configMapKeyRef.configMapName)!]
        : [],
    ),
    ...(t.envFrom ?? []).map((e) => e.configMapRef.name),
    ...(t.volumes?.configMaps ?? []).flatMap((c) =>
      (c.name ?? c.configMapName) ? [(c.name ?? c.configMapName)!] : [],
    ),
  ];
}
