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
    /** What reading the text showed, so that validation can skip work it proves needless; absent: nothing is known. */
    readonly facts?: TextFacts;
    /** The environment this is a final manifest of (see environments.ts). */
    readonly environment?: string;
    /** Where a field of the value was written, when not in this document (an environment's patch). */
    origin?(path: readonly (string | number)[]): {
        source: ManifestSource;
        path: readonly (string | number)[];
    };
}
/** What reading a document's text showed (most of it only the fast path can say), as one value. */
export interface TextFacts {
    /** Whether the file's text holds `${` anywhere: when not, no string needs looking at for references. */
    readonly mayHoldReferences: boolean;
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
export declare function fileDiagnostic(file: string, message: string, rule: string, line?: number, col?: number): Diagnostic;
export declare const withoutBom: (text: string) => string;
export declare function decodeUtf8(file: string, bytes: Uint8Array): {
    text?: string;
    diagnostic?: Diagnostic;
};
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
/** A size as people read it. */
export declare const sizeText: (bytes: number) => string;
