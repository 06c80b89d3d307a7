import type { RuleFinding } from '../validate/rules.js';
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
