// The fast YAML path must never disagree with the `yaml` package: where it
// answers, `yaml` reports no error or warning and gives the same documents.
// Checked on the examples, the broken corpus, hand-picked edge cases,
// thousands of seeded mutations of real manifests and thousands of random
// documents. A longer search:
//   SAEJOB_FUZZ_ITERATIONS=1000000 SAEJOB_FUZZ_SEED=7 npx vitest run test/simple-yaml.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Composer } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { parseSimpleYaml } from '../src/pipeline/load/simple-yaml.js';
import { validateSource } from '../src/pipeline/validate/validate.js';
import { MAX_ALIAS_COUNT, expandPaths, parseManifestText, parseWithPositions } from '../src/pipeline/load/load.js';
import { locate } from '../src/pipeline/load/positions.js';

const root = join(import.meta.dirname, '..');

const yamlFiles = (dir: string) => expandPaths([dir]).files;

/** What `yaml` makes of a text, the way load.ts asks for it; undefined when it reports anything. */
function reference(text: string): unknown[] | undefined {
  const { docs } = parseWithPositions(text);
  if (docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined;
  return docs.map((d) => d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
}

/** JSON with every non-ASCII character escaped, so that U+00A0 does not pass for a space. */
const show = (value: unknown) =>
  String(JSON.stringify(value)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The fast path either declines or agrees; returns whether it answered. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text)?.docs;
  if (fast === undefined) return false;
  const slow = reference(text);
  if (!isDeepStrictEqual(fast, slow)) {
    const problems = parseWithPositions(text).docs.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
    throw new Error(
      `the fast YAML path disagrees with yaml on:\n${show(text)}\nfast: ${show(fast)}\nyaml: ${show(slow)} ${problems.join('; ')}`,
    );
  }
  return true;
}

// mulberry32: a small seeded generator, so that every run checks the same texts.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  ': ',
  ':',
  '- ',
  '-',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '|',
  '>',
  '|-',
  '>-',
  '|+',
  '|2',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '?',
  '? ',
  '%',
  '\n',
  '\n  ',
  '\n- ',
  '  ',
  ' ',
  '---\n',
  '\n---\n',
  '...',
  '\n...\n',
  'true',
  'True',
  'null',
  'Null',
  '~',
  '0x1F',
  '0o17',
  '017',
  '1e3',
  '.5',
  '-1',
  '+1',
  '.inf',
  '-.Inf',
  '.NaN',
  '1_000',
  '\\',
  '\\n',
  '\\x41',
  '\\u00e9',
  '\\U0001F600',
  '\\q',
  "''",
  '""',
  '\t',
  '\r\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\ufeff',
  'é',
  '<<: ',
  '__proto__: ',
  'key: ',
  'a: b: c',
  '\n\n',
  '\n#c\n',
];

function mutate(text: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const at = Math.floor(rnd() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 7)) {
    case 0:
    case 1:
      return text.slice(0, at) + pick(TOKENS) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 5));
    case 3:
      lines.splice(line, 0, lines[Math.floor(rnd() * lines.length)]!);
      return lines.join('\n');
    case 4:
      lines[line] =
        rnd() < 0.5 ? ' '.repeat(1 + Math.floor(rnd() * 3)) + lines[line] : lines[line]!.replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 5: {
      const other = Math.floor(rnd() * lines.length);
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join('\n');
    }
    default:
      return text.slice(0, at) + pick(TOKENS) + pick(TOKENS) + text.slice(at);
  }
}

/**
 * A random document in (and around) the subset: nested block mappings and
 * sequences at random indentation, compact sequences, flow collections,
 * block scalars with blank and comment-like lines, scalars that look like
 * numbers, booleans and nulls, quoted scalars with escapes, comments.
 */
