// `saejob export NAME --namespace NS` / `--all --out DIR`: live jobs as manifests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/io.js';
import { outputFormat, parseCommandArgs } from '../cli/args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from './cloud.js';
import { jobRefFromArgs, regionFor, requireJob } from './lifecycle.js';
import { describeLiveJob, listNamespaceJobs } from '../cloud/live.js';
import { manifestFromParams, manifestYaml, type ExportResult } from '../export.js';

export const EXPORT_HELP = `Usage: saejob export NAME --namespace NS [--region R] [-o yaml|json]
       saejob export --all --namespace NS --out DIR

Print a live job as a v1 manifest (DescribeJob → manifest), or write every job
of a namespace to DIR/<name>.yaml. Secrets are written as \${env:NAME}
references, never their live values. Applying an export is a no-op.

  --schema-ref REF   the editor modeline's schema (default: saejob's schema in node_modules)

${CLOUD_HELP}`;

/** Say what was left out; false (with the reasons) when the job cannot be a manifest at all. */
function reportFit(r: ExportResult, name: string, io: Io): boolean {
  for (const o of r.omitted) io.err(`saejob: ${name}: ${o}\n`);
  if (!r.invalid) return true;
  io.err(`saejob: ${name} cannot be exported as a valid manifest:\n${r.invalid.map((m) => `  - ${m}\n`).join('')}`);
  return false;
}

export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, { ...CLOUD_OPTIONS, namespace: { type: 'string' }, all: { type: 'boolean' }, out: { type: 'string' }, 'schema-ref': { type: 'string' } });
  if (values.help) return io.out(EXPORT_HELP), 0;
  const format = outputFormat(values.output, ['yaml', 'json', 'text'], 'export');
  const ctx = cloudContext(values, io);
  const schemaRefFor = (dir: string) => (values['schema-ref'] as string | undefined) ?? relative(resolve(dir), resolve('node_modules/saejob/schema/job.schema.json'));
  {
    if (values.all) {
      if (typeof values.namespace !== 'string' || typeof values.out !== 'string') throw new UsageError('saejob export --all needs --namespace NS and --out DIR');
      const region = regionFor(values.namespace, values.region as string | undefined, io);
      const client = ctx.session.client(region);
      const jobs = await listNamespaceJobs(client, values.namespace);
      mkdirSync(values.out, { recursive: true });
      let failed = 0;
      for (const j of jobs) {
        const live = await describeLiveJob(client, j.AppId);
        const exported = manifestFromParams(live.params, live.suspend);
        if (!reportFit(exported, j.AppName, io)) {
          failed++;
          continue;
        }
        const file = join(values.out, `${j.AppName}.yaml`);
        writeFileSync(file, manifestYaml(exported, schemaRefFor(values.out)));
        io.out(`${file}\n`);
      }
      io.err(`exported ${jobs.length - failed} job${jobs.length - failed === 1 ? '' : 's'} of ${values.namespace} to ${values.out}${failed ? `; ${failed} could not be exported (above)` : ''}\n`);
      return failed ? 1 : 0;
    }
    const ref = jobRefFromArgs(positionals, values, io, 'export');
    const listed = await requireJob(ctx.session, ref);
    const live = await describeLiveJob(ctx.session.client(ref.region), listed.AppId);
    const exported = manifestFromParams(live.params, live.suspend);
    if (!reportFit(exported, ref.name, io)) return 1;
    io.out(format === 'json' ? JSON.stringify(exported.manifest, null, 2) + '\n' : manifestYaml(exported, schemaRefFor('.')));
    return 0;
  }
}
