// `saejob delete [PATH...]`: delete the jobs the manifests name.
import type { Io } from '../io.js';
import { reporterFor, parseCommandArgs, setName } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from './cloud.js';
import { manifestJobRefs, regionFor } from './lifecycle.js';
import { UsageError } from '../io.js';
import type { ListedJob } from '../../sae/live.js';
import { deleteJob } from '../../sae/apply.js';
import { SaeError, toSaeError } from '../../sae/errors.js';
import { mapLimit } from '../../sae/concurrency.js';
import { waitUntilGone } from '../../sae/wait.js';
import { confirmChange, sinkOf } from './shared.js';
import { liveTags } from '../../pipeline/plan/live-job.js';
import { isProtected, OWNER_TAG, ownershipOf, PROTECTED_LABEL } from '../../pipeline/plan/ownership.js';
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

interface Target {
  name: string;
  namespace: string;
  region: string;
  file: string;
  job?: ListedJob;
  error?: string;
  outcome?: 'deleted' | 'missing' | 'failed' | 'refused';
}

function byName(names: readonly string[], namespace: string, values: Record<string, unknown>, io: Io) {
  if (!names.length) throw new UsageError('saejob delete --namespace NS needs the names of the jobs to delete');
  const region = regionFor(namespace, values.region as string | undefined, io);
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
  const targets: Target[] = refs;
  const found = await ctx.session.lookup(targets, (t) => t);
  for (const t of targets) {
    const live = found.get(t);
    if (live instanceof SaeError) Object.assign(t, { outcome: 'failed', error: live.describe() });
    else if (live) t.job = live;
    else t.outcome = 'missing';
  }
  // delete checks what apply checks: a protected job is never deleted; another set's, or one saejob
  // does not own, only when the user says so (--set that set, --adopt).
  const set = setName(values, io.env);
  for (const t of targets.filter((x) => x.job)) {
    const tags = liveTags(t.job!.Tags);
    const owner = ownershipOf(tags, set);
    const why = isProtected(tags)
      ? `labelled ${PROTECTED_LABEL}: saejob does not delete it (remove the label first)`
      : owner.state === 'other'
        ? `owned by the set ${owner.set} (its ${OWNER_TAG} tag), not this one: saejob leaves it alone (run with --set ${owner.set} to delete it from there)`
        : owner.state === 'unowned' && !values.adopt
          ? `not owned by saejob (no ${OWNER_TAG} tag: made in the console?): give --adopt to delete it anyway`
          : undefined;
    if (why) Object.assign(t, { outcome: 'refused', error: why });
  }
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
    await mapLimit(doomed, ctx.concurrency, async (t) => {
      try {
        const client = ctx.session.client(t.region);
        const { alreadyGone } = await deleteJob(client, t.job!.AppId);
        // SAE does not document when a deleted job is gone: "deleted" here means DescribeJob no longer finds it.
        if (
          !alreadyGone &&
          !(await waitUntilGone(client, t.job!.AppId, {
            timeoutMs: ctx.session.remainingMs(ctx.timeoutMs),
            intervalMs: ctx.pollIntervalMs,
          }))
        ) {
          Object.assign(t, {
            outcome: 'failed',
            error: 'DeleteJob was accepted, but SAE still shows the job after --timeout',
          });
          return;
        }
        t.outcome = 'deleted';
      } catch (e) {
        Object.assign(t, { outcome: 'failed', error: toSaeError(e).describe() });
      }
    });
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
