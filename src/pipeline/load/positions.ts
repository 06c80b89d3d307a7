// Map a field path back to the YAML source, the way Spectral and
// yaml-language-server do: walk the document to the deepest node that exists;
// point at the key for an unknown or misplaced key, at the value otherwise.
import { isMap, isSeq, isScalar, isPair, isAlias, type Node, type Pair } from 'yaml';
import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from './load.js';

export interface SourceRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Target = 'value' | 'key';

export function locate(source: ManifestSource, path: FieldPath, target: Target = 'value'): SourceRange {
  // An over-large collection's key, noted by the fast path: no `yaml` parse of a huge document for it.
  const noted = target === 'key' ? source.facts?.oversizedAt?.(path) : undefined;
  if (noted) return noted;
  let node: unknown = source.doc.contents;
  let pair: Pair | undefined;
  let reached = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      pair = undefined;
      node = node.items[seg];
    } else break;
    reached++;
  }
  const complete = reached === path.length;
  // A key target points at the key of the last pair reached (unknown property);
  // an incomplete path points at the deepest node that exists (missing property).
  const keyNode = target === 'key' && complete && pair && isScalar(pair.key) ? pair.key : undefined;
  const at = (keyNode ?? node ?? pair?.key ?? source.doc.contents) as Node | null;
  const range = at?.range ?? [0, 0, 0];
  const start = source.lineCounter.linePos(range[0]);
  const end = source.lineCounter.linePos(Math.max(range[1], range[0]));
  return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
}

/** The file and range a field was written at: in the document itself, or where an environment's patch set it. */
export function whereIs(
  source: ManifestSource,
  path: FieldPath,
  target: Target = 'value',
): SourceRange & { file: string } {
  const o = source.origin?.(path) ?? { source, path };
  return { file: o.source.file, ...locate(o.source, o.path, target) };
}
