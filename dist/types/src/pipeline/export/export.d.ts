import type { Params } from '../compile/compile.js';
import type { SaeJob } from '../../generated/job.js';
export interface ExportResult {
    manifest: SaeJob;
    /** Environment variables the manifest references for its secrets. */
    secretVariables: string[];
    /** Live settings a manifest cannot hold, left out (each names the field and the value). */
    omitted: string[];
    /** Set when what is left is still not a valid manifest: why, one line a problem. */
    invalid?: string[];
}
/** `params` are DescribeJob's Data as CreateJob parameters (see describedParams). */
/** A live job as a manifest; its tags (SAE's own and the ownership tag left out) as labels. */
/** Names by ID, as the namespace's listings give them: the export names ConfigMaps and Secrets rather than giving IDs. */
export interface ExportNames {
    configMaps?: ReadonlyMap<number, string>;
    secrets?: ReadonlyMap<number, string>;
}
export declare function manifestFromParams(params: Params, suspend: boolean, tags?: Readonly<Record<string, string>>, names?: ExportNames): ExportResult;
/** The manifest as YAML, with the editor modeline and a note on its secrets. */
/** The manifest as YAML, with notes; the editor modeline only when the schema's place is known. */
export declare function manifestYaml(r: ExportResult, schemaRef: string | undefined): string;
