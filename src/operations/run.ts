// Run, as the CLI and library users start one: ExecJob (idempotent per
// EventId, so a retry after a lost answer starts at most one run), its own
// verdict read from inside the 200 answer, then DescribeJobStatus until the
// run ends; and whether a manifest still matches the live job it names.
import { EXEC_SUCCESS, RUN_STATES } from '../contract/api.js';
import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import type { PlanAction } from '../pipeline/plan/plan.js';
import { resolveNames } from '../sae/references.js';
import type { Session } from '../sae/session.js';
import { pollUntil } from '../sae/wait.js';

export interface RunRequest {
  EventId: string;
  Envs?: string | undefined;
  Command?: string | undefined;
  CommandArgs?: string | undefined;
  Replicas?: number | undefined;
  JarStartArgs?: string | undefined;
  JarStartOptions?: string | undefined;
  WarStartOptions?: string | undefined;
  Time?: string | undefined;
}

/** The run's JobId, or what SAE said instead of starting one. */
export async function startRun(
  session: Session,
  region: string,
  appId: string,
  request: RunRequest,
): Promise<{ jobId: string; refused?: undefined } | { jobId?: undefined; refused: string }> {
  const started = await session
    .client(region)
    .call<{ Code?: string; Data?: string; Msg?: string; Success?: string }>('ExecJob', { AppId: appId, ...request });
  // ExecJob answers 200 with its own verdict inside: Data.Success is the string "true", Data.Data the run's JobId.
  if (started?.Success !== EXEC_SUCCESS || typeof started.Data !== 'string' || started.Data === '')
    return { refused: started?.Msg || `ExecJob answered ${JSON.stringify(started)?.slice(0, 200)}` };
  return { jobId: started.Data };
}

/** DescribeJobStatus until the run succeeds or fails (undefined: still running at the deadline). */
export function waitForRun(
  session: Session,
  region: string,
  appId: string,
  jobId: string,
  o: { timeoutMs: number; intervalMs: number; onStatus?: (state: string, status: Record<string, unknown>) => void },
): Promise<{ state: string; status: Record<string, unknown> } | undefined> {
  return pollUntil(
    () => session.client(region).call<Record<string, unknown>>('DescribeJobStatus', { AppId: appId, JobId: jobId }),
    (s) => {
      const state = String(s.State);
      o.onStatus?.(RUN_STATES[state] ?? state, s);
      return state === '1' || state === '2' ? { state: RUN_STATES[state]!, status: s } : undefined;
    },
    { timeoutMs: session.remainingMs(o.timeoutMs), intervalMs: o.intervalMs, maxIntervalMs: 10_000 },
  );
}

/**
 * What applying the one manifest compiled would do to its live job, or undefined when it matches
 * (or cannot be told). Its ConfigMaps and Secrets are resolved first, as plan does: a placeholder
 * is not a change.
 */
export async function manifestDrift(session: Session, pipeline: PipelineResult): Promise<PlanAction | undefined> {
  const compiled = pipeline.compiled;
  if (compiled.length !== 1 || (await resolveNames(session, compiled)).length) return undefined;
  const action = (await session.plan(compiled))[0]?.planned?.action;
  return action === 'unchanged' ? undefined : action;
}
