// `saejob status NAME --namespace NS`: the last runs of a job.
import type { Io } from '../io.js';
import { outputFormat, parseCommandArgs, parsePositiveInt } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from './cloud.js';
import { jobRefFromArgs, requireJob } from './lifecycle.js';
import { formatsOf } from '../../output/reporter.js';
import { STATUS_REPORTERS } from '../../output/reports/status.js';
import { sinkOf } from './shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = formatsOf(STATUS_REPORTERS);

export const STATUS_HELP = `Usage: saejob status NAME --namespace NS [--limit N] [--job-id ID] [-o ${FORMATS.join('|')}]

Show a job's last runs (DescribeJobHistory), or one run (--job-id, DescribeJobStatus).

${CLOUD_HELP}`;

export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', argv, { ...CLOUD_OPTIONS, namespace: { type: 'string' }, limit: { type: 'string' }, 'job-id': { type: 'string' } });
  if (values.help) return (io.out(STATUS_HELP), 0);
  const format = outputFormat(values.output, FORMATS, 'status');
  const ctx = cloudContext(values, io);
  const ref = jobRefFromArgs(positionals, values, io, 'status');
  const job = await requireJob(ctx.session, ref);
  const client = ctx.session.client(ref.region);
  const runs = values['job-id']
    ? [await client.call<Record<string, unknown>>('DescribeJobStatus', { AppId: job.AppId, JobId: values['job-id'] as string })]
    : ((await client.call<{ Jobs?: Record<string, unknown>[] }>('DescribeJobHistory', { AppId: job.AppId, CurrentPage: 1, PageSize: parsePositiveInt(values.limit as string | undefined, '--limit', 10) })).Jobs ?? []);
  STATUS_REPORTERS[format as keyof typeof STATUS_REPORTERS]({ name: ref.name, namespace: ref.namespace, appId: job.AppId, suspended: Boolean(job.Suspend), runs }, sinkOf(io));
  return 0;
}
