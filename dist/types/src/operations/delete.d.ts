import type { ListedJob } from '../sae/live.js';
import type { Session } from '../sae/session.js';
export interface DeleteTarget {
    name: string;
    namespace: string;
    region: string;
    file: string;
    job?: ListedJob;
    error?: string;
    outcome?: 'deleted' | 'missing' | 'failed' | 'refused';
}
/** Each target found or not, and refused where apply would refuse it; those left have no outcome yet. */
export declare function planDelete(session: Session, targets: DeleteTarget[], o: {
    set: string;
    adopt?: boolean;
}): Promise<DeleteTarget[]>;
/** The jobs planDelete left without an outcome, deleted: each ends deleted or failed. */
export declare function executeDelete(session: Session, targets: readonly DeleteTarget[], o: {
    concurrency: number;
    timeoutMs: number;
    pollIntervalMs: number;
}): Promise<void>;
