// A fast path for the YAML that job manifests are written in. The `yaml`
// package stays the authority: it keeps positions and reports errors, but it
// costs ~290 µs for a 700-byte manifest, which made `validate` of a large
// repository slower than ajv-cli. This parser reads a strict subset of YAML
// (block mappings and sequences, one-line flow collections, plain and quoted
// one-line scalars, literal and simple folded block scalars, comments, `---`,
// LF or CRLF) in a small fraction of that time, and declines — returns
// undefined — for anything else: anchors, tags, multi-line plain or quoted
// scalars, tabs, duplicate keys, odd indentation, deep nesting, directives.
// The caller then parses with `yaml`. Where it does answer, it must give what
// `yaml` would (no error, no warning, the same documents, the same values):
// test/simple-yaml.test.ts checks that against `yaml` on the examples, the
// broken corpus, edge cases, and thousands of mutated manifests and random
// documents. Plain scalars resolve through `yaml`'s own core-schema tags, so
// numbers, booleans and nulls cannot drift.
import { Schema, isScalar } from 'yaml';
import { MAX_COLLECTION_SIZE } from '../limits.js';

type ScalarTag = {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: { intAsBigInt: boolean }) => unknown;
};

let plainTags: ScalarTag[] | undefined;
const resolveOptions = { intAsBigInt: false };

// The core schema's null, boolean and number forms are empty or start with
// one of these; any other plain scalar is a string without testing the tags.
const CORE_FIRST_CHARS = /^(?:$|[~nNtTfF0-9+\-.])/;

// Whether the parse under way resolved a plain scalar to a value that does
// not print back as written (`1.10` → 1.1, `True` → true, `~` → null); see
// SimpleYamlFacts.
let inexactScalars = false;

/** Resolve a plain scalar the way `yaml`'s core schema does. */
function resolvePlain(text: string): unknown {
  if (!CORE_FIRST_CHARS.test(text)) return text;
  plainTags ??= (new Schema({ schema: 'core' }).tags as ScalarTag[]).filter((t) => t.default === true && t.test);
  for (const tag of plainTags) {
    if (tag.test!.test(text)) {
      let failed = false;
      const resolved = tag.resolve(text, () => (failed = true), resolveOptions);
      if (failed) throw DECLINE;
      // Booleans come back as Scalar nodes (to keep their source form).
      const value = isScalar(resolved) ? resolved.value : resolved;
      if (String(value) !== text) inexactScalars = true;
      return value;
    }
  }
  return text;
}

const DECLINE = new Error('outside the simple YAML subset');

