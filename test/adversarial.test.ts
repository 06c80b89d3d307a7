// Pathological input, generated here (nothing large is committed): every
// case must end with a clear error and exit 1 — no hang, no stack trace, no
// crash — inside a 256 MB heap. How long each took is printed; with
// SAEJOB_STRICT_TIMING=1 more than 2 s is a failure (left out by default so
// that a loaded CI machine cannot fail the suite on speed alone).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, pool } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'saejob-adversarial-'));
const HEAD = 'apiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: x\n  namespace: cn-beijing:x\nspec:\n  replicas: 1\n';
const TEMPLATE = '  template:\n    image: { url: a/b:1 }\n    resources: { cpu: 1000, memory: 2048 }\n';

interface Case {
  name: string;
  args: string[];
  /** Standard input: a file to read it from. */
  stdin?: string;
  /** What the error must say. */
  expect: RegExp;
}

const cases: Case[] = [];
const file = (name: string, text: string | (() => void)) => {
  const path = join(dir, name);
  if (typeof text === 'string') writeFileSync(path, text);
  else text();
  return path;
};

beforeAll(() => {
  const rep = (s: string, n: number, sep = '') => Array.from({ length: n }, (_, i) => s.replace('#', String(i))).join(sep);
  if (existsSync('/dev/zero')) {
    cases.push({ name: '/dev/zero', args: ['validate', '/dev/zero'], expect: /not a regular file \(a device\)/ });
    cases.push({ name: 'a link named .yaml to /dev/zero', args: ['validate', file('zero.yaml', () => symlinkSync('/dev/zero', join(dir, 'zero.yaml')))], expect: /not a regular file \(a device\)/ });
    cases.push({ name: '/dev/zero on standard input', args: ['validate', '-'], stdin: '/dev/zero', expect: /<stdin>: error: file is over 1 MiB/ });
  }
  if (spawnSync('mkfifo', [join(dir, 'fifo.yaml')]).status === 0) cases.push({ name: 'a FIFO named .yaml', args: ['validate', join(dir, 'fifo.yaml')], expect: /not a regular file \(a FIFO\)/ });
  cases.push({ name: 'a 59 MB file', args: ['validate', file('huge.yaml', () => (writeFileSync(join(dir, 'huge.yaml'), ''), truncateSync(join(dir, 'huge.yaml'), 59 * 1024 * 1024)))], expect: /file is 59 MiB, more than the 1 MiB/ });
  cases.push({ name: 'a mapping of 40,000 keys (509 KB)', args: ['validate', file('keys.yaml', `${HEAD}  extra:\n${rep('    k#: v\n', 40_000)}${TEMPLATE}`)], expect: /this mapping holds 40000 keys; a manifest's hold at most 1000/ });
  cases.push({ name: 'a 10,000-key mapping with a duplicate key', args: ['validate', file('dupkeys.yaml', `${HEAD}  extra:\n${rep('    k#: v\n', 10_000)}    k7: again\n${TEMPLATE}`)], expect: /yaml\/DUPLICATE_KEY/ });
  cases.push({ name: 'a one-line flow list of 120 KB', args: ['validate', file('flow120.yaml', `${HEAD}  shards: [${rep('s#', 20_000, ', ')}, s1]\n${TEMPLATE}`)], expect: /this list holds 20001 items/ });
  cases.push({ name: 'a one-line flow list of 1 MB (limit raised)', args: ['validate', '--max-file-size', '2MiB', file('flow1m.yaml', `${HEAD}  shards: [${rep('shard#', 130_000, ', ')}, shard1]\n${TEMPLATE}`)], expect: /this list holds 130001 items/ });
  cases.push({ name: '130,000 wrong items in one list', args: ['validate', file('items.yaml', `${HEAD}  shards: [${rep('{}', 130_000, ', ')}]\n${TEMPLATE}`)], expect: /this list holds 130000 items/ });
  cases.push({ name: '2,000 findings in one document', args: ['validate', file('findings.yaml', `${HEAD}${TEMPLATE}    env:\n${rep('      - { name: "#bad", value: 1, valueFrom: {} }\n', 900)}`)], expect: /\d+ more problems in this document are not shown/ });
  cases.push({ name: '60,000 documents with problems', args: ['validate', file('docs60k.yaml', rep(`${HEAD}  suspend: maybe\n${TEMPLATE}---\n`, 3_000))], expect: /more than 200 problems: the last \d+ documents of this file were not checked/ });
  cases.push({ name: 'aliases expanding a 200 KB string 50 times (compile)', args: ['compile', file('aliases.yaml', `${HEAD}${TEMPLATE}    command: [&a "${'x'.repeat(200_000)}"]\n    args: [${rep('*a', 50, ', ')}]\n`)], expect: /aliases expand this document to more than 4 MiB/ });
  cases.push({
    name: 'a billion laughs',
    args: ['compile', file('laughs.yaml', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${rep('l#: &l# [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n', 1)}b: &b [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`)],
    expect: /yaml\/ALIAS_LIMIT/,
  });
  cases.push({ name: '10,000 levels of nesting', args: ['validate', file('deep.yaml', `${HEAD}  extra: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)], expect: /yaml\/|nest/i });
  cases.push({ name: '60,000 small documents', args: ['validate', file('docs.yaml', rep('a: #\n---\n', 60_000))], expect: /more than 200 problems/ });
  cases.push({ name: 'a 900 KB scalar on one line', args: ['validate', file('longline.yaml', `${HEAD}  refAppId: ${'y'.repeat(900_000)}\n${TEMPLATE}`)], expect: /request-size|refAppId|maxLength|error/ });
  cases.push({ name: 'a request of 40,000 arguments (compile)', args: ['compile', file('args.yaml', `${HEAD}${TEMPLATE}    command: [run]\n    args: [${rep('a#', 40_000, ', ')}]\n`)], expect: /this list holds 40000 items/ });
  const bytes = Buffer.alloc(500_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  cases.push({ name: '500 KB of binary', args: ['validate', file('binary.yaml', bytes.toString('latin1'))], expect: /not valid UTF-8|error/ });
});

interface Outcome {
  code: number | null;
  stderr: string;
  stdoutBytes: number;
  ms: number;
}

function run(c: Case): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const stdin = c.stdin ? openSync(c.stdin, 'r') : 'ignore';
    const child = spawn(process.execPath, ['--max-old-space-size=256', CLI, ...c.args], { stdio: [stdin, 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', SAEJOB_NO_COMPILE_CACHE: '1' } });
    if (typeof stdin === 'number') closeSync(stdin);
    let stderr = '';
    let stdoutBytes = 0;
    child.stdout.on('data', (d: Buffer) => (stdoutBytes += d.length));
    child.stderr.on('data', (d: Buffer) => (stderr.length < 20_000 ? (stderr += d) : undefined));
    const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, stderr, stdoutBytes, ms: Date.now() - started });
    });
  });
}

describe('adversarial input', () => {
  const outcomes = new Map<string, Outcome>();
  beforeAll(async () => {
    await pool(cases, 2, async (c) => void outcomes.set(c.name, await run(c)));
    for (const c of cases) console.log(`${String(outcomes.get(c.name)!.ms).padStart(6)} ms  ${c.name}`);
  }, 120_000);

  it('has its cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it('every case ends with a clear error and exit 1: no hang, crash, stack trace or runaway output', () => {
    for (const c of cases) {
      const o = outcomes.get(c.name)!;
      expect(o.code, `${c.name}: ${o.stderr.slice(0, 500)}`).toBe(1);
      expect(o.stderr, c.name).toMatch(c.expect);
      expect(o.stderr, c.name).not.toMatch(/internal error|\n\s+at |FATAL ERROR|heap out of memory|RangeError/);
      expect(o.stdoutBytes, c.name).toBeLessThan(1024 * 1024);
      if (process.env.SAEJOB_STRICT_TIMING === '1') expect(o.ms, c.name).toBeLessThan(2000);
    }
  });
});
