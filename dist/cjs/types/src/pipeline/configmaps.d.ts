import type { RuleFinding } from './rules.js';
export declare const CONFIGMAP_KIND = "ConfigMap";
export declare const isConfigMapDoc: (value: unknown) => boolean;
/** What a schema would say of a ConfigMap manifest, each finding at its field. */
export declare function checkConfigMapManifest(value: unknown): RuleFinding[];
export interface CompiledConfigMap {
    name: string;
    namespace: string;
    region: string;
    description?: string;
    data: Record<string, string>;
    /** Values never shown: of secret-looking keys, or from secret-looking variables. */
    secretKeys: string[];
    /** Keys whose secret variable is not set where plan runs (plan without secrets): not compared. */
    unknown?: {
        key: string;
        variable: string;
    }[];
}
export declare function compileConfigMap(value: unknown, o: {
    env: Readonly<Record<string, string | undefined>>;
    region?: string;
    unknownSecrets?: boolean;
}): {
    configMap?: CompiledConfigMap;
    findings: RuleFinding[];
};
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
export declare const MASKED = "******";
export declare function planConfigMap(file: string, cm: CompiledConfigMap, live: LiveConfigMap | undefined, set?: string): PlannedConfigMap;
/** A ConfigMap of the set that no manifest defines: planned for deletion (--prune). */
export declare function plannedConfigMapDelete(name: string, namespace: string, region: string, live: LiveConfigMap): PlannedConfigMap;
