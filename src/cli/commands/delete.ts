// `saejob delete [PATH...]`: delete the jobs the manifests name.
import type { Io } from '../io.js';
import { reporterFor, parseCommandArgs, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from '../cloud.js';
import { manifestJobRefs, regionFor } from '../job-refs.js';
import { UsageError } from '../io.js';
import { confirmChange, sinkOf } from '../shared.js';
import { executeDelete, planDelete } from '../../operations/delete.js';
import { formatsOf } from '../../output/reporter.js';
import { DELETE_REPORTERS } from '../../output/reports/delete.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(DELETE_REPORTERS);

export const DELETE_HELP = `Usage: saejob delete [PATH...] [--yes] [--fail-missing] [-o ${FORMATS.join('|')}]
       saejob delete NAME... --namespace NS [--yes] [--fail-missing]

Delete the jobs the manifests name, or the jobs named with --namespace
(DeleteJob). Shows what will go and asks
first; --yes skips the question, and without --yes saejob refuses to go on
when standard input is not a terminal (CI, pipes). Jobs that do not exist
are reported; --fail-missing makes them an error. As apply does, delete
refuses a job labelled saejob-protected, a job of another set (--set that
set to delete it) and one without a saejob-set tag (--adopt to delete it).

${CLOUD_HELP}`;

function byName(names: readonly string[], namespace: string, values: { region?: string | undefined }, io: Io) {
  if (!names.length) throw new UsageError('saejob delete --namespace NS needs the names of the jobs to delete');
  const region = regionFor(namespace, values.region, io);
  return names.map((name) => ({ name, namespace, region, file: '(named on the command line)' }));
}

export async function deleteCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('delete', argv, {
    ...CLOUD_OPTIONS,
    namespace: { type: 'string' },
    adopt: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    'fail-missing': { type: 'boolean' },
  });
  if (values.help) return (io.out(DELETE_HELP), 0);
  const { report } = reporterFor(values.output, DELETE_REPORTERS, 'delete');
  const ctx = cloudContext(values, io);
  // NAME... --namespace NS: jobs by name (one made in the console, or whose manifest is gone); else manifest paths.
  const refs =
    typeof values.namespace === 'string'
      ? byName(positionals, values.namespace, values, io)
      : manifestJobRefs(positionals.length ? positionals : ['manifests'], values, io, (names) =>
          io.err(
            `saejob: delete acts on jobs; ConfigMap ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} left alone: remove ${names.length === 1 ? 'its manifest' : 'their manifests'} and run apply --prune (a ConfigMap a job still uses is never deleted)\n`,
          ),
        );
  if (!refs) {
    io.err('saejob: nothing deleted: fix the errors above\n');
    return 1;
  }
  const targets = await planDelete(ctx.session, refs, { set: setName(values, io.env), adopt: Boolean(values.adopt) });
  const doomed = targets.filter((t) => t.job && !t.outcome);
  for (const t of targets.filter((x) => x.outcome === 'missing'))
    io.err(`${t.name} (${t.namespace}): no such job, nothing to delete\n`);
  for (const t of targets.filter((x) => x.outcome === 'refused'))
    io.err(`${io.errStyle.red('refused')}: ${t.name} (${t.namespace}): ${t.error}\n`);
  if (doomed.length) {
    io.err(`Will delete ${doomed.length} job${doomed.length === 1 ? '' : 's'} and their run history:\n`);
    for (const t of doomed)
      io.err(`  - ${t.name} in ${t.namespace} (${t.region}), AppId ${t.job!.AppId}  [${t.file}]\n`);
    const go = await confirmChange(io, {
      yes: Boolean(values.yes),
      command: 'delete',
      question: `Delete ${doomed.length === 1 ? 'this job' : `these ${doomed.length} jobs`}?`,
      nothingDone: 'nothing deleted',
    });
    if (!go) return 1;
    await executeDelete(ctx.session, targets, ctx);
  }
  report(
    {
      jobs: targets.map((t) => ({
        name: t.name,
        namespace: t.namespace,
        region: t.region,
        file: t.file,
        appId: t.job?.AppId,
        outcome: t.outcome,
        error: t.error,
      })),
    },
    sinkOf(io),
  );
  const count = (o: string) => targets.filter((t) => t.outcome === o).length;
  if (count('failed') || count('refused')) return 1;
  return values['fail-missing'] && count('missing') ? 1 : 0;
}
