import { type NameReference } from './references.js';
import type { SaeJob } from '../../generated/job.js';
import type { RuleFinding } from '../validate/rules.js';
import type { Params } from './compile.js';
/** A value plan could not know: its secret's variable is not set. */
export interface UnknownValue {
    variable: string;
    /** Where it is used, e.g. `spec.template.env.2.value`. */
    path: string;
}
export declare const json: (v: unknown) => string;
interface Expanded {
    value: unknown;
    findings: RuleFinding[];
    secrets: Set<string>;
    /** Where a secret was substituted (`spec.template.env.0.value`, ...). */
    secretPaths: Set<string>;
    unknown: UnknownValue[];
}
/** Replace ${env:NAME} in every string; unset variables become positioned findings. */
export declare function expandManifest(value: unknown, env: Readonly<Record<string, string | undefined>>, unknownSecrets?: boolean): Expanded;
/** Every CreateJob parameter a manifest sets, in the order of the mapping table. */
export declare function manifestParams(m: SaeJob): Params;
/** The parameters, and the ConfigMaps and Secrets named rather than given by ID (placeholders in the parameters). */
export declare function paramsAndReferences(m: SaeJob): {
    params: Params;
    references: NameReference[];
};
export {};
