import { RuleContext, type Rule, type RuleFinding } from './rules/context.js';
export type { Rule, RuleFinding, RuleInfo } from './rules/context.js';
export { isIpAddress, isTimeZone } from './rules/context.js';
/** Every rule, area by area. */
export declare const RULES: readonly Rule[];
/**
 * Every per-manifest rule on one manifest. `mayHoldReferences: false` (no
 * `${` in the file) skips looking for malformed references; `region` and
 * `envRegion` are `--region` and ALIBABA_CLOUD_REGION_ID.
 */
export declare function checkManifestRules(manifest: unknown, options?: RuleContext['options']): RuleFinding[];
/** What makes a job one job: (region, namespace, name). */
export interface Identity {
    id: string;
    name: string;
    namespace: string;
    region: string;
}
export declare function identityOf(manifest: unknown, options: {
    region?: string | undefined;
    envRegion?: string | undefined;
}): Identity | undefined;
/** `first` says where the job was defined first, e.g. `manifests/a.yaml:4:9`. */
export declare function duplicateIdentityFinding(identity: Identity, first: string): RuleFinding;
