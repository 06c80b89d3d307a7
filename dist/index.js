import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);
import {
  ALIAS_EXPANSION_FACTOR,
  Composer,
  DEFAULT_MAX_FILE_BYTES,
  Document,
  LineCounter,
  MASK,
  MAX_COLLECTION_SIZE,
  MAX_DIAGNOSTICS_PER_FILE,
  MIN_EMBEDDED_SECRET,
  ManifestValidator,
  OWNER_TAG,
  Parser,
  RULES,
  SECRET_NAME,
  Schema,
  VARIABLE_REF,
  VAR_REF,
  WHOLE_VAR_REF,
  YAMLParseError,
  byPosition,
  checkManifestRules,
  compileJob,
  createRequest,
  expandEnvRefs,
  formatFieldPath,
  hasChanges,
  hasErrors,
  isMap,
  isRecord,
  isScalar,
  isSeq,
  locate,
  manifestParams,
  parseAllDocuments,
  planJob,
  plannedRequests,
  pushAll,
  readSavedPlan,
  redactDeep,
  redactRequest,
  redactText,
  resolveRegion,
  savePlan,
  schemaFindings,
  sortDiagnostics,
  summarise,
  toDiagnostic,
  updateRequest,
  validateManifests,
  validateSource,
  validate_job_default,
  valueAt,
  variableNames
} from "./chunks/chunk-44UIRYPC.js";
import {
  CONFIGMAP_ALL_PREFIX
} from "./chunks/chunk-UXUSF2HI.js";

// src/pipeline/load/parse.ts
import { isUtf8 } from "node:buffer";

