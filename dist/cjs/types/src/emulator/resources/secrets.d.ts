import type { Params } from '../records.js';
import type { Store } from '../store.js';
export declare function listSecrets(s: Store, p: Params): Record<string, unknown>;