// Characters that `yaml` treats specially or reports on anywhere in a file.
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// A plain key is an identifier-like word (no spaces, no indicators); keys
// that look like null, booleans or numbers are declined. Sticky: matched in
// place, at lastIndex, without copying the line.
const PLAIN_KEY = /[A-Za-z_$][\w$./-]*/y;
// `yaml` runs out of stack (RESOURCE_EXHAUSTION) somewhere past 500 levels
// of nesting; the subset stops far short of that. Block depth is bounded by
// indentation, flow depth by a count.
const MAX_BLOCK_INDENT = 128;
const MAX_FLOW_DEPTH = 64;
const MAX_KEY_LENGTH = 1000; // `yaml` rejects implicit keys over 1024 characters
const BLOCK_SCALAR_HEADER = /^([|>])(-?)(?: +#.*| *)$/;
// An indicator cannot start a plain scalar (`?` and `:` are declined outright;
// `-` see canStartPlain).
const PLAIN_START_INDICATORS = '&*!|>%@`?:,[]{}#\'"';

// A flow plain scalar runs up to `,` `[` `]` `{` `}`, or a `:` that ends a
// key (before a space, `,` `]` `}` or the end); sticky, like PLAIN_KEY.
const FLOW_PLAIN = /(?:[^,[\]{}:]|:(?=[^ ,\]}]))*/y;
// The characters of a double-quoted scalar up to its end or an escape.
const DOUBLE_QUOTED_RUN = /[^"\\]*/y;

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

// String.prototype.trim* would also strip Unicode spaces (U+00A0...), which
// YAML keeps as content: only the space character separates tokens here.
function skipSpaces(line: string, i: number): number {
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** A dash item indicator at line[i]: `-` then a space or the end of the line. */
function isSeqItemAt(line: string, i: number): boolean {
  return line.charCodeAt(i) === 45 /* - */ && (i + 1 === line.length || line.charCodeAt(i + 1) === 32);
}

/**
 * Whether text[i] may start a plain scalar: not an indicator, and `-` only
 * before a character that continues the scalar (a space, or in a flow
 * collection one of `,[]{}`, makes it a sequence entry).
 */
function canStartPlain(text: string, i: number, inFlow: boolean): boolean {
  const first = text[i];
  if (first === undefined || PLAIN_START_INDICATORS.includes(first)) return false;
  if (first !== '-') return true;
  const next = text[i + 1];
  return next !== undefined && next !== ' ' && !(inFlow && ',[]{}'.includes(next));
}

/** Nothing but spaces, or a comment after at least one space, from line[i] on. */
function isCommentOrEnd(line: string, i: number): boolean {
  const j = skipSpaces(line, i);
  return j === line.length || (j > i && line.charCodeAt(j) === 35);
}

// Where the last readQuoted / readKey call ended (saves a tuple a call).
let quotedEnd = 0;
let keyEnd = 0;

/** A one-line quoted scalar at text[start]; sets quotedEnd after the closing quote. */
function readQuoted(text: string, start: number): string {
  const quote = text.charCodeAt(start);
  let out = '';
  let i = start + 1;
  if (quote === 39 /* ' */) {
    for (;;) {
      const close = text.indexOf("'", i);
      if (close < 0) throw DECLINE;
      out += text.slice(i, close);
      if (text.charCodeAt(close + 1) === 39) {
        out += "'";
        i = close + 2;
      } else {
        quotedEnd = close + 1;
        return out;
      }
    }
  }
  for (;;) {
    DOUBLE_QUOTED_RUN.lastIndex = i;
    DOUBLE_QUOTED_RUN.test(text);
    const j = DOUBLE_QUOTED_RUN.lastIndex;
    if (j >= text.length) throw DECLINE;
    out += text.slice(i, j);
    if (text.charCodeAt(j) === 34 /* " */) {
      quotedEnd = j + 1;
      return out;
    }
    const escaped = text[j + 1];
    if (escaped === undefined) throw DECLINE;
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple !== undefined) {
      out += simple;
      i = j + 2;
      continue;
    }
    const length = HEX_ESCAPE_LENGTH[escaped];
    const hex = length ? text.slice(j + 2, j + 2 + length) : '';
    if (!length || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw DECLINE;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw DECLINE;
    out += String.fromCodePoint(code);
    i = j + 2 + length;
  }
}

/** The mapping key at line[start], if there is one (`key:` then a space or the end); sets keyEnd after the `:`. */
function readKey(line: string, start: number): string | undefined {
  let key: string;
  let end: number;
  const c = line.charCodeAt(start);
  if (c === 34 || c === 39) {
    key = readQuoted(line, start);
    end = quotedEnd;
  } else {
    PLAIN_KEY.lastIndex = start;
    if (!PLAIN_KEY.test(line)) return undefined;
    end = PLAIN_KEY.lastIndex;
    key = line.slice(start, end);
    if (typeof resolvePlain(key) !== 'string') throw DECLINE;
  }
  if (line.charCodeAt(end) !== 58 /* : */) return undefined;
  if (end + 1 < line.length && line.charCodeAt(end + 1) !== 32) return undefined;
  if (end - start > MAX_KEY_LENGTH || key === '__proto__' || key === '<<') throw DECLINE;
  keyEnd = end + 1;
  return key;
}

function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) throw DECLINE; // `yaml` reports the duplicate
  map[key] = value;
}

/** Where a value the fast path read was written (1-based): its key, or as a list item its first character. */
export interface WrittenAt {
  line: number;
  col: number;
  endCol: number;
}

/**
 * Where each list or mapping the fast path read with more than
 * MAX_COLLECTION_SIZE entries was written. Validation refuses such a
 * collection at its key; without this, that one position cost a `yaml`
 * parse of the whole document (two seconds for a 1 MB list). Only these
 * are noted: the common case pays one length check a value.
 */
const oversizedCollections = new WeakMap<object, WrittenAt>();
const oversizedMaps = new WeakSet<object>();

