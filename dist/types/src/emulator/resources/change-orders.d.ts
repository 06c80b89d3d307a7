import { type Params } from '../records.js';
import type { Store } from '../store.js';
export declare function describeChangeOrder(s: Store, p: Params): Record<string, unknown>;
export declare function listChangeOrders(s: Store, p: Params): Record<string, unknown>;