// src/pipeline/load/simple-yaml.ts
var plainTags;
var resolveOptions = { intAsBigInt: false };
var CORE_FIRST_CHARS = /^(?:$|[~nNtTfF0-9+\-.])/;
var inexactScalars = false;
function resolvePlain(text) {
  if (!CORE_FIRST_CHARS.test(text)) return text;
  plainTags ??= new Schema({ schema: "core" }).tags.filter((t) => t.default === true && t.test);
  for (const tag of plainTags) {
    if (tag.test.test(text)) {
      let failed = false;
      const resolved = tag.resolve(text, () => failed = true, resolveOptions);
      if (failed) throw DECLINE;
      const value = isScalar(resolved) ? resolved.value : resolved;
      if (String(value) !== text) inexactScalars = true;
      return value;
    }
  }
  return text;
}
var DECLINE = new Error("outside the simple YAML subset");
var UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
var PLAIN_KEY = /[A-Za-z_$][\w$./-]*/y;
var MAX_BLOCK_INDENT = 128;
var MAX_FLOW_DEPTH = 64;
var MAX_KEY_LENGTH = 1e3;
var BLOCK_SCALAR_HEADER = /^([|>])(-?)(?: +#.*| *)$/;
var PLAIN_START_INDICATORS = "&*!|>%@`?:,[]{}#'\"";
var FLOW_PLAIN = /(?:[^,[\]{}:]|:(?=[^ ,\]}]))*/y;
var DOUBLE_QUOTED_RUN = /[^"\\]*/y;
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function skipSpaces(line, i) {
  while (line.charCodeAt(i) === 32) i++;
  return i;
}
function isSeqItemAt(line, i) {
  return line.charCodeAt(i) === 45 && (i + 1 === line.length || line.charCodeAt(i + 1) === 32);
}
function canStartPlain(text, i, inFlow) {
  const first = text[i];
  if (first === void 0 || PLAIN_START_INDICATORS.includes(first)) return false;
  if (first !== "-") return true;
  const next = text[i + 1];
  return next !== void 0 && next !== " " && !(inFlow && ",[]{}".includes(next));
}
function isCommentOrEnd(line, i) {
  const j = skipSpaces(line, i);
  return j === line.length || j > i && line.charCodeAt(j) === 35;
}
var quotedEnd = 0;
var keyEnd = 0;
function readQuoted(text, start) {
  const quote = text.charCodeAt(start);
  let out = "";
  let i = start + 1;
  if (quote === 39) {
    for (; ; ) {
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
  for (; ; ) {
    DOUBLE_QUOTED_RUN.lastIndex = i;
    DOUBLE_QUOTED_RUN.test(text);
    const j = DOUBLE_QUOTED_RUN.lastIndex;
    if (j >= text.length) throw DECLINE;
    out += text.slice(i, j);
    if (text.charCodeAt(j) === 34) {
      quotedEnd = j + 1;
      return out;
    }
    const escaped = text[j + 1];
    if (escaped === void 0) throw DECLINE;
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple !== void 0) {
      out += simple;
      i = j + 2;
      continue;
    }
    const length = HEX_ESCAPE_LENGTH[escaped];
    const hex = length ? text.slice(j + 2, j + 2 + length) : "";
    if (!length || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw DECLINE;
    const code = parseInt(hex, 16);
    if (code > 1114111 || code >= 55296 && code <= 57343) throw DECLINE;
    out += String.fromCodePoint(code);
    i = j + 2 + length;
  }
}
function readKey(line, start) {
  let key;
  let end;
  const c = line.charCodeAt(start);
  if (c === 34 || c === 39) {
    key = readQuoted(line, start);
    end = quotedEnd;
  } else {
    PLAIN_KEY.lastIndex = start;
    if (!PLAIN_KEY.test(line)) return void 0;
    end = PLAIN_KEY.lastIndex;
    key = line.slice(start, end);
    if (typeof resolvePlain(key) !== "string") throw DECLINE;
  }
  if (line.charCodeAt(end) !== 58) return void 0;
  if (end + 1 < line.length && line.charCodeAt(end + 1) !== 32) return void 0;
  if (end - start > MAX_KEY_LENGTH || key === "__proto__" || key === "<<") throw DECLINE;
  keyEnd = end + 1;
  return key;
}
function setKey(map, key, value) {
  if (Object.hasOwn(map, key)) throw DECLINE;
  map[key] = value;
}
var oversizedCollections = /* @__PURE__ */ new WeakMap();
var oversizedMaps = /* @__PURE__ */ new WeakSet();
function noteIfOversized(value, line, col, length) {
  if (typeof value === "object" && value !== null && (Array.isArray(value) ? value.length > MAX_COLLECTION_SIZE : oversizedMaps.has(value))) {
    oversizedCollections.set(value, { line: line + 1, col: col + 1, endCol: col + 1 + length });
  }
}
var FlowReader = class {
  constructor(text, i, line) {
    this.text = text;
    this.i = i;
    this.line = line;
  }
  text;
  i;
  line;
  depth = 0;
  /** Where the next ` #` at or after the last scalar starts (-1: none): found once, not once a scalar. */
  commentAt = -2;
  value() {
    const c = this.text.charCodeAt(this.i);
    if (c === 91 || c === 123) {
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
  plain() {
    const text = this.text;
    const start = this.i;
    if (!canStartPlain(text, start, true)) throw DECLINE;
    FLOW_PLAIN.lastIndex = start;
    FLOW_PLAIN.test(text);
    const i = FLOW_PLAIN.lastIndex;
    if (this.commentAt !== -1 && this.commentAt < start) this.commentAt = text.indexOf(" #", start);
    if (this.commentAt >= 0 && this.commentAt < i) throw DECLINE;
    this.i = i;
    let end = i;
    while (text.charCodeAt(end - 1) === 32) end--;
    return resolvePlain(text.slice(start, end));
  }
  /** After an entry: `,` then the next one, or the closing bracket. */
  more(close) {
    this.i = skipSpaces(this.text, this.i);
    const c = this.text.charCodeAt(this.i++);
    if (c === close) return false;
    if (c !== 44) throw DECLINE;
    this.i = skipSpaces(this.text, this.i);
    if (this.text.charCodeAt(this.i) === close) throw DECLINE;
    return true;
  }
  seq() {
    const out = [];
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
  map() {
    const out = {};
    this.i = skipSpaces(this.text, this.i + 1);
    if (this.text.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    let size = 0;
    do {
      const at = this.i;
      const key = readKey(this.text, this.i);
      if (key === void 0 || this.text.charCodeAt(keyEnd) !== 32) throw DECLINE;
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
};
var BlockReader = class {
  constructor(lines, indents, i, end) {
    this.lines = lines;
    this.indents = indents;
    this.i = i;
    this.end = end;
  }
  lines;
  indents;
  i;
  end;
  /** The next line that holds content, at or after i (end if none). */
  nextContent() {
    let j = this.i;
    while (j < this.end && this.indents[j] < 0) j++;
    return j;
  }
  /** A block node whose first line is the next content line, indented more than parentIndent. */
  nested(parentIndent) {
    const j = this.nextContent();
    if (j >= this.end) return null;
    const at = this.indents[j];
    if (at <= parentIndent) return null;
    return isSeqItemAt(this.lines[j], at) ? this.seq(at) : this.map(at);
  }
  /** A block mapping at indent; its first entry may be on the current line (`- key: value`). */
  map(indent, firstLine) {
    if (indent > MAX_BLOCK_INDENT) throw DECLINE;
    const out = {};
    let line = firstLine;
    let size = 0;
    for (; ; ) {
      if (line === void 0) {
        const j = this.nextContent();
        if (j >= this.end) break;
        const at = this.indents[j];
        if (at < indent) break;
        if (at > indent) throw DECLINE;
        line = this.lines[j];
        if (isSeqItemAt(line, at)) throw DECLINE;
        this.i = j + 1;
      }
      const key = readKey(line, indent);
      if (key === void 0) throw DECLINE;
      const keyLine = this.i - 1;
      const keyLength = keyEnd - 1 - indent;
      const p = skipSpaces(line, keyEnd);
      let value;
      if (p === line.length || line.charCodeAt(p) === 35) {
        const j = this.nextContent();
        if (j < this.end && this.indents[j] === indent && isSeqItemAt(this.lines[j], indent)) value = this.seq(indent);
        else value = this.nested(indent);
      } else value = this.inline(line, p, indent, keyLine);
      noteIfOversized(value, keyLine, indent, keyLength);
      setKey(out, key, value);
      size++;
      line = void 0;
    }
    if (size > MAX_COLLECTION_SIZE) oversizedMaps.add(out);
    return out;
  }
  seq(indent) {
    if (indent > MAX_BLOCK_INDENT) throw DECLINE;
    const out = [];
    for (; ; ) {
      const j = this.nextContent();
      if (j >= this.end) break;
      const at = this.indents[j];
      if (at < indent) break;
      if (at > indent) throw DECLINE;
      const line = this.lines[j];
      if (!isSeqItemAt(line, at)) break;
      this.i = j + 1;
      const p = skipSpaces(line, at + 1);
      let item;
      let itemLine = j;
      let itemCol = p;
      if (p === line.length || line.charCodeAt(p) === 35) {
        itemLine = this.nextContent();
        itemCol = this.indents[itemLine] ?? 0;
        item = this.nested(indent);
      } else if (isSeqItemAt(line, p))
        throw DECLINE;
      else if (readKey(line, p) !== void 0) item = this.map(p, line);
      else item = this.inline(line, p, indent, j);
      noteIfOversized(item, itemLine, itemCol, 1);
      out.push(item);
    }
    return out;
  }
  /** A value on the same line as its key or dash, from line[p]. */
  inline(line, p, parentIndent, lineIndex) {
    const c = line[p];
    if (c === '"' || c === "'") {
      const value = readQuoted(line, p);
      if (!isCommentOrEnd(line, quotedEnd)) throw DECLINE;
      return value;
    }
    if (c === "[" || c === "{") {
      const flow = new FlowReader(line, p, lineIndex);
      const value = flow.value();
      if (!isCommentOrEnd(line, flow.i)) throw DECLINE;
      return value;
    }
    if (c === "|" || c === ">") return this.blockScalar(line.slice(p), parentIndent);
    if (!canStartPlain(line, p, false)) throw DECLINE;
    let end = line.indexOf(" #", p);
    if (end < 0) end = line.length;
    while (line.charCodeAt(end - 1) === 32) end--;
    const colon = line.indexOf(": ", p);
    if (colon >= 0 && colon < end || line.charCodeAt(end - 1) === 58) throw DECLINE;
    return resolvePlain(line.slice(p, end));
  }
  blockScalar(header, parentIndent) {
    const m = BLOCK_SCALAR_HEADER.exec(header);
    if (!m) throw DECLINE;
    const folded = m[1] === ">";
    const strip = m[2] === "-";
    let contentIndent = -1;
    const body = [];
    let lastContent = -1;
    while (this.i < this.end) {
      const line = this.lines[this.i];
      const at = skipSpaces(line, 0);
      if (at === line.length) {
        if (contentIndent < 0 ? at > 0 : at > contentIndent) throw DECLINE;
        body.push("");
        this.i++;
        continue;
      }
      if (at <= parentIndent) break;
      if (contentIndent < 0) contentIndent = at;
      else if (at < contentIndent) throw DECLINE;
      const text = line.slice(contentIndent);
      if (folded && text.charCodeAt(0) === 32) throw DECLINE;
      body.push(text);
      lastContent = body.length - 1;
      this.i++;
    }
    if (lastContent < 0 || body[0] === "") throw DECLINE;
    const lines = body.slice(0, lastContent + 1);
    let value;
    if (folded) {
      value = lines[0];
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === "") {
          let blanks = 0;
          while (lines[k] === "") {
            blanks++;
            k++;
          }
          value += "\n".repeat(blanks) + lines[k];
        } else value += ` ${lines[k]}`;
      }
    } else value = lines.join("\n");
    return strip ? value : `${value}
`;
  }
};
var DOCUMENT_START = /^---(?: +#.*| *)$/;
function parseSimpleYaml(text) {
  inexactScalars = false;
  const docs = parseSubset(text);
  if (docs === void 0) return void 0;
  return { docs, facts: { exactScalars: !inexactScalars, writtenAt: (v) => oversizedCollections.get(v) } };
}
function parseSubset(text) {
  if (UNSUPPORTED_CHARS.test(text)) return void 0;
  if (text.includes("\r")) {
    if (/\r(?!\n)/.test(text)) return void 0;
    text = text.replace(/\r\n/g, "\n");
  }
  const lines = text.split("\n");
  const indents = new Int32Array(lines.length);
  const bounds = [0];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const c = line.charCodeAt(0);
    if (c === 45 && line.startsWith("---")) {
      if (!DOCUMENT_START.test(line)) return void 0;
      bounds.push(k, k + 1);
      indents[k] = -1;
      continue;
    }
    if (c === 37 || c === 46 && line.startsWith("...")) return void 0;
    const at = skipSpaces(line, 0);
    indents[k] = at === line.length || line.charCodeAt(at) === 35 ? -1 : at;
  }
  bounds.push(lines.length);
  const docs = [];
  try {
    for (let b = 0; b < bounds.length; b += 2) {
      const start = bounds[b];
      const end = bounds[b + 1];
      let first = start;
      while (first < end && indents[first] < 0) first++;
      if (first === end) {
        if (b === 0 && bounds.length > 2) continue;
        if (b === bounds.length - 2 && docs.length > 0) {
          docs.push(null);
          continue;
        }
        return void 0;
      }
      if (indents[first] !== 0 || isSeqItemAt(lines[first], 0)) return void 0;
      const reader = new BlockReader(lines, indents, start, end);
      docs.push(reader.map(0));
      for (let k = reader.i; k < end; k++) if (indents[k] >= 0) return void 0;
    }
  } catch (err) {
    if (err === DECLINE || err instanceof RangeError) return void 0;
    throw err;
  }
  return docs;
}

// src/pipeline/load/sources.ts
function occurrences(text, c) {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}
function sizeBoundOf(text) {
  const separators = text.length <= MAX_COLLECTION_SIZE ? text.length : occurrences(text, "\n") + occurrences(text, ",") + 2;
  return { chars: text.length, separators };
}
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, merge: true, logLevel: "error" };
function parseWithPositions(text) {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, ...PARSE_OPTIONS });
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  for (const doc of docs) if (doc.errors.length === 0) markDuplicateKeys(doc);
  return { docs, lineCounter };
}
function markDuplicateKeys(doc) {
  const stack = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        const id = isScalar(key) ? key.value : key;
        if (isScalar(key) && seen.has(id))
          doc.errors.push(
            new YAMLParseError([key.range[0], key.range[1]], "DUPLICATE_KEY", "Map keys must be unique")
          );
        seen.add(id);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
}
var LazyPositions = class {
  constructor(text, fast) {
    this.text = text;
    this.fast = fast;
    this.mayHoldReferences = text.includes("${");
    this.sizeBound = sizeBoundOf(text);
  }
  text;
  fast;
  docs = [];
  stream;
  counter;
  /** Made with the first parse: most files never need one. */
  get lineCounter() {
    return this.counter ??= new LineCounter();
  }
  mayHoldReferences;
  sizeBound;
  doc(index) {
    this.stream ??= new Composer(PARSE_OPTIONS).compose(
      new Parser(this.lineCounter.addNewLine).parse(this.text)
    );
    while (this.docs.length <= index) {
      const next = this.stream.next();
      if (next.done)
        throw new Error(`document ${index} not found: the fast path and yaml disagree on the document count`);
      if (next.value.errors.length === 0) markDuplicateKeys(next.value);
      this.docs.push(next.value);
    }
    return this.docs[index];
  }
};
var FastSource = class {
  constructor(file, index, value, positions) {
    this.file = file;
    this.index = index;
    this.value = value;
    this.positions = positions;
  }
  file;
  index;
  value;
  positions;
  get doc() {
    return this.positions.doc(this.index);
  }
  get lineCounter() {
    this.positions.doc(this.index);
    return this.positions.lineCounter;
  }
  known;
  get facts() {
    const { mayHoldReferences, sizeBound, fast } = this.positions;
    return this.known ??= {
      mayHoldReferences,
      sizeBound,
      exactScalars: fast.exactScalars,
      oversizedAt: (path) => {
        const v = valueAt(this.value, path);
        const at = v !== null && typeof v === "object" ? fast.writtenAt(v) : void 0;
        return at && { line: at.line, col: at.col, endLine: at.line, endCol: at.endCol };
      }
    };
  }
};

// src/pipeline/load/parse.ts
var MAX_ALIAS_COUNT = 100;
var MAX_LOAD_DIAGNOSTICS = MAX_DIAGNOSTICS_PER_FILE;
function fileDiagnostic(file, message, rule, line = 0, col = 0) {
  return { severity: "error", file, line, col, field: "", message, rule };
}
var withoutBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;
function decodeUtf8(file, bytes) {
  if (isUtf8(bytes))
    return { text: withoutBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")) };
  const loose = new TextDecoder("utf-8").decode(bytes);
  const at = loose.indexOf("\uFFFD");
  const before = loose.slice(0, Math.max(at, 0)).split("\n");
  return {
    diagnostic: fileDiagnostic(
      file,
      "file is not valid UTF-8 text: save it as UTF-8",
      "file/encoding",
      before.length,
      (before.at(-1)?.length ?? 0) + 1
    )
  };
}
function exceedsSize(value, limit) {
  let size = 0;
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    size += typeof v === "string" ? v.length + 2 : 8;
    if (size > limit) return true;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        size += k.length;
        stack.push(x);
      }
  }
  return false;
}
function parseManifestText(file, text, options = {}) {
  const fast = parseSimpleYaml(text);
  if (fast !== void 0) {
    const positions = new LazyPositions(text, fast.facts);
    return {
      sources: fast.docs.flatMap(
        (value, index) => value === null ? [] : [new FastSource(file, index, value, positions)]
      ),
      diagnostics: []
    };
  }
  const { docs: list, lineCounter } = parseWithPositions(text);
  const diagnostics = [];
  const sources = [];
  let nonEmpty = 0;
  list.forEach((doc, index) => {
    if (diagnostics.length >= MAX_LOAD_DIAGNOSTICS) {
      if (diagnostics.length === MAX_LOAD_DIAGNOSTICS)
        diagnostics.push(
          fileDiagnostic(
            file,
            `more than ${MAX_LOAD_DIAGNOSTICS} YAML problems: the rest of this file was not read; fix the ones above first`,
            "findings/truncated"
          )
        );
      return;
    }
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
    const shown = [...syntax.length ? [syntax[0]] : [], ...errors.filter((e) => e.code === "DUPLICATE_KEY")];
    const problems = [
      ...shown.map((e) => ({ e, severity: "error" })),
      ...doc.warnings.map((e) => ({ e, severity: "warning" }))
    ];
    for (const { e, severity } of problems) {
      const pos = lineCounter.linePos(e.pos[0]);
      const end = lineCounter.linePos(e.pos[1]);
      const message = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const lineText = text.slice(
        lineCounter.lineStarts[pos.line - 1] ?? 0,
        lineCounter.lineStarts[pos.line] ?? text.length
      );
      const following = e === syntax[0] && syntax.length > 1 ? ` (${syntax.length - 1} more YAML error${syntax.length > 2 ? "s" : ""} after this one ${syntax.length > 2 ? "follow" : "follows"} from it: fix it first)` : "";
      diagnostics.push({
        severity,
        file,
        line: pos.line,
        col: pos.col,
        endLine: end.line,
        endCol: end.col,
        field: "",
        message: `${yamlHint(e.code, message, text.slice(e.pos[0], e.pos[1]), lineText)}${following}`,
        rule: `yaml/${e.code}`
      });
    }
    if (doc.errors.length > 0) return;
    if (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === "")
      return;
    nonEmpty++;
    const start = lineCounter.linePos(doc.contents.range[0]);
    if (!isMap(doc.contents)) {
      const what = Array.isArray(doc.contents.toJSON()) ? "a list" : "a single value";
      diagnostics.push({
        ...fileDiagnostic(
          file,
          `a manifest must be a mapping (apiVersion, kind, metadata, spec), but this document holds ${what}`,
          "manifest/not-a-mapping",
          start.line,
          start.col
        )
      });
      return;
    }
    let value;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const why = err.message;
      if (/merge/i.test(why))
        diagnostics.push(
          fileDiagnostic(
            file,
            `a merge key (<<) must merge a mapping (an anchor on a mapping of this document, or { \u2026 }): ${why}`,
            "yaml/MERGE",
            start.line,
            start.col
          )
        );
      else
        diagnostics.push(
          fileDiagnostic(
            file,
            `YAML aliases expand too far (${why}): write the values out, or use fewer nested aliases`,
            "yaml/ALIAS_LIMIT",
            start.line,
            start.col
          )
        );
      return;
    }
    const limit = options.maxExpandedBytes ?? ALIAS_EXPANSION_FACTOR * DEFAULT_MAX_FILE_BYTES;
    if (exceedsSize(value, limit)) {
      diagnostics.push(
        fileDiagnostic(
          file,
          `YAML aliases expand this document to more than ${sizeText(limit)}: write the values out, or use fewer aliases`,
          "yaml/ALIAS_LIMIT",
          start.line,
          start.col
        )
      );
      return;
    }
    sources.push({ file, index, doc, lineCounter, value, facts: { mayHoldReferences: text.includes("${") } });
  });
  if (nonEmpty === 0 && diagnostics.length === 0) {
    diagnostics.push(fileDiagnostic(file, "file holds no manifest (it is empty or only comments)", "file/empty", 1, 1));
  }
  return { sources, diagnostics };
}
function yamlHint(code, message, source, line) {
  if (code !== "DUPLICATE_KEY" && /\$\{/.test(line) && /[{[]/.test(line.replace(/\$\{[^}]*\}/g, ""))) {
    return `${message}: quote a \${env:\u2026} reference inside { } or [ ]: write "\${env:NAME}"`;
  }
  switch (code) {
    case "DUPLICATE_KEY":
      return `the key ${JSON.stringify(source.trim())} appears twice in this mapping: each key may appear once; remove or merge the duplicate`;
    case "TAB_AS_INDENT":
      return `${message}: indent YAML with spaces, not tabs`;
    case "BAD_INDENT":
      return `${message}: check the indentation of this line against its siblings`;
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return `${message}: a line below this one is indented more than this key, or a value runs on to the next line; keys of one mapping must line up`;
    case "MISSING_CHAR":
      return `${message}: close the quote or bracket that opens here`;
    default:
      return message;
  }
}
var sizeText = (bytes) => bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

// src/pipeline/load/files.ts
import {
  closeSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  constants as fsConstants
} from "node:fs";
import { join, resolve } from "node:path";
function expandPaths(paths) {
  const files = [];
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  const regularFiles = /* @__PURE__ */ new Set();
  const add = (file, key = resolve(file)) => {
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const path of paths) {
    if (path === "-") {
      if (!seen.has("-")) files.push("-");
      seen.add("-");
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      diagnostics.push(fileDiagnostic(path, "no such file or directory", "file/not-found"));
      continue;
    }
    if (stat.isDirectory()) {
      const found = walkYaml(path, regularFiles, diagnostics);
      if (found.length === 0)
        diagnostics.push(fileDiagnostic(path, "directory holds no *.yaml or *.yml file", "file/empty-directory"));
      const root = resolve(path);
      for (const f of found) add(f, root + f.slice(path.length));
    } else {
      if (stat.isFile()) regularFiles.add(path);
      add(path);
    }
  }
  return { files, diagnostics, regularFiles };
}
function walkYaml(dir, regularFiles, notes, walked = /* @__PURE__ */ new Set()) {
  const out = [];
  walked.add(realpathSync(dir));
  const entries = readdirSync(dir, { withFileTypes: true }).sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = statSync(full).isDirectory();
      } catch {
        if (/\.ya?ml$/i.test(entry.name)) out.push(full);
        continue;
      }
      if (isDirectory && walked.has(realpathSync(full))) {
        notes.push({
          ...fileDiagnostic(
            full,
            "a symbolic link to a directory already read (a loop, or the same directory twice): not read again",
            "file/symlink-loop"
          ),
          severity: "warning"
        });
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        pushAll(out, walkYaml(full, regularFiles, notes, walked));
    } else if (/\.ya?ml$/i.test(entry.name)) {
      if (entry.isFile()) regularFiles.add(full);
      out.push(full);
    }
  }
  return out;
}
var readBuffer;
function readRegularFile(path, max) {
  if (!readBuffer || readBuffer.length < max + 1) readBuffer = Buffer.allocUnsafe(max + 1);
  const fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  let n = 0;
  try {
    for (; ; ) {
      const want = max + 1 - n;
      const got = readSync(fd, readBuffer, n, want, null);
      n += got;
      if (got === 0 || got < want || n > max) break;
    }
  } finally {
    closeSync(fd);
  }
  return readBuffer.subarray(0, n);
}
function readBounded(fd, max, expected = 64 * 1024) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(total === 0 ? expected + 1 : 64 * 1024, max + 1 - total)));
    let n;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if (err.code === "EAGAIN") continue;
      if (err.code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > max) break;
  }
  return Buffer.concat(chunks, total);
}
function readText(path, file, options) {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const tooLarge = (size) => ({
    diagnostic: fileDiagnostic(
      file,
      `file is ${size}, more than the ${sizeText(max)} saejob reads: a manifest is a few KB (raise the limit with --max-file-size)`,
      "file/too-large"
    )
  });
  let bytes;
  if (path === "-") {
    bytes = options.readStdin ? options.readStdin(max) : readBounded(0, max);
    if (bytes.length > max) return tooLarge(`over ${sizeText(max)}`);
  } else if (options.regularFiles?.has(path)) {
    const bytes2 = readRegularFile(path, max);
    if (bytes2.length > max) return tooLarge(sizeText(statSync(path).size));
    const text = bytes2.toString("utf8");
    if (!text.includes("\uFFFD")) return { text: withoutBom(text) };
    return decodeUtf8(file, Buffer.from(bytes2));
  } else {
    const st = statSync(path);
    if (!st.isFile())
      return {
        diagnostic: fileDiagnostic(
          file,
          `not a regular file (${st.isFIFO() ? "a FIFO" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : st.isSocket() ? "a socket" : "not a file"}): saejob reads only regular files`,
          "file/not-regular"
        )
      };
    if (st.size > max) return tooLarge(sizeText(st.size));
    const text = readFileSync(path, "utf8");
    if (text.length > max) return tooLarge(`over ${sizeText(max)}`);
    if (!text.includes("\uFFFD")) return { text: withoutBom(text) };
    bytes = readFileSync(path);
  }
  return decodeUtf8(file, bytes);
}
function readManifestFile(path, options = {}) {
  const file = path === "-" ? "<stdin>" : path;
  let decoded;
  try {
    decoded = readText(path, file, options);
  } catch (err) {
    return {
      file,
      read: false,
      sources: [],
      diagnostics: [
        fileDiagnostic(
          file,
          `cannot read: ${err.code ?? err.message}`,
          "file/unreadable"
        )
      ]
    };
  }
  if (decoded.diagnostic)
    return { file, read: decoded.diagnostic.rule === "file/encoding", sources: [], diagnostics: [decoded.diagnostic] };
  return {
    file,
    read: true,
    ...parseManifestText(file, decoded.text, {
      maxExpandedBytes: ALIAS_EXPANSION_FACTOR * (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
    })
  };
}
function loadManifests(paths, options = {}) {
  const expanded = expandPaths(paths);
  const result = { sources: [], diagnostics: [...expanded.diagnostics], files: [] };
  for (const path of expanded.files) {
    const one = readManifestFile(path, { ...options, regularFiles: expanded.regularFiles });
    if (one.read) result.files.push(one.file);
    pushAll(result.sources, one.sources);
    pushAll(result.diagnostics, one.diagnostics);
  }
  return result;
}

// src/pipeline/environments/environments.ts
import { resolve as resolve2 } from "node:path";

// src/pipeline/environments/document.ts
import { isAbsolute, join as join2, dirname } from "node:path";
var ENVIRONMENT_KIND = "Environment";
function readEnvironment(source, findings) {
  const v = source.value;
  const bad = (path, message) => findings.push({ source, path, message, rule: "environment/invalid" });
  if (v.apiVersion !== "saejob/v1") bad(["apiVersion"], "must be saejob/v1");
  for (const k of Object.keys(v))
    if (!["apiVersion", "kind", "metadata", "spec"].includes(k))
      bad([k], `unknown field ${k} in an environment: allowed fields are apiVersion, kind, metadata, spec`);
  for (const k of isRecord(v.metadata) ? Object.keys(v.metadata) : [])
    if (k !== "name") bad(["metadata", k], `unknown field ${k} in an environment's metadata: it has a name only`);
  const name = v.metadata?.name;
  if (typeof name !== "string" || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    bad(["metadata", "name"], "an environment needs metadata.name: lower-case letters, digits and -, e.g. prod");
    return void 0;
  }
  const spec = v.spec;
  if (!isRecord(spec)) {
    bad(["spec"], "an environment needs spec.base: the base manifests it applies to");
    return void 0;
  }
  for (const k of Object.keys(spec))
    if (!["base", "namespace", "region", "variables", "patches"].includes(k))
      bad(
        ["spec", k],
        `unknown field ${k} in an environment's spec: allowed fields are base, namespace, region, variables, patches`
      );
  const base = typeof spec.base === "string" ? [spec.base] : spec.base;
  if (!Array.isArray(base) || !base.length || !base.every((b) => typeof b === "string" && b !== "")) {
    bad(
      ["spec", "base"],
      "spec.base names the base manifests: a file or directory (or a list of them), relative to this file"
    );
    return void 0;
  }
  const env = {
    name,
    source,
    base: base.map((b) => isAbsolute(b) ? b : join2(dirname(source.file), b)),
    variables: {},
    patches: []
  };
  if (spec.namespace !== void 0) {
    if (typeof spec.namespace !== "string")
      bad(["spec", "namespace"], "spec.namespace is a namespace ID, e.g. cn-beijing:prod");
    else env.namespace = spec.namespace;
  }
  if (spec.region !== void 0) {
    if (typeof spec.region !== "string") bad(["spec", "region"], "spec.region is a region ID, e.g. cn-beijing");
    else env.region = spec.region;
  }
  if (spec.variables !== void 0) {
    if (!isRecord(spec.variables))
      bad(["spec", "variables"], 'spec.variables maps names to values: IMAGE_TAG: "1.4.2"');
    else
      for (const [k, x] of Object.entries(spec.variables)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
          bad(["spec", "variables", k], `variable name ${JSON.stringify(k)}: letters, digits and _`);
        else if (x === null || typeof x === "object")
          bad(["spec", "variables", k], `variable ${k} must be a string, number or boolean`);
        else env.variables[k] = x;
      }
  }
  if (spec.patches !== void 0) {
    if (!Array.isArray(spec.patches))
      bad(["spec", "patches"], "spec.patches is a list: - job: NAME, then the metadata / spec fields to change");
    else
      spec.patches.forEach((p, i) => {
        if (!isRecord(p) || typeof p.job !== "string")
          return bad(["spec", "patches", i], "each patch names its job: job: NAME (metadata.name in the base)");
        const { job, ...value } = p;
        for (const [k, x] of Object.entries(value))
          if (k !== "metadata" && k !== "spec")
            bad(["spec", "patches", i, k], `a patch changes metadata and spec only, not ${k}`);
          else if (!isRecord(x)) bad(["spec", "patches", i, k], `a patch's ${k} is a mapping of the fields to change`);
        env.patches.push({ job, index: i, value });
      });
  }
  return env;
}

// src/pipeline/environments/merge.ts
var KEYED_LISTS = {
  "spec.template.env": ["name"],
  "spec.template.envFrom": ["configMapRef.configMapId"],
  "spec.template.hostAliases": ["ip"],
  "spec.template.volumes.configMaps": ["mountPath"],
  "spec.template.volumes.nas.mounts": ["mountPath"],
  "spec.template.volumes.nasMounts": ["mountPath"],
  "spec.template.volumes.oss.mounts": ["mountPath"],
  // A log is its directory, or the one entry that collects stdout.
  "spec.template.logs.sls": ["logDir", "stdout"]
};
var DELETE_MARK = "$patch";
var EnvironmentSource = class {
  constructor(base, value, environment, origins) {
    this.base = base;
    this.value = value;
    this.environment = environment;
    this.origins = origins;
  }
  base;
  value;
  environment;
  origins;
  facts = { mayHoldReferences: true };
  get file() {
    return this.base.file;
  }
  get index() {
    return this.base.index;
  }
  get doc() {
    return this.base.doc;
  }
  get lineCounter() {
    return this.base.lineCounter;
  }
  /** The files other than the base that set something in this manifest (the environment's). */
  contributors() {
    return [...new Set([...this.origins.values()].map((o) => o.source.file).filter((f) => f !== this.base.file))];
  }
  /** Where a field was written: the longest prefix of its path with a known origin. */
  origin(path) {
    return originIn(this.origins, path) ?? { source: this.base, path };
  }
};
var pathKey = (path) => JSON.stringify(path);
var keyOf = (item, keys) => keys.find((k) => getPath(item, k) !== void 0 && getPath(item, k) !== false);
var itemId = (item, keys) => {
  const k = keyOf(item, keys);
  return k === void 0 ? void 0 : `${k}=${JSON.stringify(getPath(item, k))}`;
};
var getPath = (v, dotted) => dotted.split(".").reduce((o, k) => isRecord(o) ? o[k] : void 0, v);
function originIn(origins, path) {
  for (let k = path.length; k >= 0; k--) {
    const o = origins.get(pathKey(path.slice(0, k)));
    if (o) return { source: o.source, path: [...o.path, ...path.slice(k)] };
  }
  return void 0;
}
function takeOrigins(origins, prefix) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, o] of [...origins]) {
    const p = JSON.parse(k);
    if (p.length >= prefix.length && prefix.every((x, i) => p[i] === x)) {
      out.set(pathKey(p.slice(prefix.length)), o);
      origins.delete(k);
    }
  }
  return out;
}
function merge(base, patch, path, patchAt, origins, listPath = []) {
  const keys = KEYED_LISTS[listPath.join(".")];
  if (keys && Array.isArray(base) && Array.isArray(patch)) {
    const idOf = (item) => itemId(item, keys);
    const items = base.map((item, i) => {
      const fallback = originIn(origins, [...path, i]);
      return { item, origins: takeOrigins(origins, [...path, i]), fallback };
    });
    patch.forEach((item, j) => {
      const at = { source: patchAt.source, path: [...patchAt.path, j] };
      const id = idOf(item);
      const k = id === void 0 ? -1 : items.findIndex((x) => idOf(x.item) === id);
      if (isRecord(item) && item[DELETE_MARK] === "delete") {
        if (k >= 0) items.splice(k, 1);
        return;
      }
      if (k >= 0) {
        const it = items[k];
        if (!it.origins.has(pathKey([])) && it.fallback) it.origins.set(pathKey([]), it.fallback);
        it.item = merge(it.item, item, [], at, it.origins, listPath);
        return;
      }
      items.push({ item, origins: /* @__PURE__ */ new Map([[pathKey([]), at]]), fallback: at });
    });
    takeOrigins(origins, path);
    if (originIn(origins, path) === void 0) origins.set(pathKey(path), patchAt);
    items.forEach((it, i) => {
      if (it.fallback && !it.origins.has(pathKey([]))) origins.set(pathKey([...path, i]), it.fallback);
      for (const [rel, o] of it.origins) origins.set(pathKey([...path, i, ...JSON.parse(rel)]), o);
    });
    return items.map((it) => it.item);
  }
  if (isRecord(base) && isRecord(patch)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      const at = { source: patchAt.source, path: [...patchAt.path, k] };
      if (v === null) {
        delete out[k];
        takeOrigins(origins, [...path, k]);
        continue;
      }
      if (k in base) out[k] = merge(base[k], v, [...path, k], at, origins, [...listPath, k]);
      else {
        out[k] = v;
        takeOrigins(origins, [...path, k]);
        origins.set(pathKey([...path, k]), at);
      }
    }
    return out;
  }
  takeOrigins(origins, path);
  origins.set(pathKey(path), patchAt);
  return patch;
}