function noteIfOversized(value: unknown, line: number, col: number, length: number): void {
  if (
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) ? value.length > MAX_COLLECTION_SIZE : oversizedMaps.has(value))
  ) {
    oversizedCollections.set(value, { line: line + 1, col: col + 1, endCol: col + 1 + length });
  }
}

/** Flow collections on one line: `[a, b]`, `{ k: v }`, nested. */
class FlowReader {
  private depth = 0;
  /** Where the next ` #` at or after the last scalar starts (-1: none): found once, not once a scalar. */
  private commentAt = -2;
  constructor(
    readonly text: string,
    public i: number,
    /** The 0-based line the text is, for oversizedCollections. */
    readonly line: number,
  ) {}

  value(): unknown {
    const c = this.text.charCodeAt(this.i);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++this.depth > MAX_FLOW_DEPTH) throw DECLINE;
      const value = c === 91 ? this.seq() : this.map();
      this.depth--;
      return value;
    }
    if (c === 34 || c === 39) {
      const value = readQuoted(this.text, this.i);
      this.i = quotedEnd;
      return value;
    }
    return this.plain();
  }

  private plain(): unknown {
    const text = this.text;
    const start = this.i;
    if (!canStartPlain(text, start, true)) throw DECLINE;
    FLOW_PLAIN.lastIndex = start;
    FLOW_PLAIN.test(text);
    const i = FLOW_PLAIN.lastIndex;
    if (this.commentAt !== -1 && this.commentAt < start) this.commentAt = text.indexOf(' #', start);
    if (this.commentAt >= 0 && this.commentAt < i) throw DECLINE;
    this.i = i;
    let end = i;
    while (text.charCodeAt(end - 1) === 32) end--;
    return resolvePlain(text.slice(start, end));
  }

  /** After an entry: `,` then the next one, or the closing bracket. */
  private more(close: number): boolean {
    this.i = skipSpaces(this.text, this.i);
    const c = this.text.charCodeAt(this.i++);
    if (c === close) return false;
    if (c !== 44 /* , */) throw DECLINE;
    this.i = skipSpaces(this.text, this.i);
    if (this.text.charCodeAt(this.i) === close) throw DECLINE; // a trailing comma
    return true;
  }

  private seq(): unknown[] {
    const out: unknown[] = [];
    this.i = skipSpaces(this.text, this.i + 1);
    if (this.text.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    do {
      const at = this.i;
      const item = this.value();
      noteIfOversized(item, this.line, at, 1);
      out.push(item);
    } while (this.more(93));
    return out;
  }

  private map(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i = skipSpaces(this.text, this.i + 1);
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    let size = 0;
    do {
      const at = this.i;
      const key = readKey(this.text, this.i);
      // A flow key needs `: ` and a value; `{ a }`, `{ a: }` and `{a:b}` are declined.
      if (key === undefined || this.text.charCodeAt(keyEnd) !== 32) throw DECLINE;
      const keyLength = keyEnd - 1 - at;
      this.i = skipSpaces(this.text, keyEnd);
      const value = this.value();
      noteIfOversized(value, this.line, at, keyLength);
      setKey(out, key, value);
      size++;
    } while (this.more(125));
    if (size > MAX_COLLECTION_SIZE) oversizedMaps.add(out);
    return out;
  }
}

/**
 * The block structure of one document, lines [i, end). indents[k] is the
 * indentation of line k, or -1 for a line with nothing but a comment.
 */
class BlockReader {
  constructor(
    readonly lines: string[],
    readonly indents: Int32Array,
    public i: number,
    readonly end: number,
  ) {}

  /** The next line that holds content, at or after i (end if none). */
  private nextContent(): number {
    let j = this.i;
    while (j < this.end && this.indents[j]! < 0) j++;
    return j;
  }

  /** A block node whose first line is the next content line, indented more than parentIndent. */
  private nested(parentIndent: number): unknown {
    const j = this.nextContent();
    if (j >= this.end) return null;
    const at = this.indents[j]!;
    if (at <= parentIndent) return null;
    return isSeqItemAt(this.lines[j]!, at) ? this.seq(at) : this.map(at);
  }

