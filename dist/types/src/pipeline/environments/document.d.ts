import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from '../load/load.js';
export declare const ENVIRONMENT_KIND = "Environment";
export interface Environment {
    name: string;
    source: ManifestSource;
    base: string[];
    namespace?: string;
    region?: string;
    variables: Record<string, unknown>;
    patches: {
        job: string;
        index: number;
        value: Record<string, unknown>;
    }[];
}
export interface Finding {
    source: ManifestSource;
    path: FieldPath;
    message: string;
    rule: string;
    severity?: 'warning';
}
/** What an Environment document says, or the findings that say why it cannot be read. */
export declare function readEnvironment(source: ManifestSource, findings: Finding[]): Environment | undefined;
