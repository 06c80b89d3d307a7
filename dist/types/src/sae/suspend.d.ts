import type { SaeClient } from './client.js';
import type { Session } from './session.js';
/**
 * SuspendJob, verified: read the job back until it shows the state asked
 * for. SAE may take a while (the emulator's --suspend-after-reads plays a
 * slow one), so nothing is concluded about what the parameter means until
 * the job has had time to settle: SUSPEND_READ_BACKS reads, the pause
 * growing to 5 s (about 45 s in all), within --timeout. Only a job still
 * in the old state after all of them is taken as SAE reading the flag the
 * other way (its documentation says both): then the other value is sent,
 * once, and that meaning kept for the rest of the run.
 */
export declare function setSuspended(session: Session, client: SaeClient, appId: string, paused: boolean, step: (m: string) => void, o: {
    intervalMs?: number;
}): Promise<void>;
/** Reads of DescribeJob after a SuspendJob before saejob concludes SAE did the opposite (about 45 s at the default pace). */
export declare const SUSPEND_READ_BACKS = 12;