// src/pipeline/environments/variables.ts
function variablesIn(value, into) {
  if (typeof value === "string") {
    for (const name of variableNames(value)) into.add(name);
  } else if (Array.isArray(value)) for (const v of value) variablesIn(v, into);
  else if (isRecord(value)) for (const v of Object.values(value)) variablesIn(v, into);
}
var typedDefault = (text) => /^-?(0|[1-9][0-9]*)$/.test(text) ? Number(text) : text === "true" ? true : text === "false" ? false : text;
function substituteVariables(value, env, path, origins, missing) {
  if (typeof value === "string") {
    if (!value.includes("${var:")) return value;
    const whole = WHOLE_VAR_REF.exec(value);
    if (whole) {
      const [, name, fallback] = whole;
      if (name in env.variables) {
        origins.set(pathKey(path), { source: env.source, path: ["spec", "variables", name] });
        return env.variables[name];
      }
      if (fallback !== void 0) return typedDefault(fallback);
      missing(path, name);
      return value;
    }
    return value.replace(VAR_REF, (match, name, fallback) => {
      if (name in env.variables) return String(env.variables[name]);
      if (fallback !== void 0) return fallback;
      missing(path, name);
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((x, i) => substituteVariables(x, env, [...path, i], origins, missing));
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, x]) => [k, substituteVariables(x, env, [...path, k], origins, missing)])
    );
  return value;
}

