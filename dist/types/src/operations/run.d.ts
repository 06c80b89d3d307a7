import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import type { PlanAction } from '../pipeline/plan/plan.js';
import type { Session } from '../sae/session.js';
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
export declare function startRun(session: Session, region: string, appId: string, request: RunRequest): Promise<{
    jobId: string;
    refused?: undefined;
} | {
    jobId?: undefined;
    refused: string;
}>;
/** DescribeJobStatus until the run succeeds or fails (undefined: still running at the deadline). */
export declare function waitForRun(session: Session, region: string, appId: string, jobId: string, o: {
    timeoutMs: number;
    intervalMs: number;
    onStatus?: (state: string, status: Record<string, unknown>) => void;
}): Promise<{
    state: string;
    status: Record<string, unknown>;
} | undefined>;
/**
 * What applying the one manifest compiled would do to its live job, or undefined when it matches
 * (or cannot be told). Its ConfigMaps and Secrets are resolved first, as plan does: a placeholder
 * is not a change.
 */
export declare function manifestDrift(session: Session, pipeline: PipelineResult): Promise<PlanAction | undefined>;
