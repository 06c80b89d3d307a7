// `saejob run`: the run started, and with --wait how it ended.
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface RunReport {
  name: string;
  namespace: string;
  appId: string;
  eventId: string;
  jobId: string;
  /** `running` until --wait saw it end. */
  state: string;
  /** DescribeJobStatus at the end (--wait). */
  status?: Record<string, unknown>;
}

export const RUN_REPORTERS = {
  text: (r: RunReport, sink: Sink) => {
    if (!r.status) sink.out(`started run ${r.jobId} of ${r.name} (EventId ${r.eventId})\n`);
    else sink.out(`run ${r.jobId} ${r.state}${r.status.Message ? `: ${String(r.status.Message)}` : ''}\n`);
  },
  json: (r: RunReport, sink: Sink) =>
    sink.out(
      jsonDocument({
        name: r.name,
        namespace: r.namespace,
        appId: r.appId,
        eventId: r.eventId,
        jobId: r.jobId,
        state: r.state,
        status: r.status,
      }),
    ),
} satisfies Reporters<RunReport>;