// src/pipeline/environments/differences.ts
function manifestDifferences(a, b, path = [], label = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const keys = KEYED_LISTS[path.join(".")];
  if (keys && Array.isArray(a) && Array.isArray(b)) {
    const idOf = (item) => itemId(item, keys);
    const shown = (item) => {
      const v = getPath(item, keyOf(item, keys));
      return v === true ? "stdout" : String(v);
    };
    if ([...a, ...b].every((i) => idOf(i) !== void 0) && new Set(a.map(idOf)).size === a.length && new Set(b.map(idOf)).size === b.length) {
      const out = [];
      const seen = /* @__PURE__ */ new Set();
      for (const item of [...a, ...b]) {
        const id = idOf(item);
        if (seen.has(id)) continue;
        seen.add(id);
        const x = a.find((i) => idOf(i) === id);
        const y = b.find((i) => idOf(i) === id);
        out.push(...manifestDifferences(x, y, path, `${label}[${shown(item)}]`));
      }
      return out;
    }
  }
  if (isRecord(a) && isRecord(b)) {
    const out = [];
    for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]))
      out.push(...manifestDifferences(a[k], b[k], [...path, k], label ? `${label}.${k}` : k));
    return out;
  }
  return [{ field: label, a, b }];
}

// src/pipeline/environments/environments.ts
var isEnvironmentDoc = (s) => s.value?.kind === ENVIRONMENT_KIND;
function applyEnvironments(loaded, o) {
  const envDocs = loaded.sources.filter(isEnvironmentDoc);
  if (!envDocs.length) return { ...loaded, environments: [] };
  const findings = [];
  const diagnostics = [...loaded.diagnostics];
  const files = [...loaded.files];
  const all = envDocs.flatMap((d) => readEnvironment(d, findings) ?? []);
  const names = all.map((e) => e.name);
  for (const [i, e] of all.entries())
    if (names.indexOf(e.name) !== i)
      findings.push({
        source: e.source,
        path: ["metadata", "name"],
        message: `environment ${e.name} is defined twice (also in ${all[names.indexOf(e.name)].source.file})`,
        rule: "environment/duplicate"
      });
  for (const s of o.select ?? [])
    if (!names.includes(s))
      diagnostics.push({
        severity: "error",
        file: envDocs[0].file,
        line: 0,
        col: 0,
        field: "",
        message: `no environment named ${s}: the environments are ${names.join(", ")}`,
        rule: "environment/unknown"
      });
  const chosen = all.filter(
    (e, i) => names.indexOf(e.name) === i && (o.select === void 0 || o.select.includes(e.name))
  );
  const alreadyRead = /* @__PURE__ */ new Map();
  for (const src of loaded.sources)
    alreadyRead.set(resolve2(src.file), [...alreadyRead.get(resolve2(src.file)) ?? [], src]);
  const readFiles = new Set(loaded.files.map((f) => resolve2(f)));
  const readBases = (paths) => {
    const expanded = expandPaths(paths);
    const fresh = expanded.files.filter((f) => !readFiles.has(resolve2(f)));
    const read = fresh.length ? o.load(fresh) : { sources: [], diagnostics: [], files: [] };
    const sources2 = expanded.files.flatMap(
      (f) => readFiles.has(resolve2(f)) ? alreadyRead.get(resolve2(f)) ?? [] : read.sources.filter((x) => x.file === f)
    );
    return {
      sources: sources2,
      diagnostics: [...expanded.diagnostics, ...read.diagnostics],
      files: expanded.files.filter((f) => readFiles.has(resolve2(f)) || read.files.includes(f))
    };
  };
  const sources = [];
  const usedAsBase = /* @__PURE__ */ new Set();
  const baseCache = /* @__PURE__ */ new Map();
  for (const env of chosen) {
    const used = /* @__PURE__ */ new Set();
    const key = env.base.map((b) => resolve2(b)).join("\0");
    let bases2 = baseCache.get(key);
    if (!bases2) {
      bases2 = readBases(env.base);
      baseCache.set(key, bases2);
      for (const d of bases2.diagnostics)
        if (!diagnostics.some(
          (x) => x.file === d.file && x.line === d.line && x.rule === d.rule && x.message === d.message
        ))
          diagnostics.push(d);
      for (const f of bases2.files) if (!files.includes(f)) files.push(f);
    }
    const jobs = bases2.sources.filter((s) => !isEnvironmentDoc(s));
    for (const b of jobs) usedAsBase.add(`${resolve2(b.file)}\0${b.index}`);
    const byName = new Map(
      jobs.map((b) => [String(b.value?.metadata?.name), b])
    );
    for (const p of env.patches) {
      if (!byName.has(p.job))
        findings.push({
          source: env.source,
          path: ["spec", "patches", p.index, "job"],
          message: `no base manifest of environment ${env.name} is named ${p.job}: the jobs are ${[...byName.keys()].join(", ") || "none"}`,
          rule: "environment/unknown-job"
        });
    }
    for (const b of jobs) {
      const origins = /* @__PURE__ */ new Map([[pathKey([]), { source: b, path: [] }]]);
      let value = b.value;
      const name = String(b.value?.metadata?.name);
      for (const p of env.patches.filter((x) => x.job === name))
        value = merge(value, p.value, [], { source: env.source, path: ["spec", "patches", p.index] }, origins);
      if (isRecord(value) && isRecord(value.metadata)) {
        const metadata = { ...value.metadata };
        if (env.namespace !== void 0) {
          metadata.namespace = env.namespace;
          origins.set(pathKey(["metadata", "namespace"]), { source: env.source, path: ["spec", "namespace"] });
        }
        if (env.region !== void 0) {
          metadata.region = env.region;
          origins.set(pathKey(["metadata", "region"]), { source: env.source, path: ["spec", "region"] });
        }
        value = { ...value, metadata };
      }
      variablesIn(value, used);
      const merged = new EnvironmentSource(b, void 0, env.name, origins);
      merged.value = substituteVariables(
        value,
        env,
        [],
        origins,
        (path, v) => findings.push({
          source: merged,
          path,
          message: `variable ${v} is not set in environment ${env.name}: add it under spec.variables of ${env.source.file}, or give a default: \${var:${v}:-value}`,
          rule: "environment/variable-unset"
        })
      );
      sources.push(merged);
    }
    for (const name of Object.keys(env.variables))
      if (!used.has(name))
        findings.push({
          source: env.source,
          path: ["spec", "variables", name],
          severity: "warning",
          rule: "environment/variable-unused",
          message: `variable ${name} is set in environment ${env.name}, but no manifest of it uses \${var:${name}}: a typo, or left over?`
        });
  }
  const bases = all.map((e) => e.base.map((b) => resolve2(b)));
  const isBase = (s) => usedAsBase.has(`${resolve2(s.file)}\0${s.index}`) || bases.some((list) => list.some((b) => resolve2(s.file) === b || resolve2(s.file).startsWith(`${b}/`)));
  const standalone = loaded.sources.filter((s) => !isEnvironmentDoc(s) && !isBase(s));
  if (o.select === void 0 || o.select.length === 0) sources.unshift(...standalone);
  for (const f of findings) diagnostics.push(findingDiagnostic(f));
  return { sources, diagnostics, files, environments: names };
}
function findingDiagnostic(f) {
  const where = f.source instanceof EnvironmentSource ? f.source.origin(f.path) : { source: f.source, path: f.path };
  const at = locate(where.source, where.path);
  const d = {
    severity: f.severity ?? "error",
    file: where.source.file,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
    field: f.path.join("."),
    message: f.message,
    rule: f.rule
  };
  if (f.source instanceof EnvironmentSource) d.environment = f.source.environment;
  return d;
}

