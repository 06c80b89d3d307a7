/** The largest file read by default (--max-file-size): a manifest is a few KB; this is a thousand of them. */
export declare const DEFAULT_MAX_FILE_BYTES: number;
/** What aliases may expand one document to, as a multiple of the file size limit. */
export declare const ALIAS_EXPANSION_FACTOR = 4;
/** The most a request may carry, and the most text one manifest may hold; SAE's gateway takes less in a query string. */
export declare const MAX_REQUEST_BYTES: number;
/**
 * The longest query string a job's request may have. CreateJob and UpdateJob
 * carry Envs, CommandArgs, SlsConfigs, TriggerConfig and most other
 * parameters in the query string (the contract), and SAE's gateway limit is
 * not documented (common limits are 8–32 KB; past it the answer is a
 * gateway's page, not SAE's JSON): saejob refuses more than this, offline.
 */
export declare const MAX_QUERY_BYTES: number;
/** The most items a list, or keys a mapping, may hold: a job's settings have dozens, not thousands. */
export declare const MAX_COLLECTION_SIZE = 1000;
/** Findings shown per document; the rest are counted. */
export declare const MAX_FINDINGS_PER_DOCUMENT = 50;
/** Problems listed per file before the rest of it is skipped. */
export declare const MAX_DIAGNOSTICS_PER_FILE = 200;
