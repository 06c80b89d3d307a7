// Stage 1, load: the text of a file into manifest sources, each with its
// parsed value and (on first use) the source range of every node. Pure: the
// fast path (simple-yaml.ts) reads most manifests; `yaml` parses the rest, and
// any a finding needs positions for. Size guards bound what aliases expand to.
import { isUtf8 } from 'node:buffer';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { ALIAS_EXPANSION_FACTOR, DEFAULT_MAX_FILE_BYTES, MAX_DIAGNOSTICS_PER_FILE } from '../limits.js';

import { FastSource, LazyPositions, type ManifestSource, parseWithPositions } from './sources.js';

// A billion-laughs document expands aliases exponentially; the yaml package
// counts expansions and throws past this cap.
export const MAX_ALIAS_COUNT = 100;

export { DEFAULT_MAX_FILE_BYTES };

const MAX_LOAD_DIAGNOSTICS = MAX_DIAGNOSTICS_PER_FILE;

export function fileDiagnostic(file: string, message: string, rule: string, line = 0, col = 0): Diagnostic {
  return { severity: 'error', file, line, col, field: '', message, rule };
}

export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  // isUtf8 is a native check; decoding then cannot fail.
  if (isUtf8(bytes))
    return { text: withoutBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) };
  // Point at the first byte that does not decode.
  const loose = new TextDecoder('utf-8').decode(bytes);
  const at = loose.indexOf('\ufffd');
  const before = loose.slice(0, Math.max(at, 0)).split('\n');
  return {
    diagnostic: fileDiagnostic(
      file,
      'file is not valid UTF-8 text: save it as UTF-8',
      'file/encoding',
      before.length,
      (before.at(-1)?.length ?? 0) + 1,
    ),
  };
}

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
export function exceedsSize(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    size += typeof v === 'string' ? v.length + 2 : 8;
    if (size > limit) return true;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        size += k.length;
        stack.push(x);
      }
  }
  return false;
}

