// `saejob status NAME --namespace NS`: the last runs of a job.
import type { Io } from '../io.js';
import { UsageError } from '../io.js';
import { reporterFor, parseCommandArgs, parsePositiveInt } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from '../cloud.js';
import { jobRefFromArgs, manifestJobRefs, type JobRef } from '../job-refs.js';
import { requireJob } from '../job-refs.js';
import { formatsOf } from '../../output/reporter.js';
import { STATUS_REPORTERS, type StatusJobReport } from '../../output/reports/status.js';
import { sinkOf } from '../shared.js';
import { isHttpTriggered, webhookUrls } from '../../sae/apply.js';
import { SaeError } from '../../sae/errors.js';
import { mapLimit } from '../../sae/concurrency.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(STATUS_REPORTERS);

export const STATUS_HELP = `Usage: saejob status NAME --namespace NS [--limit N] [--job-id ID] [-o ${FORMATS.join('|')}]
       saejob status [PATH...] [--limit N] [-o ...]

Show the last runs of a job (DescribeJobHistory), of every job some manifests
name (default: manifests/), or one run (--job-id, DescribeJobStatus). An
HTTP-triggered job's URLs are shown too.

${CLOUD_HELP}`;

export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', argv, {
    ...CLOUD_OPTIONS,
    namespace: { type: 'string' },
    limit: { type: 'string' },
    'job-id': { type: 'string' },
  });
  if (values.help) return (io.out(STATUS_HELP), 0);
  const { report } = reporterFor(values.output, STATUS_REPORTERS, 'status');
  const ctx = cloudContext(values, io);
  const one =
    values.namespace !== undefined ||
    values['job-id'] !== undefined ||
    (positionals.length === 1 &&
      !/\.ya?ml$/i.test(positionals[0]!) &&
      positionals[0] !== '-' &&
      !positionals[0]!.includes('/'));
  const refs: JobRef[] = one
    ? [jobRefFromArgs(positionals, values, io, 'status')]
    : (manifestJobRefs(positionals.length ? positionals : ['manifests'], values, io) ?? []);
  if (!refs.length) throw new UsageError('no manifests to show the status of: fix the errors above');
  const found = await ctx.session.lookup(refs, (r) => r);
  const limit = parsePositiveInt(values.limit, '--limit', one ? 10 : 3);
  let missing = 0;
  const jobs = await mapLimit(refs, ctx.concurrency, async (ref): Promise<StatusJobReport> => {
    const job = found.get(ref);
    if (job instanceof SaeError) throw job;
    if (!job) {
      missing++;
      return { name: ref.name, namespace: ref.namespace, missing: true, suspended: false, runs: [] };
    }
    const client = ctx.session.client(ref.region);
    const runs = values['job-id']
      ? [
          await client.call<Record<string, unknown>>('DescribeJobStatus', {
            AppId: job.AppId,
            JobId: values['job-id'],
          }),
        ]
      : ((
          await client.call<{ Jobs?: Record<string, unknown>[] }>('DescribeJobHistory', {
            AppId: job.AppId,
            CurrentPage: 1,
            PageSize: limit,
          })
        ).Jobs ?? []);
    const report: StatusJobReport = {
      name: ref.name,
      namespace: ref.namespace,
      appId: job.AppId,
      suspended: Boolean(job.Suspend),
      runs,
    };
    if (isHttpTriggered(job.TriggerConfig))
      report.webhookUrls = webhookUrls(await client.call('DescribeJob', { AppId: job.AppId }));
    return report;
  });
  report({ jobs }, sinkOf(io));
  // One job named and none found: the same error, and guess, as the other commands that name a job.
  if (one && missing) await requireJob(ctx.session, refs[0]!);
  return 0;
}