// src/pipeline/validate/validate-files.ts
function validatePaths(paths, options = {}) {
  const expanded = expandPaths(paths);
  const result = validateFiles(expanded.files, { ...options, regularFiles: expanded.regularFiles });
  if (result === void 0) return validateEnvironments(paths, options);
  result.diagnostics = pushAll([...expanded.diagnostics], result.diagnostics);
  return result;
}
function validateEnvironments(paths, options) {
  const envs = applyEnvironments(loadManifests(paths, options), {
    select: options.environment ? [options.environment] : void 0,
    load: (p) => loadManifests(p, options)
  });
  const v = validateManifests(envs, options);
  return {
    files: envs.files.length,
    manifests: envs.sources.length,
    diagnostics: v.diagnostics,
    environments: envs.environments
  };
}
function validateFiles(files, options = {}) {
  const validator = new ManifestValidator(options);
  const result = { files: 0, manifests: 0, diagnostics: [] };
  for (const path of files) {
    const one = readManifestFile(path, options);
    if (one.sources.some((s) => s.value?.kind === ENVIRONMENT_KIND)) return void 0;
    if (one.read) result.files++;
    const fileDiagnostics = [...one.diagnostics];
    for (const [i, source] of one.sources.entries()) {
      result.manifests++;
      if (fileDiagnostics.length >= MAX_DIAGNOSTICS_PER_FILE) {
        const rest = one.sources.length - i;
        fileDiagnostics.push({
          severity: "error",
          file: one.file,
          line: 0,
          col: 0,
          field: "",
          rule: "findings/truncated",
          message: `more than ${MAX_DIAGNOSTICS_PER_FILE} problems: the last ${rest} document${rest === 1 ? "" : "s"} of this file were not checked; fix the ones above first`
        });
        result.manifests += rest - 1;
        break;
      }
      pushAll(fileDiagnostics, validator.check(source));
    }
    fileDiagnostics.sort(byPosition);
    pushAll(result.diagnostics, fileDiagnostics);
  }
  return result;
}

