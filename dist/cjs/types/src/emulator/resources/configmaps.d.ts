import type { Params } from '../records.js';
import type { Store } from '../store.js';
export declare function listNamespacedConfigMaps(s: Store, p: Params): Record<string, unknown>;
export declare function createConfigMap(s: Store, p: Params): {
    ConfigMapId: number;
};
export declare function updateConfigMap(s: Store, p: Params): {
    ConfigMapId: string;
};
/** Refused while a job uses it, as SAE refuses. */
export declare function deleteConfigMap(s: Store, p: Params): {
    ConfigMapId: number;
};
export declare function describeConfigMap(s: Store, p: Params): Record<string, unknown>;