function generateDocument(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Mostly words the subset takes; now and then one it must decline or resolve.
  const common = [
    'a',
    'name',
    'x.y',
    'app/v1',
    'k-8',
    '$ref',
    '_u',
    'on',
    'Yes',
    'a:b',
    'http://x:80/p',
    'a#b',
    '${env:X}',
    'x,y',
    'x]',
  ];
  const odd = [
    'True',
    'null',
    'é',
    'a b',
    '1',
    '0o7',
    '.5',
    '-',
    '~',
    '%x',
    '@x',
    '`x',
    '[x',
    '"x',
    "x'",
    '<<',
    '__proto__',
    '?x',
    '-x',
    ':x',
  ];
  const word = () => (rnd() < 0.9 ? pick(common) : pick(odd));
  const key = () => (rnd() < 0.9 ? pick(['a', 'name', 'x.y', 'app/v1', 'k-8', '$ref', '_u', 'on']) : word());
  const scalar = (): string => {
    switch (Math.floor(rnd() * 6)) {
      case 0:
        return `"${pick(['', 'a', 'a\\tb', '\\x41', '\\u00e9', 'q\\"q', 'a: b', '# no', '\\\\', '\\/'])}"`;
      case 1:
        return `'${pick(['', 'a', "it''s", 'a: b', ' # x'])}'`;
      case 2:
        return pick([
          '0',
          '-1',
          '+2',
          '1.0',
          '1e3',
          '0x1F',
          '0o17',
          '.inf',
          '-.Inf',
          '.NaN',
          'true',
          'FALSE',
          'Null',
          '~',
          '1_000',
          '017',
          '08',
        ]);
      default:
        return word();
    }
  };
  const flow = (depth: number): string => {
    if (depth > 1 || rnd() < 0.5) return scalar();
    return rnd() < 0.5
      ? `[${Array.from({ length: Math.floor(rnd() * 3) }, () => flow(depth + 1)).join(pick([', ', ',', ' , ']))}]`
      : `{${pick(['', ' '])}${Array.from({ length: Math.floor(rnd() * 3) }, () => `${key()}: ${flow(depth + 1)}`).join(', ')}${pick(['', ' '])}}`;
  };
  const blockScalar = (indent: number): string => {
    const inner = ' '.repeat(indent + 1 + Math.floor(rnd() * 3));
    const lines = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () =>
      rnd() < 0.8 ? pick(['text', 'more text', '', '# hash', 'a: b', '- x']) : pick(['  deeper', ' ', '\t']),
    );
    return `${rnd() < 0.9 ? pick(['|', '|-', '>', '>-']) : pick(['|+', '|2', '>+1'])}${pick(['', ' # c'])}\n${lines.map((l) => (l === '' ? '' : inner + l)).join('\n')}`;
  };
  const value = (indent: number, depth: number): string => {
    const r = rnd();
    if (depth < 3 && r < 0.25) return `\n${mapping(indent + 1 + Math.floor(rnd() * 3), depth + 1)}`;
    if (depth < 3 && r < 0.4) {
      const compact = rnd() < 0.5;
      return `\n${sequence(compact ? indent : indent + 1 + Math.floor(rnd() * 3), depth + 1)}`;
    }
    if (r < 0.5) return ` ${blockScalar(indent)}`;
    if (r < 0.65) return ` ${flow(0)}`;
    if (r < 0.7) return '';
    return ` ${scalar()}${rnd() < 0.1 ? ' # comment' : ''}`;
  };
  const mapping = (indent: number, depth: number): string =>
    Array.from(
      { length: 1 + Math.floor(rnd() * 4) },
      (_, k) => `${' '.repeat(indent)}${rnd() < 0.1 ? `"${word()}${k}"` : key() + k}:${value(indent, depth)}`,
    ).join('\n');
  const sequence = (indent: number, depth: number): string =>
    Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const pad = ' '.repeat(indent);
      if (rnd() < 0.3 && depth < 3) {
        const first = `${key()}:${value(indent + 2, depth + 1)}`;
        return `${pad}- ${first}${rnd() < 0.5 ? `\n${' '.repeat(indent + 2)}z:${value(indent + 2, depth + 1)}` : ''}`;
      }
      return `${pad}-${value(indent, depth)}`;
    }).join('\n');
  const docs = Array.from(
    { length: 1 + Math.floor(rnd() * 2) },
    () => mapping(0, 0) + (rnd() < 0.2 ? '\n# trailing' : ''),
  );
  return (rnd() < 0.2 ? '# head\n---\n' : '') + docs.join('\n---\n') + (rnd() < 0.9 ? '\n' : '');
}

const examples = yamlFiles(join(root, 'manifests'));
const broken = yamlFiles(join(root, 'test', 'broken'));

