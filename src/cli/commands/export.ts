// `saejob export NAME --namespace NS` / `--all --out DIR`: live jobs as manifests.
import { realpathSync } from 'node:fs';
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { reporterFor, parseCommandArgs, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from '../cloud.js';
import { jobsOfNamespace, namedJob } from '../job-refs.js';
import { manifestYaml } from '../../pipeline/export/export.js';
import { OWNER_TAG } from '../../pipeline/plan/ownership.js';
import { userDescription } from '../../pipeline/plan/configmap.js';
import { exportNamer } from '../../sae/references.js';
import { adoptConfigMap, adoptJob, exportJob } from '../../operations/export.js';
import { formatsOf } from '../../output/reporter.js';
import { EXPORT_REPORTERS } from '../../output/reports/export.js';
import { sinkOf } from '../shared.js';
import { makeOutDir, reportFit, schemaRefFrom, writeFile } from '../files.js';
import { exportLayout, JOB_NAME } from './export-layout.js';
import { configMapManifest, usedConfigMaps } from '../../pipeline/export/configmap.js';

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
  const adopt = async (appId: string, region: string) => {
    if (!values.adopt) return;
    await adoptJob(ctx.session, region, appId, set);
    io.err(`adopted ${appId} into set ${set} (tag ${OWNER_TAG}=${set})\n`);
  };
  const namer = exportNamer(ctx.session);
  if (typeof values.layout === 'string') return exportLayout(values.layout, positionals, values, ctx, io, adopt, namer);
  if (values.all && (typeof values.namespace !== 'string' || typeof values.out !== 'string'))
    throw new UsageError('saejob export --all needs --namespace NS and --out DIR');
  const { region, jobs } = values.all
    ? await jobsOfNamespace(ctx, values.namespace as string, values.region, io)
    : await namedJob(ctx, positionals, values, io);
  if (typeof values.out !== 'string') {
    // Printed to stdout, where the file goes is unknown: a modeline only with --schema-ref.
    const { exported } = await exportJob(ctx.session, region, jobs[0]!.AppId, namer);
    if (!reportFit(exported, jobs[0]!.AppName, io)) return 1;
    report({ exported, schemaRef: values['schema-ref'] }, sinkOf(io));
    await adopt(jobs[0]!.AppId, region);
    return 0;
  }
  if (format !== 'yaml')
    throw new UsageError('saejob export --out writes YAML manifests: -o json prints one job to standard output');
  makeOutDir(values.out);
  const out = { dir: realpathSync(values.out), shown: values.out, force: Boolean(values.force) };
  let failed = 0;
  const used = new Map<string, Set<string>>(); // namespace → the ConfigMap names its exported jobs use
  for (const j of jobs) {
    // The name comes from SAE: it becomes a file name only if it is a job name (no `/`, no `..`).
    if (!JOB_NAME.test(String(j.AppName))) {
      io.err(
        `saejob: not exported: the job name ${JSON.stringify(String(j.AppName).slice(0, 60))} (AppId ${j.AppId}) is not a valid job name, so it cannot name a file\n`,
      );
      failed++;
      continue;
    }
    const { live, exported } = await exportJob(ctx.session, region, j.AppId, namer);
    const text = reportFit(exported, j.AppName, io) && manifestYaml(exported, schemaRefFrom(values.out, values));
    if (!text || !writeFile(out, `${j.AppName}.yaml`, text, io)) {
      failed++;
      continue;
    }
    await adopt(j.AppId, region);
    const namespace = String(live.params.NamespaceId);
    for (const name of usedConfigMaps(exported.manifest))
      used.set(namespace, (used.get(namespace) ?? new Set()).add(name));
  }
  // --configmaps: the ConfigMaps the exported jobs use, as manifests (a secret-looking key as an ${env:} reference).
  for (const [namespace, names] of values.configmaps ? used : [])
    for (const c of await ctx.session.configMapsOf(region, namespace)) {
      if (!names.has(c.Name)) continue;
      const description = userDescription(c.Description ?? '');
      if (values.adopt) {
        await adoptConfigMap(ctx.session, region, c, description, set);
        io.err(`adopted ConfigMap ${c.Name} into set ${set}\n`);
      }
      if (!writeFile(out, `configmap-${c.Name}.yaml`, configMapManifest(c, namespace, description), io)) failed++;
    }
  const done = jobs.length - failed;
  io.err(
    `exported ${done} job${done === 1 ? '' : 's'}${values.all ? ` of ${values.namespace}` : ''} to ${values.out}${failed ? `; ${failed} could not be exported (above)` : ''}\n`,
  );
  return failed ? 1 : 0;
}
