// `saejob status NAME --namespace NS`: the last runs of a job.
import type { Io } from '../io.js';
import { outputFormat, parseCommandArgs, parsePositiveInt } from '../args.js';
import { CLOUD_HELP, CLOUD_OPTIONS, cloudContext } from './cloud.js';
import { jobRefFromArgs, requireJob } from './lifecycle.js';
import { RUN_STATES } from '../../sae/api.js';
import { JSON_FORMAT_VERSION } from './shared.js';

/** The -o values this command takes; its help lists exactly these. */
export const FORMATS = ['text', 'json'] as const;

export const STATUS_HELP = `Usage: saejob status NAME --namespace NS [--limit N] [--job-id ID] [-o ${FORMATS.join('|')}]

Show a job's last runs (DescribeJobHistory), or one run (--job-id, DescribeJobStatus).

${CLOUD_HELP}`;

/**
 * A run time as a UTC date. SAE gives Unix seconds; a value too large for
 * seconds is taken as milliseconds rather than shown as a date in the far future.
 */
export function runTime(v: unknown): string {
  if (v === undefined || v === null || v === '' || v === 0) return '';
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) return String(v);
  return new Date(n > 1e11 ? n : n * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function runTable(runs: readonly Record<string, unknown>[]): string {
  const rows = [
    ['JOB ID', 'STATE', 'ACTIVE', 'SUCCEEDED', 'FAILED', 'STARTED', 'COMPLETED', 'MESSAGE'],
    ...runs.map((r) => [String(r.JobId), RUN_STATES[String(r.State)] ?? String(r.State), String(r.Active ?? 0), String(r.Succeeded ?? 0), String(r.Failed ?? 0), runTime(r.StartTime), runTime(r.CompletionTime), String(r.Message ?? '')]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return `${rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

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
  if (format === 'json') {
    // SAE's fields as they came, with the state's name and the times as dates beside them.
    const readable = runs.map((r) => ({ ...r, state: RUN_STATES[String(r.State)] ?? String(r.State), started: runTime(r.StartTime) || undefined, completed: runTime(r.CompletionTime) || undefined }));
    io.out(`${JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, name: ref.name, namespace: ref.namespace, appId: job.AppId, suspended: job.Suspend ?? false, runs: readable }, null, 2)}\n`);
    return 0;
  }
  io.out(`${ref.name} (${ref.namespace}, AppId ${job.AppId})${job.Suspend ? ', suspended' : ''}\n`);
  io.out(runs.length ? runTable(runs) : 'no runs yet\n');
  return 0;
}