  /** A block mapping at indent; its first entry may be on the current line (`- key: value`). */
  map(indent: number, firstLine?: string): Record<string, unknown> {
    if (indent > MAX_BLOCK_INDENT) throw DECLINE;
    const out: Record<string, unknown> = {};
    let line = firstLine;
    let size = 0;
    for (;;) {
      if (line === undefined) {
        const j = this.nextContent();
        if (j >= this.end) break;
        const at = this.indents[j]!;
        if (at < indent) break;
        if (at > indent) throw DECLINE; // a continuation line or bad indentation
        line = this.lines[j]!;
        if (isSeqItemAt(line, at)) throw DECLINE;
        this.i = j + 1;
      }
      const key = readKey(line, indent);
      if (key === undefined) throw DECLINE;
      const keyLine = this.i - 1;
      const keyLength = keyEnd - 1 - indent;
      const p = skipSpaces(line, keyEnd);
      let value: unknown;
      if (p === line.length || line.charCodeAt(p) === 35 /* # */) {
        const j = this.nextContent();
        // `key:` then `- item` at the key's own indentation is a sequence value.
        if (j < this.end && this.indents[j] === indent && isSeqItemAt(this.lines[j]!, indent)) value = this.seq(indent);
        else value = this.nested(indent);
      } else value = this.inline(line, p, indent, keyLine);
      noteIfOversized(value, keyLine, indent, keyLength);
      setKey(out, key, value);
      size++;
      line = undefined;
    }
    if (size > MAX_COLLECTION_SIZE) oversizedMaps.add(out);
    return out;
  }

  seq(indent: number): unknown[] {
    if (indent > MAX_BLOCK_INDENT) throw DECLINE;
    const out: unknown[] = [];
    for (;;) {
      const j = this.nextContent();
      if (j >= this.end) break;
      const at = this.indents[j]!;
      if (at < indent) break;
      if (at > indent) throw DECLINE;
      const line = this.lines[j]!;
      if (!isSeqItemAt(line, at)) break; // the parent mapping's next key
      this.i = j + 1;
      const p = skipSpaces(line, at + 1);
      let item: unknown;
      // Where the item starts (for oversizedCollections): after the dash, or on the next content line.
      let itemLine = j;
      let itemCol = p;
      if (p === line.length || line.charCodeAt(p) === 35) {
        itemLine = this.nextContent();
        itemCol = this.indents[itemLine] ?? 0;
        item = this.nested(indent);
      } else if (isSeqItemAt(line, p))
        throw DECLINE; // `- - x`
      else if (readKey(line, p) !== undefined) item = this.map(p, line);
      else item = this.inline(line, p, indent, j);
      noteIfOversized(item, itemLine, itemCol, 1);
      out.push(item);
    }
    return out;
  }

  /** A value on the same line as its key or dash, from line[p]. */
  private inline(line: string, p: number, parentIndent: number, lineIndex: number): unknown {
    const c = line[p]!;
    if (c === '"' || c === "'") {
      const value = readQuoted(line, p);
      if (!isCommentOrEnd(line, quotedEnd)) throw DECLINE;
      return value;
    }
    if (c === '[' || c === '{') {
      const flow = new FlowReader(line, p, lineIndex);
      const value = flow.value();
      if (!isCommentOrEnd(line, flow.i)) throw DECLINE;
      return value;
    }
    if (c === '|' || c === '>') return this.blockScalar(line.slice(p), parentIndent);
    if (!canStartPlain(line, p, false)) throw DECLINE;
    let end = line.indexOf(' #', p);
    if (end < 0) end = line.length;
    while (line.charCodeAt(end - 1) === 32) end--;
    // `a: b: c` and `a: b:` nest an implicit key, which `yaml` rejects.
    const colon = line.indexOf(': ', p);
    if ((colon >= 0 && colon < end) || line.charCodeAt(end - 1) === 58) throw DECLINE;
    return resolvePlain(line.slice(p, end));
  }

