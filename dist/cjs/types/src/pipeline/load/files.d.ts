import type { Diagnostic } from '../diagnostics.js';
import { type LoadResult, type ManifestSource } from './parse.js';
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
