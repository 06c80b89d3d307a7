import { type ExportResult } from '../pipeline/export/export.js';
import type { LiveJob } from '../pipeline/plan/live-job.js';
import { exportNamer } from '../sae/references.js';
import type { Session } from '../sae/session.js';
/** A live job as a manifest: DescribeJob, then the names of the ConfigMaps and Secrets it uses. */
export declare function exportJob(session: Session, region: string, appId: string, namer?: ReturnType<typeof exportNamer>): Promise<{
    live: LiveJob;
    exported: ExportResult;
}>;
/** --adopt: the job gets this set's ownership tag, so the next plan manages it. */
export declare function adoptJob(session: Session, region: string, appId: string, set: string): Promise<void>;
/** --adopt: the ConfigMap's description gets this set's mark (ConfigMaps carry no tags). */
export declare function adoptConfigMap(session: Session, region: string, c: {
    ConfigMapId: number;
    Data?: Record<string, unknown> | undefined;
}, description: string, set: string): Promise<void>;
