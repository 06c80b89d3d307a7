import { type Diagnostic } from '../diagnostics.js';
import type { LoadResult, ManifestSource } from '../load/load.js';
import { type RuleFinding } from './rules.js';
import type { SaeJob } from '../../generated/job.js';
export interface ValidManifest {
    source: ManifestSource;
    manifest: SaeJob;
}
export interface ValidateOptions {
    /** `--region`: contradicting a manifest's own region is an error. */
    region?: string | undefined;
    /** ALIBABA_CLOUD_REGION_ID, the last fallback for a manifest's region. */
    envRegion?: string | undefined;
}
export interface ValidationResult {
    /** Every diagnostic, load problems included, sorted by file and position. */
    diagnostics: Diagnostic[];
    /** The job manifests that have no error. */
    valid: ValidManifest[];
    /** The ConfigMap manifests that have no error. */
    configMaps: ManifestSource[];
}
export declare function toDiagnostic(source: ManifestSource, f: RuleFinding): Diagnostic;
/**
 * Where a value is sent as text, YAML's reading of a plain scalar must not
 * change it: `1.10` is the number 1.1, `0x1F` is 31, `True` is true. The
 * source text is only looked at (and the file parsed for positions) when
 * such a field holds a number or a boolean.
 */
export declare function exactTextFindings(source: ManifestSource): RuleFinding[];
/** Schema and per-manifest rules for one document. */
export declare function validateSource(source: ManifestSource, options?: ValidateOptions): Diagnostic[];
/**
 * Validates documents one at a time, remembering only the identities seen
 * (for the unique-identity rule), so that a caller can drop each document
 * once it is checked: memory stays flat over thousands of manifests.
 */
export declare class ManifestValidator {
    readonly options: ValidateOptions;
    /** Identity → where it was first defined. */
    private seen;
    constructor(options?: ValidateOptions);
    check(source: ManifestSource): Diagnostic[];
}
export declare function validateManifests(loaded: Pick<LoadResult, 'sources' | 'diagnostics'>, options?: ValidateOptions): ValidationResult;
