// What load makes: a manifest source (value, positions, what reading its
// text showed). The `yaml` parse with positions, and the fast path's
// sources, whose positions are parsed only when a finding needs them.
import {
  Composer,
  LineCounter,
  Parser,
  parseAllDocuments,
  isMap,
  isScalar,
  isSeq,
  YAMLParseError,
  type Document,
} from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { SimpleYamlFacts } from './simple-yaml.js';
import { valueAt } from '../collections.js';
import { MAX_COLLECTION_SIZE } from '../limits.js';

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
  origin?(path: readonly (string | number)[]): { source: ManifestSource; path: readonly (string | number)[] };
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
  readonly sizeBound?: { chars: number; separators: number };
  /** Where the over-large list or mapping at path was written, when known without parsing `doc` (see oversizedCollections). */
  oversizedAt?(
    path: readonly (string | number)[],
  ): { line: number; col: number; endLine: number; endCol: number } | undefined;
}

/** How many times c occurs in text, without splitting it (no substrings made). */
function occurrences(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** See ManifestSource.sizeBound; counted only for a text long enough to matter. */
function sizeBoundOf(text: string): { chars: number; separators: number } {
  // As many as the pieces the text splits into at line ends and at commas.
  const separators =
    text.length <= MAX_COLLECTION_SIZE ? text.length : occurrences(text, '\n') + occurrences(text, ',') + 2;
  return { chars: text.length, separators };
}

export interface LoadResult {
  sources: ManifestSource[];
  diagnostics: Diagnostic[];
  /** Files read, in order. */
  files: string[];
}

/**
 * The `yaml` parse saejob trusts (the fast path is checked against it).
 * Duplicate keys are found here rather than by `yaml`'s uniqueKeys, which
 * compares every key with every other (a 40,000-key mapping took seconds).
 */
// merge: YAML 1.1's `<<: *anchor` merge keys, which Kubernetes and Compose users write (unambiguous).
// logLevel error: the library's own warnings (a collection as a key) never reach stderr; the validator reports the key.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, merge: true, logLevel: 'error' } as const;

export function parseWithPositions(text: string): { docs: Document.Parsed[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, ...PARSE_OPTIONS });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  for (const doc of docs) if (doc.errors.length === 0) markDuplicateKeys(doc);
  return { docs, lineCounter };
}

/** A DUPLICATE_KEY error, as `yaml` words it, for each repeated scalar key; linear in the document. */
function markDuplicateKeys(doc: Document.Parsed): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        const id = isScalar(key) ? key.value : key;
        if (isScalar(key) && seen.has(id))
          doc.errors.push(
            new YAMLParseError([key.range![0], key.range![1]], 'DUPLICATE_KEY', 'Map keys must be unique'),
          );
        seen.add(id);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
}

/**
 * The `yaml` parse of a file's text, made on first use, shared by its
 * documents, and only as far as asked: a finding in the first document of a
 * 60,000-document file parses one document, not the file.
 */
export class LazyPositions {
  private readonly docs: Document.Parsed[] = [];
  private stream: Iterator<Document.Parsed> | undefined;
  private counter: LineCounter | undefined;
  /** Made with the first parse: most files never need one. */
  get lineCounter(): LineCounter {
    return (this.counter ??= new LineCounter());
  }
  readonly mayHoldReferences: boolean;
  readonly sizeBound: { chars: number; separators: number };
  constructor(
    private readonly text: string,
    /** What the fast path's parse of the text found. */
    readonly fast: SimpleYamlFacts,
  ) {
    this.mayHoldReferences = text.includes('${');
    this.sizeBound = sizeBoundOf(text); // the fast path reads no aliases
  }
  doc(index: number): Document.Parsed {
    this.stream ??= new Composer(PARSE_OPTIONS).compose(
      new Parser(this.lineCounter.addNewLine).parse(this.text),
    ) as Iterator<Document.Parsed>;
    while (this.docs.length <= index) {
      const next = this.stream.next();
      if (next.done)
        throw new Error(`document ${index} not found: the fast path and yaml disagree on the document count`);
      if (next.value.errors.length === 0) markDuplicateKeys(next.value);
      this.docs.push(next.value);
    }
    return this.docs[index]!;
  }
}

/** A document the fast path read: its value now, its positions when a finding needs them. */
export class FastSource implements ManifestSource {
  constructor(
    readonly file: string,
    readonly index: number,
    public value: unknown,
    private readonly positions: LazyPositions,
  ) {}
  get doc(): Document.Parsed {
    return this.positions.doc(this.index);
  }
  get lineCounter(): LineCounter {
    // Lines are counted as the text is parsed: as far as this document, at least.
    this.positions.doc(this.index);
    return this.positions.lineCounter;
  }
  private known: TextFacts | undefined;
  get facts(): TextFacts {
    const { mayHoldReferences, sizeBound, fast } = this.positions;
    return (this.known ??= {
      mayHoldReferences,
      sizeBound,
      exactScalars: fast.exactScalars,
      oversizedAt: (path) => {
        const v = valueAt(this.value, path);
        const at = v !== null && typeof v === 'object' ? fast.writtenAt(v) : undefined;
        return at && { line: at.line, col: at.col, endLine: at.line, endCol: at.endCol };
      },
    });
  }
}
