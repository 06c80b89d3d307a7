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
/**
 * Export writes no secret in clear, wherever it stands: a known secret's
 * value (a secret env entry's, the OSS secret) inside any other string
 * becomes its `${env:NAME}` reference, and what looks like a credential
 * inside text — a URL's password (`://user:PASS@`), an `Authorization:` or
 * `Bearer` token, `password=…` / `token=…` — becomes a reference to a new
 * variable, named after where it stood, which the note lists.
 */
export declare function withoutSecretText(manifest: unknown, known: readonly {
    value: string;
    variable: string;
}[], variables: string[]): unknown;
/** The manifest as YAML, with the editor modeline and a note on its secrets. */
/** The manifest as YAML, with notes; the editor modeline only when the schema's place is known. */
export declare function manifestYaml(r: ExportResult, schemaRef: string | undefined): string;
