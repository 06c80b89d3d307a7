import { LineCounter, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { SimpleYamlFacts } from './simple-yaml.js';
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
export declare function parseWithPositions(text: string): {
    docs: Document.Parsed[];
    lineCounter: LineCounter;
};
/**
 * The `yaml` parse of a file's text, made on first use, shared by its
 * documents, and only as far as asked: a finding in the first document of a
 * 60,000-document file parses one document, not the file.
 */
export declare class LazyPositions {
    private readonly text;
    /** What the fast path's parse of the text found. */
    readonly fast: SimpleYamlFacts;
    private readonly docs;
    private stream;
    private counter;
    /** Made with the first parse: most files never need one. */
    get lineCounter(): LineCounter;
    readonly mayHoldReferences: boolean;
    readonly sizeBound: {
        chars: number;
        separators: number;
    };
    constructor(text: string, 
    /** What the fast path's parse of the text found. */
    fast: SimpleYamlFacts);
    doc(index: number): Document.Parsed;
}
/** A document the fast path read: its value now, its positions when a finding needs them. */
export declare class FastSource implements ManifestSource {
    readonly file: string;
    readonly index: number;
    value: unknown;
    private readonly positions;
    constructor(file: string, index: number, value: unknown, positions: LazyPositions);
    get doc(): Document.Parsed;
    get lineCounter(): LineCounter;
    private known;
    get facts(): TextFacts;
}