// src/pipeline/compile/configmap.ts
function compileConfigMap(value, o) {
  const v = value;
  const findings = [];
  const data = {};
  const secretKeys = [];
  const unknown = [];
  for (const [k, text] of Object.entries(v.data)) {
    const r = expandEnvRefs(text, o.env);
    for (const name of r.missing) {
      if (o.unknownSecrets && (SECRET_NAME.test(name) || SECRET_NAME.test(k))) unknown.push({ key: k, variable: name });
      else
        findings.push({
          path: ["data", k],
          rule: "env-unset",
          message: `environment variable ${name} is not set: set it where saejob runs (referenced as \${env:${name}})`
        });
    }
    if (SECRET_NAME.test(k) || r.used.some((n) => SECRET_NAME.test(n)) || unknown.some((u) => u.key === k))
      secretKeys.push(k);
    data[k] = r.value;
  }
  const region = resolveRegion({
    metadataRegion: v.metadata.region,
    namespace: v.metadata.namespace,
    flag: o.region,
    env: o.env.ALIBABA_CLOUD_REGION_ID
  });
  if (!region)
    findings.push({
      path: ["metadata", "namespace"],
      rule: "region-unknown",
      message: "cannot tell the region: set metadata.region, --region or ALIBABA_CLOUD_REGION_ID"
    });
  if (findings.length) return { findings };
  const configMap = {
    name: v.metadata.name,
    namespace: v.metadata.namespace,
    region,
    data,
    secretKeys
  };
  if (v.metadata.description !== void 0) configMap.description = v.metadata.description;
  if (unknown.length) configMap.unknown = unknown;
  return { configMap, findings };
}

