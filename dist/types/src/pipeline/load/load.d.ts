import { LineCounter, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES } from '../limits.js';
/** One YAML document of a file, with its parsed value and source positions. */
export interface ManifestSource {
    file: string;
    /** 0-based index of the document in its file (empty documents count). */
    index: number;
    /** The `yaml` document, for positions; parsed on first use when the fast path read the file. */
    readonly doc: Document.Parsed;
    readonly lineCounter: LineCounter;
    /** The plain JS value of the document. */
    value: unknown;
    /** Whether the file's text holds `${` anywhere: when not, no string needs looking at for references. */
    readonly mayHoldReferences?: boolean;
    /** Every number and boolean of the value is written as it prints (see SimpleYamlFacts): no need to look at `doc` for its text. */
    readonly exactScalars?: boolean;
    /**
     * When the value cannot be larger than the file's text (no aliases): the
     * text's length, and how many separators (line ends, commas) it holds — no
     * list or mapping can have more items than that.
     */
    readonly sizeBound?: {
        chars: number;
        separators: number;
    };
    /** The environment this is a final manifest of (see environments.ts). */
    readonly environment?: string;
    /** Where a field of the value was written, when not in this document (an environment's patch). */
    origin?(path: readonly (string | number)[]): {
        source: ManifestSource;
        path: readonly (string | number)[];
    };
    /** Where the over-large list or mapping at path was written, when known without parsing `doc` (see oversizedCollections). */
    oversizedAt?(path: readonly (string | number)[]): {
        line: number;
        col: number;
        endLine: number;
        endCol: number;
    } | undefined;
}
export interface LoadResult {
    sources: ManifestSource[];
    diagnostics: Diagnostic[];
    /** Files read, in order. */
    files: string[];
}
export declare const MAX_ALIAS_COUNT = 100;
export { DEFAULT_MAX_FILE_BYTES };
export declare function parseWithPositions(text: string): {
    docs: Document.Parsed[];
    lineCounter: LineCounter;
};
/**
 * Parse the text of one file into manifest sources; pure. Most manifests are
 * read by the fast path (simple-yaml.ts), and only a manifest with a finding
 * pays for the `yaml` parse that gives positions; anything the fast path
 * declines is parsed by `yaml` right away, errors and all.
 */
/**
 * Whether a value is larger than `limit` (string lengths plus a little a
 * node), stopping as soon as it is: aliases can make a small file expand to
 * gigabytes, and yaml's alias cap counts aliases, not what they expand to.
 */
export declare function exceedsSize(value: unknown, limit: number): boolean;
export declare function parseManifestText(file: string, text: string, options?: {
    maxExpandedBytes?: number;
}): {
    sources: ManifestSource[];
    diagnostics: Diagnostic[];
};
/**
 * Expand the command line's paths: files as given, directories to every
 * *.yaml / *.yml below them, sorted. A file named twice (or reached twice)
 * is read once.
 */
export declare function expandPaths(paths: readonly string[]): {
    files: string[];
    diagnostics: Diagnostic[];
    regularFiles: Set<string>;
};
export interface LoadOptions {
    /** Reads standard input for `-`, at most `maxBytes` (more tells it is too large); injectable for tests and the library. */
    readStdin?: (maxBytes: number) => Uint8Array;
    /** Files larger than this are refused (default DEFAULT_MAX_FILE_BYTES). */
    maxFileBytes?: number;
    /** Paths known to be regular files (expandPaths says which): read without a stat of their own. */
    regularFiles?: ReadonlySet<string>;
}
/**
 * Up to `max` bytes of an open file descriptor (one more than `max` when
 * there is more); `expected` (a regular file's size) sizes the first read.
 */
export declare function readBounded(fd: number, max: number, expected?: number): Buffer;
/** Read and parse one file of the expanded list (`-` is standard input). */
export declare function readManifestFile(path: string, options?: LoadOptions): {
    file: string;
    read: boolean;
    sources: ManifestSource[];
    diagnostics: Diagnostic[];
};
/** Load every manifest the paths name. */
export declare function loadManifests(paths: readonly string[], options?: LoadOptions): LoadResult;