const EDGE_CASES: Record<string, string> = {
  literal: 'a: |\n  one\n  two\n\n  three\nb: 1\n',
  literalStrip: 'a: |-\n  one\n   two\nb: 1\n',
  literalCommentLike: 'a: |\n  # not a comment\n  x\n# a comment\nb: 1\n',
  folded: 'a: >\n  one\n  two\n\n\n  three\nb: >-\n  x\n  y\n',
  foldedInSequence: 'a:\n  - >-\n    one\n    two\n  - b\n',
  compactSequence: 'a:\n- 1\n- x: 2\n  y: [3, "4", \'5\']\nb: null\n',
  nestedSequences: 'a:\n  -\n    - 1\n  - - 2\n',
  quoted: 'a: "tab\\tnew\\nline \\"q\\" \\x41\\u00e9\\U0001F600 \\/"\nb: \'it\'\'s\'\nc: "" # empty\n',
  plain:
    'a: http://x/y#frag\nb: a, b]\nc: -x\nd: ${env:X}\ne: 1_000\nf: 0o17\ng: 0x1F\nh: 1e3\ni: .inf\nj: ~\nk: True\nl: 1.50\nm: -0\n',
  flow: 'a: { b: [1, { c: d }], e: "f, g", h: \'i\' }   # c\nb: [ ]\nc: {}\nd: [a b, c:d, http://x]\n',
  quotedKeys: '"a b": 1\n\'c\': 2\n"d": { "e": 3 }\n',
  multiDoc: '# head\n---\na: 1\n--- # second\nb: 2\n---\nc: 3\n',
  emptyValues: 'a:\nb:\n  # only a comment\nc: 1\n',
  duplicate: 'a: 1\na: 2\n',
  flowDuplicate: 'a: { b: 1, b: 2 }\n',
  multilinePlain: 'a: one\n  two\n',
  multilineQuoted: 'a: "one\n  two"\n',
  multilineFlow: 'a: [1,\n  2]\n',
  anchors: 'a: &x 1\nb: *x\n',
  tags: 'a: !!str 1\n',
  complexKey: '? a\n: b\n',
  directive: '%YAML 1.2\n---\na: 1\n',
  documentEnd: 'a: 1\n...\n',
  emptyDocument: 'a: 1\n---\n',
  rootSequence: '- a\n',
  rootScalar: 'hello\n',
  indentedRoot: '  a: 1\n',
  badIndent: 'a:\n    b: 1\n  c: 2\n',
  tabs: 'a:\n\tb: 1\n',
  crlf: 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: "q"\r\n',
  loneCr: 'a: 1\rb: 2\n',
  nestedImplicit: 'a: b: c\n',
  trailingComma: 'a: [1, 2, ]\n',
  mergeKey: 'a: { x: 1 }\n<<: { y: 2 }\n',
  proto: '__proto__: { polluted: true }\n',
  nullKey: 'null: 1\n',
  numberKey: '1: a\n',
  keepChomping: 'a: |+\n  x\n\nb: 1\n',
  indentIndicator: 'a: |2\n   x\n',
  moreIndentedFolded: 'a: >\n  x\n    y\n  z\n',
  longKey: `${'k'.repeat(1100)}: 1\n`,
  deepFlow: `a: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
  deepBlock: Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:\n`).join(''),
  deepSequence: `a:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}-\n`).join('')}`,
  fairlyDeep: `a: ${'['.repeat(40)}${']'.repeat(40)}\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}`,
};

describe('the fast YAML path', () => {
  it('answers for every example manifest, and agrees with yaml', () => {
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      expect(agrees(text), file).toBe(true);
      expect(agrees(text.replace(/\n/g, '\r\n')), `${file} with CRLF line ends`).toBe(true);
    }
  });

  it('agrees with yaml (or declines) on every broken manifest', () => {
    for (const file of broken) agrees(readFileSync(file, 'utf8'));
  });

  it('agrees with yaml (or declines) on the edge cases, and answers for the common forms', () => {
    const answered = Object.entries(EDGE_CASES)
      .filter(([, text]) => agrees(text))
      .map(([name]) => name);
    expect(answered).toEqual([
      'literal',
      'literalStrip',
      'literalCommentLike',
      'folded',
      'foldedInSequence',
      'compactSequence',
      'quoted',
      'plain',
      'flow',
      'quotedKeys',
      'multiDoc',
      'emptyValues',
      'emptyDocument',
      'crlf',
      'fairlyDeep',
    ]);
  });

  const iterations = Number(process.env.SAEJOB_FUZZ_ITERATIONS ?? 4000);
  it('agrees with yaml (or declines) on thousands of mutated manifests', {
    timeout: Math.max(30_000, iterations / 5),
  }, () => {
    const seeds = [...examples, ...broken.slice(0, 20)].map((f) => readFileSync(f, 'utf8'));
    seeds.push(...Object.values(EDGE_CASES).filter((text) => text.length < 2000)); // not the deep-nesting ones
    const rnd = random(Number(process.env.SAEJOB_FUZZ_SEED ?? 20261127));
    let answered = 0;
    for (let n = 0; n < iterations; n++) {
      let text = seeds[n % seeds.length]!;
      const edits = 1 + Math.floor(rnd() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, rnd);
      if (agrees(text)) answered++;
    }
    // Most single edits keep a manifest in the subset; the check is only worth
    // something if the fast path answers for many of the mutants.
    expect(answered).toBeGreaterThan(iterations / 10);
  });

  it('agrees with yaml (or declines) on thousands of generated documents, and answers for many', {
    timeout: Math.max(30_000, iterations / 5),
  }, () => {
    const rnd = random(Number(process.env.SAEJOB_FUZZ_SEED ?? 20261127) + 1);
    let answered = 0;
    for (let n = 0; n < iterations; n++) {
      let text = generateDocument(rnd);
      if (rnd() < 0.3) text = mutate(text, rnd);
      if (rnd() < 0.1) text = text.replace(/\n/g, '\r\n');
      if (agrees(text)) answered++;
    }
    expect(answered).toBeGreaterThan(iterations / 10);
  });

  it('locates positions from a lazily parsed yaml document', () => {
    const text = 'apiVersion: saejob/v1\nkind: Job\n---\napiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: x\n';
    const { sources } = parseManifestText('f.yaml', text);
    expect(sources.map((s) => s.index)).toEqual([0, 1]);
    expect(locate(sources[1]!, ['metadata', 'name'])).toEqual({ line: 7, col: 9, endLine: 7, endCol: 10 });
  });

  // An over-large collection is refused at its key. The fast path notes where
  // it was written, so that finding costs no `yaml` parse of a huge document.
  describe('notes where an over-large collection was written, where yaml would put it', () => {
    const many = (item: (i: number) => string, n = 1001) => Array.from({ length: n }, (_, i) => item(i));
    const head = 'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: x, namespace: "cn-beijing:x" }\nspec:\n';
    const cases: [string, string, (string | number)[]][] = [
      ['a block mapping', `${head}  extra:\n${many((i) => `    k${i}: v`).join('\n')}\n`, ['spec', 'extra']],
      ['a block list under its key', `${head}  shards:\n${many((i) => `  - s${i}`).join('\n')}\n`, ['spec', 'shards']],
      ['a flow list', `${head}  shards: [${many((i) => `s${i}`).join(', ')}]\n`, ['spec', 'shards']],
      [
        'a quoted key, a flow mapping',
        `${head}  "the-extra":   {${many((i) => `k${i}: 1`).join(', ')}}\n`,
        ['spec', 'the-extra'],
      ],
      [
        'a flow list in a flow mapping',
        `${head}  extra: { a: 1, bb: [${many(String).join(',')}] }\n`,
        ['spec', 'extra', 'bb'],
      ],
      ['a flow list as a flow list item', `${head}  extra: [[1], [${many(String).join(',')}]]\n`, ['spec', 'extra', 1]],
      [
        'a flow list as a block list item',
        `${head}  extra:\n    - 1\n    -   [${many(String).join(',')}]\n`,
        ['spec', 'extra', 1],
      ],
      [
        'a block mapping as a block list item',
        `${head}  extra:\n    - a: 1\n    -\n${many((i) => `      k${i}: v`).join('\n')}\n`,
        ['spec', 'extra', 1],
      ],
      [
        'a mapping in a second document',
        `a: 1\n---\n${head}  extra:\n${many((i) => `    k${i}: v`).join('\n')}\n`,
        ['spec', 'extra'],
      ],
    ];
    for (const [name, text, path] of cases) {
      it(name, () => {
        const fast = parseManifestText('f.yaml', text).sources.at(-1)!;
        expect(fast.facts?.oversizedAt?.(path), 'noted').toBeDefined();
        // yaml's answer: the same source without the note.
        const { docs, lineCounter } = parseWithPositions(text);
        const parsed = { ...fast, doc: docs.at(-1)!, lineCounter, facts: undefined };
        const expected = locate(parsed, path, 'key');
        const noted = locate(fast, path, 'key');
        // A key's whole range; a list item's start (yaml's range runs to the end of the huge item).
        if (typeof path.at(-1) === 'string') expect(noted).toEqual(expected);
        else expect({ line: noted.line, col: noted.col }).toEqual({ line: expected.line, col: expected.col });
      });
    }

    it('validate refuses one without parsing the document with yaml', () => {
      const compose = vi.spyOn(Composer.prototype, 'compose');
      try {
        const [source] = parseManifestText('f.yaml', cases[2]![1]).sources;
        const [finding, ...rest] = validateSource(source!);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ line: 5, col: 3, field: 'spec.shards', rule: 'manifest/too-large' });
        expect(compose).not.toHaveBeenCalled();
      } finally {
        compose.mockRestore();
      }
    });
  });
});