// src/pipeline/compile/compile-files.ts
function variablesLeft(value, path = [], out = []) {
  if (typeof value === "string") {
    const m = VARIABLE_REF.exec(value);
    if (m) out.push({ path, variable: m[1] });
  } else if (Array.isArray(value)) value.forEach((v, i) => variablesLeft(v, [...path, i], out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) variablesLeft(v, [...path, k], out);
  return out;
}
function compileManifests(paths, options = {}) {
  const select = options.allEnvironments ? void 0 : options.environment ? [options.environment] : [];
  const read = loadManifests(paths, options);
  const loaded = applyEnvironments(read, { select, load: (p) => loadManifests(p, options) });
  if (options.environment && !loaded.environments.length) {
    loaded.diagnostics.push({
      severity: "error",
      file: paths[0] ?? ".",
      line: 0,
      col: 0,
      field: "",
      rule: "environment/unknown",
      message: `no environment named ${options.environment}: these paths define no environments (give the directory that holds the kind: Environment files, or leave out --environment)`
    });
  }
  if (loaded.environments.length && !options.environment && !options.allEnvironments) {
    loaded.diagnostics.push({
      severity: "warning",
      file: paths[0] ?? ".",
      line: 0,
      col: 0,
      field: "",
      rule: "environment/not-chosen",
      message: `these paths also define environments (${loaded.environments.join(", ")}), left out: choose one with --environment NAME, or SAEJOB_ENVIRONMENT=NAME where saejob runs (plan: --all-environments)`
    });
  }
  const validated = validateManifests(loaded, options);
  const diagnostics = [...validated.diagnostics];
  for (const source of [...validated.valid.map((v) => v.source), ...validated.configMaps]) {
    if (source.environment) continue;
    for (const left of variablesLeft(source.value)) {
      diagnostics.push(
        toDiagnostic(source, {
          path: left.path,
          rule: "environment/variable-outside",
          message: `\${var:${left.variable}} is an environment's variable, and this manifest is not run through an environment (a base manifest on its own): give the directory that holds its kind: Environment files and --environment NAME, or write $\${ for a literal "\${"`
        })
      );
    }
  }
  const compiled = [];
  for (const { source, manifest } of validated.valid) {
    const { job, findings } = compileJob(manifest, {
      env: options.env ?? {},
      region: options.region,
      unknownSecrets: options.unknownSecrets
    });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f))
    );
    if (job) {
      if (source.environment) job.environment = source.environment;
      compiled.push({ source, job });
    }
  }
  const configMaps = [];
  for (const source of validated.configMaps) {
    const { configMap, findings } = compileConfigMap(source.value, {
      env: options.env ?? {},
      region: options.region,
      unknownSecrets: options.unknownSecrets
    });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f))
    );
    if (configMap) configMaps.push({ source, configMap });
  }
  const outside = loaded.environments.length && !options.allEnvironments ? outsideManifests(read, loaded.sources, options) : [];
  return {
    files: loaded.files,
    diagnostics: sortDiagnostics(diagnostics),
    compiled,
    manifests: loaded.sources.length,
    environments: loaded.environments,
    configMaps,
    outside
  };
}
function outsideManifests(read, inRun, options) {
  const all = applyEnvironments(read, { select: void 0, load: (p) => loadManifests(p, options) });
  const key = (s) => `${s.environment ?? ""}\0${s.file}\0${s.index}`;
  const running = new Set(inRun.map(key));
  const out = [];
  for (const s of all.sources) {
    if (running.has(key(s))) continue;
    const v = s.value;
    const kind = v?.kind === "ConfigMap" ? "ConfigMap" : v?.kind === "Job" ? "Job" : void 0;
    const name = v?.metadata?.name;
    const namespace = v?.metadata?.namespace;
    if (!kind || typeof name !== "string" || typeof namespace !== "string") continue;
    const metadataRegion = typeof v?.metadata?.region === "string" ? v.metadata.region : void 0;
    out.push({
      ...s.environment ? { environment: s.environment } : {},
      file: s.file,
      kind,
      name,
      namespace,
      region: resolveRegion({ metadataRegion, namespace, flag: options.region, env: options.envRegion })
    });
  }
  return out;
}

