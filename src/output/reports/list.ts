// `saejob list`: the jobs of a namespace (or a region), managed or not, one
// line each: who owns it, its trigger, whether it is suspended, its image,
// its last run.
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';
import { runTime } from './status.js';

export interface ListedJobView {
  name: string;
  namespace: string;
  region: string;
  appId: string;
  /** The saejob-set tag's value; undefined: no saejob set manages it (made in the console?). */
  owner?: string;
  protected: boolean;
  /** The cron schedule, `http`, or undefined for a job that runs only when started. */
  trigger?: string;
  suspended: boolean;
  image: string;
  lastRun?: string;
  /** The last run's state in words (Running, Succeeded, Failed), or undefined before the first run. */
  lastState?: string;
}

export interface ListReport {
  set: string;
  jobs: readonly ListedJobView[];
}

function text(r: ListReport, sink: Sink): void {
  const s = sink.outStyle;
  const rows = r.jobs.map((j) => [
    j.name,
    j.namespace,
    j.owner ? (j.owner === r.set ? j.owner : `${j.owner} (other set)`) : '(none: unmanaged)',
    j.trigger ?? '(manual)',
    j.suspended ? 'yes' : 'no',
    j.image,
    j.lastRun ? `${j.lastRun} ${j.lastState ?? ''}`.trim() : '',
  ]);
  const head = ['NAME', 'NAMESPACE', 'OWNER (saejob-set)', 'TRIGGER', 'SUSPENDED', 'IMAGE', 'LAST RUN'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  sink.out(`${s.bold(line(head))}\n`);
  for (const row of rows) sink.out(`${line(row)}\n`);
  const unmanaged = r.jobs.filter((j) => !j.owner).length;
  const others = r.jobs.filter((j) => j.owner && j.owner !== r.set).length;
  sink.out(
    `\n${r.jobs.length} job${r.jobs.length === 1 ? '' : 's'}: ${r.jobs.length - unmanaged - others} of set ${r.set}, ${others} of other sets, ${unmanaged} unmanaged${unmanaged ? ' (saejob export --adopt brings them into git)' : ''}.\n`,
  );
}

export const LIST_REPORTERS = {
  text,
  json: (r: ListReport, sink: Sink) => sink.out(jsonDocument({ set: r.set, jobs: r.jobs })),
} satisfies Reporters<ListReport>;

export { runTime };