export function parseManifestText(
  file: string,
  text: string,
  options: { maxExpandedBytes?: number } = {},
): { sources: ManifestSource[]; diagnostics: Diagnostic[] } {
  const fast = parseSimpleYaml(text);
  if (fast !== undefined) {
    const positions = new LazyPositions(text, fast.facts);
    // A trailing `---` gives an empty (null) last document: skipped, as every empty document is.
    return {
      sources: fast.docs.flatMap((value, index) =>
        value === null ? [] : [new FastSource(file, index, value, positions)],
      ),
      diagnostics: [],
    };
  }
  const { docs: list, lineCounter } = parseWithPositions(text);
  const diagnostics: Diagnostic[] = [];
  const sources: ManifestSource[] = [];
  let nonEmpty = 0;
  list.forEach((doc, index) => {
    if (diagnostics.length >= MAX_LOAD_DIAGNOSTICS) {
      if (diagnostics.length === MAX_LOAD_DIAGNOSTICS)
        diagnostics.push(
          fileDiagnostic(
            file,
            `more than ${MAX_LOAD_DIAGNOSTICS} YAML problems: the rest of this file was not read; fix the ones above first`,
            'findings/truncated',
          ),
        );
      return;
    }
    // One mistake, one message: yaml reports everything that follows from a syntax error too
    // (a tab gave 8-16 errors, an unquoted ${env:X} in { } up to 100). The first error of a
    // document is reported, with the fix; the rest are counted. Duplicate keys are each their own.
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const shown = [...(syntax.length ? [syntax[0]!] : []), ...errors.filter((e) => e.code === 'DUPLICATE_KEY')];
    const problems = [
      ...shown.map((e) => ({ e, severity: 'error' as const })),
      ...doc.warnings.map((e) => ({ e, severity: 'warning' as const })),
    ];
    for (const { e, severity } of problems) {
      const pos = lineCounter.linePos(e.pos[0]);
      const end = lineCounter.linePos(e.pos[1]);
      const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const lineText = text.slice(
        lineCounter.lineStarts[pos.line - 1] ?? 0,
        lineCounter.lineStarts[pos.line] ?? text.length,
      );
      const following =
        e === syntax[0] && syntax.length > 1
          ? ` (${syntax.length - 1} more YAML error${syntax.length > 2 ? 's' : ''} after this one ${syntax.length > 2 ? 'follow' : 'follows'} from it: fix it first)`
          : '';
      diagnostics.push({
        severity,
        file,
        line: pos.line,
        col: pos.col,
        endLine: end.line,
        endCol: end.col,
        field: '',
        message: `${yamlHint(e.code, message, text.slice(e.pos[0], e.pos[1]), lineText)}${following}`,
        rule: `yaml/${e.code}`,
      });
    }
    if (doc.errors.length > 0) return;
    // An empty document (nothing after `---`, or only comments) is skipped; an explicit `~` is not.
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === ''))
      return;
    nonEmpty++;
    const start = lineCounter.linePos(doc.contents.range[0]);
    if (!isMap(doc.contents)) {
      const what = Array.isArray(doc.contents.toJSON()) ? 'a list' : 'a single value';
      diagnostics.push({
        ...fileDiagnostic(
          file,
          `a manifest must be a mapping (apiVersion, kind, metadata, spec), but this document holds ${what}`,
          'manifest/not-a-mapping',
          start.line,
          start.col,
        ),
      });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const why = (err as Error).message;
      // yaml throws here for an alias bomb, and for a merge key (<<) whose source is not a mapping.
      if (/merge/i.test(why))
        diagnostics.push(
          fileDiagnostic(
            file,
            `a merge key (<<) must merge a mapping (an anchor on a mapping of this document, or { … }): ${why}`,
            'yaml/MERGE',
            start.line,
            start.col,
          ),
        );
      else
        diagnostics.push(
          fileDiagnostic(
            file,
            `YAML aliases expand too far (${why}): write the values out, or use fewer nested aliases`,
            'yaml/ALIAS_LIMIT',
            start.line,
            start.col,
          ),
        );
      return;
    }
    const limit = options.maxExpandedBytes ?? ALIAS_EXPANSION_FACTOR * DEFAULT_MAX_FILE_BYTES;
    if (exceedsSize(value, limit)) {
      diagnostics.push(
        fileDiagnostic(
          file,
          `YAML aliases expand this document to more than ${sizeText(limit)}: write the values out, or use fewer aliases`,
          'yaml/ALIAS_LIMIT',
          start.line,
          start.col,
        ),
      );
      return;
    }
    sources.push({ file, index, doc, lineCounter, value, facts: { mayHoldReferences: text.includes('${') } });
  });
  if (nonEmpty === 0 && diagnostics.length === 0) {
    diagnostics.push(fileDiagnostic(file, 'file holds no manifest (it is empty or only comments)', 'file/empty', 1, 1));
  }
  return { sources, diagnostics };
}

/** yaml's message with what to do about it. */
function yamlHint(code: string, message: string, source: string, line: string): string {
  // An unquoted ${env:NAME} in a flow collection: `{` after `$` opens a mapping there.
  if (code !== 'DUPLICATE_KEY' && /\$\{/.test(line) && /[{[]/.test(line.replace(/\$\{[^}]*\}/g, ''))) {
    return `${message}: quote a \${env:…} reference inside { } or [ ]: write "\${env:NAME}"`;
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return `the key ${JSON.stringify(source.trim())} appears twice in this mapping: each key may appear once; remove or merge the duplicate`;
    case 'TAB_AS_INDENT':
      return `${message}: indent YAML with spaces, not tabs`;
    case 'BAD_INDENT':
      return `${message}: check the indentation of this line against its siblings`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `${message}: a line below this one is indented more than this key, or a value runs on to the next line; keys of one mapping must line up`;
    case 'MISSING_CHAR':
      return `${message}: close the quote or bracket that opens here`;
    default:
      return message;
  }
}

/** A size as people read it. */
export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
export {
  type ManifestSource,
  type TextFacts,
  type LoadResult,
  parseWithPositions,
  LazyPositions,
  FastSource,
} from './sources.js';
