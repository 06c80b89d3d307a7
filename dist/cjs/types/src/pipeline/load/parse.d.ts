import type { Diagnostic } from '../diagnostics.js';
import { DEFAULT_MAX_FILE_BYTES } from '../limits.js';
import { type ManifestSource } from './sources.js';
export declare const MAX_ALIAS_COUNT = 100;
export { DEFAULT_MAX_FILE_BYTES };
export declare function fileDiagnostic(file: string, message: string, rule: string, line?: number, col?: number): Diagnostic;
export declare const withoutBom: (text: string) => string;
export declare function decodeUtf8(file: string, bytes: Uint8Array): {
    text?: string;
    diagnostic?: Diagnostic;
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
/** A size as people read it. */
export declare const sizeText: (bytes: number) => string;
export { type ManifestSource, type TextFacts, type LoadResult, parseWithPositions, LazyPositions, FastSource, } from './sources.js';