// src/pipeline/export/fit.ts
function withoutSecretText(manifest, known, variables) {
  const secrets = known.filter((k) => k.value.length >= MIN_EMBEDDED_SECRET).sort((a, b) => b.value.length - a.value.length);
  let counter = 0;
  const fresh = (hint) => {
    const base = hint.toUpperCase().replace(/[^A-Z0-9_]/g, "_").replace(/^([^A-Z_])/, "_$1");
    const name = `${base}_SECRET${counter++ ? `_${counter}` : ""}`;
    variables.push(name);
    return `\${env:${name}}`;
  };
  const scrub = (text, hint) => {
    let out = text;
    for (const k of secrets) if (out.includes(k.value)) out = out.split(k.value).join(`\${env:${k.variable}}`);
    out = out.replace(
      /(:\/\/[^\s:/@]+:)([^\s@/$]{2,})(@)/g,
      (_m, a, _pw, b) => `${a}${fresh(hint)}${b}`
    );
    out = out.replace(
      /((?:authorization|x-api-key)\s*[:=]\s*(?:bearer\s+|basic\s+|token\s+)?)([^\s'"$][^\s'"]{3,})/gi,
      (_m, a) => `${a}${fresh(hint)}`
    );
    out = out.replace(/(\bbearer\s+)([A-Za-z0-9._~+/-]{8,}=*)/gi, (_m, a) => `${a}${fresh(hint)}`);
    out = out.replace(
      /(\b(?:password|passwd|pwd|token|secret|api[_-]?key|access[_-]?key)\s*[=:]\s*)([^\s&'"$,;]{3,})/gi,
      (_m, a) => `${a}${fresh(hint)}`
    );
    return out;
  };
  const walk = (v, hint) => {
    if (typeof v === "string") return v.startsWith("${env:") && v.endsWith("}") ? v : scrub(v, hint);
    if (Array.isArray(v)) return v.map((x) => walk(x, hint));
    if (v && typeof v === "object") {
      const o = v;
      if (typeof o.name === "string" && "value" in o) return { ...o, value: walk(o.value, o.name) };
      return Object.fromEntries(
        Object.entries(o).map(([k, x]) => [
          k,
          k === "metadata" ? x : walk(x, k === "command" || k === "args" ? "COMMAND" : hint)
        ])
      );
    }
    return v;
  };
  return walk(manifest, "EXPORTED");
}
function removeAt(root, path) {
  let node = root;
  for (const key of path.slice(0, -1)) {
    node = node?.[key];
    if (!node || typeof node !== "object") return false;
  }
  const last = path.at(-1);
  if (!node || !(last in node)) return false;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return true;
}
var valueText = (v) => (JSON.stringify(v) ?? String(v)).slice(0, 80);
function fitToSchema(manifest) {
  const omitted = [];
  for (let round = 0; round < 20; round++) {
    const findings = [
      ...validate_job_default(manifest) ? [] : schemaFindings(validate_job_default.errors ?? [], manifest),
      ...checkManifestRules(manifest).filter((f) => f.severity !== "warning")
    ];
    if (!findings.length) return { manifest, omitted };
    const optional = findings.filter((f) => f.rule !== "schema/required" && f.path.length > 2);
    const removed = optional.filter((f) => {
      const before = valueAt(manifest, f.path);
      if (!removeAt(manifest, f.path)) return false;
      omitted.push(
        `${formatFieldPath(f.path)}: SAE has ${valueText(before)}, which a manifest cannot hold (${f.message}): left out`
      );
      return true;
    });
    if (!removed.length)
      return { manifest, omitted, invalid: findings.map((f) => `${formatFieldPath(f.field ?? f.path)}: ${f.message}`) };
  }
  return { manifest, omitted, invalid: ["the live job cannot be expressed as a manifest"] };
}

// src/pipeline/export/export.ts
function json(params, name) {
  const v = params[name];
  if (v === void 0 || v === "") return void 0;
  try {
    const parsed = JSON.parse(String(v));
    if (Array.isArray(parsed) && parsed.length === 0) return void 0;
    if (parsed && typeof parsed === "object" && Object.keys(parsed).length === 0) return void 0;
    return parsed;
  } catch {
    return void 0;
  }
}
function clean(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === void 0) continue;
    if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return Object.keys(out).length ? out : void 0;
}
var str = (v) => v === void 0 || v === "" ? void 0 : String(v);
var num = (v) => v === void 0 || v === "" ? void 0 : Number(v);
var intOrString = (v) => v === void 0 || v === "" ? void 0 : /^[0-9]+$/.test(String(v)) ? Number(v) : String(v);
function manifestFromParams(params, suspend, tags = {}, names = {}) {
  const configMapName = (id) => names.configMaps?.get(Number(id));
  const secretVariables = [];
  const p = params;
  const trigger = json(p, "TriggerConfig");
  let triggerOut;
  if (trigger?.type === "time")
    triggerOut = clean({
      schedule: String(trigger.config),
      timezone: trigger.timezone && trigger.timezone !== "GMT+8:00" ? trigger.timezone : void 0
    });
  else if (trigger?.type === "http") {
    const c = trigger.config ?? {};
    triggerOut = {
      http: clean({
        type: c.type && c.type !== "HTTPS" ? c.type : void 0,
        methods: c.method && !(c.method.length === 1 && c.method[0] === "GET") ? c.method : void 0,
        ip: c.ip?.length ? c.ip : void 0,
        referer: c.referer?.length ? c.referer : void 0,
        securityConfig: c.securityConfig && c.securityConfig !== "none" ? c.securityConfig : void 0
      }) ?? {}
    };
  }
  const type = String(p.PackageType ?? "Image");
  const imagePhp = type.startsWith("IMAGE_PHP_");
  const commandArgs = json(p, "CommandArgs") ?? [];
  const envs = json(p, "Envs") ?? [];
  const env = [];
  const envFrom = [];
  for (const e of envs) {
    if (e.valueFrom === "configMapRef" && e.key === void 0 && e.name.startsWith(CONFIGMAP_ALL_PREFIX)) {
      const name = e.name.slice(CONFIGMAP_ALL_PREFIX.length);
      envFrom.push({
        configMapRef: configMapName(e.configMapId) === name ? { name } : { configMapId: Number(e.configMapId), name }
      });
    } else if (e.valueFrom === "configMapRef") {
      const name = configMapName(e.configMapId);
      env.push({
        name: e.name,
        valueFrom: {
          configMapKeyRef: name ? { name, key: e.key } : { configMapId: Number(e.configMapId), key: e.key }
        }
      });
    } else if (SECRET_NAME.test(e.name)) {
      secretVariables.push(e.name);
      env.push({ name: e.name, value: `\${env:${e.name}}` });
    } else env.push({ name: e.name, value: e.value ?? "" });
  }
  const hostAliases = [];
  for (const h of json(p, "CustomHostAlias") ?? []) {
    const last = hostAliases.at(-1);
    if (last && last.ip === h.ip) last.hostnames.push(h.hostName);
    else hostAliases.push({ ip: h.ip, hostnames: [h.hostName] });
  }
  const exec = (name) => {
    const v = json(p, name);
    return v?.exec?.command ? { exec: { command: v.exec.command } } : void 0;
  };
  const tomcat = json(p, "TomcatConfig");
  const nasMounts = json(p, "MountDesc");
  const nasConfigs = nasMounts ? void 0 : json(
    p,
    "NasConfigs"
  );
  const ossMounts = json(
    p,
    "OssMountDescs"
  );
  let oss;
  if (ossMounts) {
    secretVariables.push("OSS_AK_SECRET");
    oss = {
      accessKeyId: str(p.OssAkId) ?? "${env:OSS_AK_ID}",
      accessKeySecret: "${env:OSS_AK_SECRET}",
      mounts: ossMounts.map(
        (o) => clean({
          bucket: o.bucketName,
          bucketPath: o.bucketPath,
          mountPath: o.mountPath,
          readOnly: o.readOnly ? true : void 0
        })
      )
    };
  }
  const modules = str(p.PythonModules);
  const sls = json(p, "SlsConfigs");
  const shards = p.Slice === true || p.Slice === "true" ? json(p, "SliceEnvs") : void 0;
  const registry = {
    acrInstanceId: str(p.AcrInstanceId),
    acrAssumeRoleArn: str(p.AcrAssumeRoleArn),
    ...names.secrets?.has(Number(p.ImagePullSecrets)) ? { pullSecretName: names.secrets.get(Number(p.ImagePullSecrets)) } : { pullSecretId: intOrString(p.ImagePullSecrets) },
    acceleration: p.EnableImageAccl === true || p.EnableImageAccl === "true" ? true : void 0
  };
  const template = clean({
    image: type === "Image" ? clean({ url: str(p.ImageUrl), ...registry }) : void 0,
    package: type !== "Image" ? clean({
      type,
      url: imagePhp ? str(p.ImageUrl) : str(p.PackageUrl),
      version: str(p.PackageVersion),
      ...imagePhp ? registry : {}
    }) : void 0,
    runtime: clean({
      language: str(p.ProgrammingLanguage),
      jdk: str(p.Jdk),
      webContainer: str(p.WebContainer),
      edasContainerVersion: str(p.EdasContainerVersion),
      python: str(p.Python),
      pythonModules: modules?.includes("\n") ? modules.split("\n") : modules
    }),
    jar: clean({ startOptions: str(p.JarStartOptions), startArgs: str(p.JarStartArgs) }),
    war: clean({ startOptions: str(p.WarStartOptions) }),
    tomcat: tomcat ? clean({
      port: tomcat.port,
      contextPath: tomcat.contextPath,
      maxThreads: tomcat.maxThreads,
      uriEncoding: tomcat.uriEncoding,
      useBodyEncodingForUri: tomcat.useBodyEncodingForUri
    }) : void 0,
    php: clean({ config: str(p.PhpConfig), configLocation: str(p.PhpConfigLocation) }),
    resources: { cpu: num(p.Cpu), memory: num(p.Memory), bestEffortType: str(p.BestEffortType) },
    command: p.Command ? [String(p.Command), ...commandArgs] : void 0,
    env: env.length ? env : void 0,
    envFrom: envFrom.length ? envFrom : void 0,
    hostAliases: hostAliases.length ? hostAliases : void 0,
    lifecycle: clean({ postStart: exec("PostStart"), preStop: exec("PreStop") }),
    terminationGracePeriodSeconds: num(p.TerminationGracePeriodSeconds),
    timezone: str(p.Timezone),
    volumes: clean({
      configMaps: json(p, "ConfigMapMountDesc")?.map((c) => {
        const name = configMapName(c.configMapId);
        return name ? { name, key: c.key, mountPath: c.mountPath } : { configMapId: Number(c.configMapId), key: c.key, mountPath: c.mountPath };
      }),
      nas: nasMounts ? {
        id: str(p.NasId),
        mountHost: str(p.MountHost),
        mounts: nasMounts.map((m) => ({ mountPath: m.mountPath, nasPath: m.nasPath }))
      } : void 0,
      nasMounts: nasConfigs?.map(
        (n) => clean({
          id: n.nasId,
          mountHost: n.mountDomain,
          nasPath: n.nasPath,
          mountPath: n.mountPath,
          readOnly: n.readOnly ? true : void 0
        })
      ),
      oss
    }),
    logs: sls ? {
      sls: sls.map(
        (s) => clean({
          stdout: s.logType === "stdout" ? true : void 0,
          path: s.logType === "stdout" ? void 0 : s.logDir,
          project: str(s.projectName),
          logstore: str(s.logstoreName),
          logtail: str(s.logtailName)
        })
      )
    } : void 0
  });
  const manifest = {
    apiVersion: "saejob/v1",
    kind: "Job",
    metadata: clean({
      name: String(p.AppName),
      namespace: String(p.NamespaceId),
      description: str(p.AppDescription),
      labels: labelsOf(tags)
    }),
    spec: clean({
      replicas: num(p.Replicas) ?? 1,
      trigger: triggerOut,
      concurrencyPolicy: str(p.ConcurrencyPolicy),
      timeoutSeconds: num(p.Timeout),
      backoffLimit: num(p.BackoffLimit),
      shards,
      refAppId: str(p.RefAppId),
      suspend: suspend ? true : void 0,
      network: clean({ vpcId: str(p.VpcId), vSwitchId: str(p.VSwitchId), securityGroupId: str(p.SecurityGroupId) }),
      template
    })
  };
  const known = [
    ...envs.filter((e) => SECRET_NAME.test(e.name) && e.valueFrom !== "configMapRef" && typeof e.value === "string").map((e) => ({ value: e.value, variable: e.name })),
    ...typeof p.OssAkSecret === "string" && ossMounts ? [{ value: p.OssAkSecret, variable: "OSS_AK_SECRET" }] : []
  ];
  const safe = withoutSecretText(manifest, known, secretVariables);
  return { ...fitToSchema(safe), secretVariables: [...new Set(secretVariables)] };
}
function manifestYaml(r, schemaRef) {
  const doc = new Document(r.manifest);
  const notes = [
    ...schemaRef ? [` yaml-language-server: $schema=${schemaRef}`] : [],
    ` Exported by saejob from ${r.manifest.metadata.namespace}/${r.manifest.metadata.name}.`
  ];
  if (r.secretVariables.length)
    notes.push(` Secrets are not exported: set ${r.secretVariables.join(", ")} where saejob runs.`);
  for (const o of r.omitted) notes.push(` Not exported: ${o.replace(/\n/g, " ")}`);
  doc.commentBefore = notes.join("\n");
  return doc.toString({ lineWidth: 0 });
}
function labelsOf(tags) {
  const labels = Object.fromEntries(Object.entries(tags).filter(([k]) => k !== OWNER_TAG));
  return Object.keys(labels).length ? labels : void 0;
}
export {
  MASK,
  ManifestValidator,
  RULES,
  applyEnvironments,
  compileJob,
  compileManifests,
  createRequest,
  expandPaths,
  hasChanges,
  hasErrors,
  loadManifests,
  manifestDifferences,
  manifestFromParams,
  manifestParams,
  manifestYaml,
  parseManifestText,
  planJob,
  plannedRequests,
  readSavedPlan,
  redactDeep,
  redactRequest,
  redactText,
  savePlan,
  summarise,
  updateRequest,
  validateFiles,
  validateManifests,
  validatePaths,
  validateSource
};
