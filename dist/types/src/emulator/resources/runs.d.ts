import type { Params } from '../records.js';
import type { Store } from '../store.js';
export declare function execJob(s: Store, p: Params): Record<string, string>;
export declare function describeJobStatus(s: Store, p: Params): Record<string, unknown>;
export declare function describeJobHistory(s: Store, p: Params): Record<string, unknown>;
