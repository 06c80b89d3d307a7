// `saejob status`: a job's last runs as a table.
import { RUN_STATES } from '../../contract/api.js';
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface StatusJobReport {
  name: string;
  namespace: string;
  /** Absent when the job does not exist (a manifest not applied yet). */
  appId?: string;
  missing?: true;
  suspended: boolean;
  /** DescribeJobHistory's Jobs (or one DescribeJobStatus), as SAE gave them. */
  runs: readonly Record<string, unknown>[];
  /** An HTTP-triggered job's URLs. */
  webhookUrls?: readonly { url: string; network: string }[];
}

export interface StatusReport {
  jobs: readonly StatusJobReport[];
}

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

export const runStateName = (state: unknown) => RUN_STATES[String(state)] ?? String(state);

export function runTable(runs: readonly Record<string, unknown>[]): string {
  const rows = [
    ['JOB ID', 'STATE', 'ACTIVE', 'SUCCEEDED', 'FAILED', 'STARTED', 'COMPLETED', 'MESSAGE'],
    ...runs.map((r) => [
      String(r.JobId),
      runStateName(r.State),
      String(r.Active ?? 0),
      String(r.Succeeded ?? 0),
      String(r.Failed ?? 0),
      runTime(r.StartTime),
      runTime(r.CompletionTime),
      String(r.Message ?? ''),
    ]),
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

/** SAE's fields as they came, with the state's name and the times as dates beside them. */
function jsonJob(j: StatusJobReport) {
  return {
    name: j.name,
    namespace: j.namespace,
    appId: j.appId,
    ...(j.missing ? { missing: true } : {}),
    suspended: j.suspended,
    webhookUrls: j.webhookUrls,
    runs: j.runs.map((x) => ({
      ...x,
      state: runStateName(x.State),
      started: runTime(x.StartTime) || undefined,
      completed: runTime(x.CompletionTime) || undefined,
    })),
  };
}

function text(r: StatusReport, sink: Sink): void {
  r.jobs.forEach((j, i) => {
    if (i) sink.out('\n');
    if (j.missing) {
      sink.out(`${j.name} (${j.namespace}): no such job yet (apply its manifest)\n`);
      return;
    }
    sink.out(`${j.name} (${j.namespace}, AppId ${j.appId})${j.suspended ? ', suspended' : ''}\n`);
    for (const u of j.webhookUrls ?? []) sink.out(`HTTP trigger (${u.network}): ${u.url}\n`);
    sink.out(j.runs.length ? runTable(j.runs) : 'no runs yet\n');
  });
}

export const STATUS_REPORTERS = {
  text,
  // One job: its fields at the top level too, as before there were several.
  json: (r: StatusReport, sink: Sink) =>
    sink.out(jsonDocument({ ...(r.jobs.length === 1 ? jsonJob(r.jobs[0]!) : {}), jobs: r.jobs.map(jsonJob) })),
} satisfies Reporters<StatusReport>;
