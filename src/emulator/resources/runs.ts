// Runs of a job: ExecJob, DescribeJobStatus, DescribeJobHistory.

import { randomUUID } from 'node:crypto';
import { ApiError, notEmpty, obviously } from '../errors.js';
import type { Params, RunRecord } from '../records.js';
import type { Store } from '../store.js';

export function execJob(s: Store, p: Params): Record<string, string> {
  const job = s.liveJob(p.AppId);
  if (p.EventId) {
    const previous = s.runs.find((r) => r.AppId === job.AppId && r.EventId === p.EventId);
    if (previous) return { Code: '200', Data: previous.JobId, Msg: 'success', Success: 'true' };
  }
  if (p.Replicas !== undefined && !/^[1-9][0-9]*$/.test(p.Replicas)) throw obviously('Replicas');
  for (const name of ['Envs', 'CommandArgs']) {
    if (p[name]) {
      try {
        if (!Array.isArray(JSON.parse(p[name]!))) throw new Error();
      } catch {
        throw obviously(name, 'it must be a JSON list');
      }
    }
  }
  const b = s.options.behaviour;
  // ExecJob reports some refusals inside a successful response.
  if (b.refuseRuns.includes(job.params.AppName!))
    return { Code: '500', Data: '', Msg: 'the job cannot be started now (emulated refusal)', Success: 'false' };
  const run: RunRecord = {
    JobId: `manual-${randomUUID().slice(0, 8)}`,
    AppId: job.AppId,
    startedAt: s.now(),
    durationMs: b.runMs,
    outcome: b.failRuns.includes(job.params.AppName!) ? 'fail' : 'succeed',
    replicas: Number(p.Replicas ?? job.params.Replicas ?? 1),
  };
  if (p.EventId) run.EventId = p.EventId;
  s.runs.push(run);
  return { Code: '200', Data: run.JobId, Msg: 'success', Success: 'true' };
}

export function describeJobStatus(s: Store, p: Params): Record<string, unknown> {
  const job = s.job(p.AppId);
  if (!p.JobId) throw notEmpty('JobId');
  const run = s.runs.find((r) => r.AppId === job.AppId && r.JobId === p.JobId);
  // No code for an unknown JobId is documented; this one is the emulator's.
  if (!run) throw new ApiError(404, 'InvalidJobId.NotFound', `The specified JobId does not exist: ${p.JobId}.`);
  return s.runStatus(run);
}

export function describeJobHistory(s: Store, p: Params): Record<string, unknown> {
  const job = s.job(p.AppId);
  const page = Number(p.CurrentPage ?? 1);
  const size = Number(p.PageSize ?? 10);
  let runs = s.runs
    .filter((r) => r.AppId === job.AppId)
    .map((r) => s.runStatus(r))
    .reverse();
  if (p.State) runs = runs.filter((r) => r.State === p.State);
  return {
    Jobs: runs.slice((page - 1) * size, page * size),
    CurrentPage: page,
    PageSize: size,
    TotalSize: runs.length,
  };
}
