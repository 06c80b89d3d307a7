import { type Params } from '../records.js';
import type { Store } from '../store.js';
/**
 * A job the account already had (--seed): made as CreateJob makes it, but
 * long ago, so its change order is over (succeeded) and a first plan does
 * not find it "still changing".
 */
export declare function seedJob(s: Store, p: Params, tags?: Record<string, string>): string;
export declare function createJob(s: Store, p: Params): {
    AppId: string;
    ChangeOrderId: string;
};
export declare function updateJob(s: Store, p: Params): {
    AppId: string;
    ChangeOrderId: string;
};
/** DeleteJob: no change order; the job disappears `deleteMs` later. */
export declare function deleteJob(s: Store, p: Params): string;
export declare function suspendJob(s: Store, p: Params): string;
export declare function describeJob(s: Store, p: Params): Record<string, unknown>;
export declare function listJobs(s: Store, p: Params): Record<string, unknown>;
