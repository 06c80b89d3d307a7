// `saejob delete`: per job deleted, not found, refused or failed, and a summary.
import { jsonDocument } from '../json.js';
import type { Reporters, Sink } from '../reporter.js';

export interface DeleteJobReport {
  name: string;
  namespace: string;
  region: string;
  file: string;
  appId?: string;
  outcome?: 'deleted' | 'missing' | 'failed' | 'refused';
  error?: string;
}

export interface DeleteReport {
  jobs: readonly DeleteJobReport[];
}

const count = (r: DeleteReport, o: DeleteJobReport['outcome']) => r.jobs.filter((j) => j.outcome === o).length;

export const DELETE_REPORTERS = {
  text: (r: DeleteReport, sink: Sink) => {
    for (const j of r.jobs)
      if (j.outcome === 'deleted' || j.outcome === 'failed' || j.outcome === 'refused')
        sink.out(
          `${j.outcome === 'deleted' ? '✓' : '✗'} ${j.name} (${j.namespace}): ${j.outcome}${j.error ? `: ${j.error}` : ''}\n`,
        );
    sink.out(
      `Delete: ${count(r, 'deleted')} deleted, ${count(r, 'missing')} not found, ${count(r, 'refused') ? `${count(r, 'refused')} refused, ` : ''}${count(r, 'failed')} failed.\n`,
    );
  },
  json: (r: DeleteReport, sink: Sink) =>
    sink.out(
      jsonDocument({
        deleted: count(r, 'deleted'),
        missing: count(r, 'missing'),
        refused: count(r, 'refused'),
        failed: count(r, 'failed'),
        jobs: r.jobs,
      }),
    ),
} satisfies Reporters<DeleteReport>;