  private blockScalar(header: string, parentIndent: number): string {
    const m = BLOCK_SCALAR_HEADER.exec(header);
    if (!m) throw DECLINE; // keep (`+`) and explicit indentation are declined
    const folded = m[1] === '>';
    const strip = m[2] === '-';
    let contentIndent = -1;
    const body: string[] = [];
    let lastContent = -1;
    while (this.i < this.end) {
      const line = this.lines[this.i]!;
      const at = skipSpaces(line, 0);
      if (at === line.length) {
        // A blank line; one with more spaces than the content's indentation
        // (content, or an error before the first line) is declined.
        if (contentIndent < 0 ? at > 0 : at > contentIndent) throw DECLINE;
        body.push('');
        this.i++;
        continue;
      }
      if (at <= parentIndent) break;
      if (contentIndent < 0) contentIndent = at;
      else if (at < contentIndent) throw DECLINE;
      const text = line.slice(contentIndent);
      if (folded && text.charCodeAt(0) === 32) throw DECLINE; // more-indented folded lines
      body.push(text);
      lastContent = body.length - 1;
      this.i++;
    }
    if (lastContent < 0 || body[0] === '') throw DECLINE;
    const lines = body.slice(0, lastContent + 1);
    let value: string;
    if (folded) {
      value = lines[0]!;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') {
          let blanks = 0;
          while (lines[k] === '') {
            blanks++;
            k++;
          }
          value += '\n'.repeat(blanks) + lines[k];
        } else value += ` ${lines[k]}`;
      }
    } else value = lines.join('\n');
    return strip ? value : `${value}\n`;
  }
}

const DOCUMENT_START = /^---(?: +#.*| *)$/;

/** What a parse found out besides the values. */
export interface SimpleYamlFacts {
  /**
   * Every number, boolean and null in the values prints back (String(v)) as
   * its text was written. Validation's exact-value rule (`1.10` read as 1.1)
   * then needs no `yaml` parse for the source text of a number.
   */
  exactScalars: boolean;
  /** Where a list or mapping of more than MAX_COLLECTION_SIZE entries was written (see oversizedCollections). */
  writtenAt(value: object): WrittenAt | undefined;
}

/**
 * The documents of a file as plain values, or undefined when the text is
 * outside the subset (parse it with `yaml` then). Every document is a block
 * mapping at column 1, but for a trailing empty one (null, as `yaml` has it).
 */
export function parseSimpleYaml(text: string): { docs: unknown[]; facts: SimpleYamlFacts } | undefined {
  // The flag is the parser's own state (set deep in scalar resolution, reset here); what a parse
  // found is returned, one value with the documents.
  inexactScalars = false;
  const docs = parseSubset(text);
  if (docs === undefined) return undefined;
  return { docs, facts: { exactScalars: !inexactScalars, writtenAt: (v) => oversizedCollections.get(v) } };
}

function parseSubset(text: string): unknown[] | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  // CRLF line ends (a Windows checkout) are line breaks to YAML; a lone CR is declined.
  if (text.includes('\r')) {
    if (/\r(?!\n)/.test(text)) return undefined;
    text = text.replace(/\r\n/g, '\n');
  }
  const lines = text.split('\n');
  const indents = new Int32Array(lines.length);
  // Document boundaries: [start, end) line ranges between `---` lines.
  const bounds: number[] = [0];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const c = line.charCodeAt(0);
    if (c === 45 /* - */ && line.startsWith('---')) {
      if (!DOCUMENT_START.test(line)) return undefined;
      bounds.push(k, k + 1);
      indents[k] = -1;
      continue;
    }
    if (c === 37 /* % */ || (c === 46 /* . */ && line.startsWith('...'))) return undefined;
    const at = skipSpaces(line, 0);
    indents[k] = at === line.length || line.charCodeAt(at) === 35 ? -1 : at;
  }
  bounds.push(lines.length);
  const docs: unknown[] = [];
  try {
    for (let b = 0; b < bounds.length; b += 2) {
      const start = bounds[b]!;
      const end = bounds[b + 1]!;
      let first = start;
      while (first < end && indents[first]! < 0) first++;
      if (first === end) {
        // Comments before the first `---` are not a document; an empty last one (a
        // trailing `---`) is yaml's null document; any other empty one is declined.
        if (b === 0 && bounds.length > 2) continue;
        if (b === bounds.length - 2 && docs.length > 0) {
          docs.push(null);
          continue;
        }
        return undefined;
      }
      if (indents[first] !== 0 || isSeqItemAt(lines[first]!, 0)) return undefined;
      const reader = new BlockReader(lines, indents, start, end);
      docs.push(reader.map(0));
      // map(0) stops only at the end or at a line it cannot place.
      for (let k = reader.i; k < end; k++) if (indents[k]! >= 0) return undefined;
    }
  } catch (err) {
    // A stack overflow is declined too: `yaml` reports it as an error of the file.
    if (err === DECLINE || err instanceof RangeError) return undefined;
    throw err;
  }
  return docs;
}
