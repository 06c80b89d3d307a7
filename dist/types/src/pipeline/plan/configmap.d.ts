import type { CompiledConfigMap } from '../compile/configmap.js';
export interface LiveConfigMap {
    id: number;
    description: string;
    data: Record<string, string>;
    /** Jobs SAE says use it. */
    users: string[];
}
export declare const ownerOfConfigMap: (description: string) => string | undefined;
export declare const userDescription: (description: string) => string;
export declare const markedDescription: (description: string | undefined, set: string) => string;
export interface PlannedConfigMap {
    file: string;
    name: string;
    namespace: string;
    region: string;
    environment?: string;
    /** delete: a ConfigMap of the set no manifest defines any more (--prune). */
    action: 'create' | 'update' | 'unchanged' | 'delete';
    /** Who owns the live one, when not this set: apply leaves it alone (unless --adopt, for an unowned one). */
    ownership?: {
        state: 'unowned';
    } | {
        state: 'other';
        set: string;
    };
    /** Jobs SAE says use it (a delete is refused while there are any). */
    users?: string[];
    id?: number;
    /** Key by key (`description` for the description), secret values masked. */
    changes: {
        key: string;
        before?: string;
        after?: string;
    }[];
    configMap: CompiledConfigMap;
    /** What it was planned against (a saved plan fingerprints it). */
    live?: LiveConfigMap;
    /** Keys not compared: their secret's variable is not set where plan ran. */
    unknown?: string[];
}
export declare function planConfigMap(file: string, cm: CompiledConfigMap, live: LiveConfigMap | undefined, set?: string): PlannedConfigMap;
/** A ConfigMap of the set that no manifest defines: planned for deletion (--prune). */
export declare function plannedConfigMapDelete(name: string, namespace: string, region: string, live: LiveConfigMap): PlannedConfigMap;
