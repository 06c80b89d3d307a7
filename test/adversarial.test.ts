// Pathological input, generated here (nothing large is committed): every
// case must end with a clear error and exit 1 — no hang, no stack trace, no
// crash — inside a 256 MB heap. How long each took is printed; with
// SAEJOB_STRICT_TIMING=1 more than 2 s is a failure (left out by default so
// that a loaded CI machine cannot fail the suite on speed alone).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, pool } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'saejob-adversarial-'));
const HEAD =
  'apiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: x\n  namespace: cn-beijing:x\nspec:\n  replicas: 1\n';
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
  const rep = (s: string, n: number, sep = '') =>
    Array.from({ length: n }, (_, i) => s.replace('#', String(i))).join(sep);
  if (existsSync('/dev/zero')) {
    cases.push({ name: '/dev/zero', args: ['validate', '/dev/zero'], expect: /not a regular file \(a device\)/ });
    cases.push({
      name: 'a link named .yaml to /dev/zero',
      args: ['validate', file('zero.yaml', () => symlinkSync('/dev/zero', join(dir, 'zero.yaml')))],
      expect: /not a regular file \(a device\)/,
    });
    cases.push({
      name: '/dev/zero on standard input',
      args: ['validate', '-'],
      stdin: '/dev/zero',
      expect: /<stdin>: error: file is over 1 MiB/,
    });
  }
  if (spawnSync('mkfifo', [join(dir, 'fifo.yaml')]).status === 0)
    cases.push({
      name: 'a FIFO named .yaml',
      args: ['validate', join(dir, 'fifo.yaml')],
      expect: /not a regular file \(a FIFO\)/,
    });
  cases.push({
    name: 'a 59 MB file',
    args: [
      'validate',
      file(
        'huge.yaml',
        () => (writeFileSync(join(dir, 'huge.yaml'), ''), truncateSync(join(dir, 'huge.yaml'), 59 * 1024 * 1024)),
      ),
    ],
    expect: /file is 59 MiB, more than the 1 MiB/,
  });
  cases.push({
    name: 'a mapping of 40,000 keys (509 KB)',
    args: ['validate', file('keys.yaml', `${HEAD}  extra:\n${rep('    k#: v\n', 40_000)}${TEMPLATE}`)],
    expect: /this mapping holds 40000 keys; a manifest's hold at most 1000/,
  });
  cases.push({
    name: 'a 10,000-key mapping with a duplicate key',
    args: [
      'validate',
      file('dupkeys.yaml', `${HEAD}  extra:\n${rep('    k#: v\n', 10_000)}    k7: again\n${TEMPLATE}`),
    ],
    expect: /yaml\/DUPLICATE_KEY/,
  });
  cases.push({
    name: 'a one-line flow list of 120 KB',
    args: ['validate', file('flow120.yaml', `${HEAD}  shards: [${rep('s#', 20_000, ', ')}, s1]\n${TEMPLATE}`)],
    expect: /this list holds 20001 items/,
  });
  cases.push({
    name: 'a one-line flow list of 1 MB (limit raised)',
    args: [
      'validate',
      '--max-file-size',
      '2MiB',
      file('flow1m.yaml', `${HEAD}  shards: [${rep('shard#', 130_000, ', ')}, shard1]\n${TEMPLATE}`),
    ],
    expect: /this list holds 130001 items/,
  });
  cases.push({
    name: '130,000 wrong items in one list',
    args: ['validate', file('items.yaml', `${HEAD}  shards: [${rep('{}', 130_000, ', ')}]\n${TEMPLATE}`)],
    expect: /this list holds 130000 items/,
  });
  cases.push({
    name: '2,000 findings in one document',
    args: [
      'validate',
      file(
        'findings.yaml',
        `${HEAD}${TEMPLATE}    env:\n${rep('      - { name: "#bad", value: 1, valueFrom: {} }\n', 900)}`,
      ),
    ],
    expect: /\d+ more problems in this document are not shown/,
  });
  cases.push({
    name: '60,000 documents with problems',
    args: ['validate', file('docs60k.yaml', rep(`${HEAD}  suspend: maybe\n${TEMPLATE}---\n`, 3_000))],
    expect: /more than 200 problems: the last \d+ documents of this file were not checked/,
  });
  cases.push({
    name: 'aliases expanding a 200 KB string 50 times (compile)',
    args: [
      'compile',
      file(
        'aliases.yaml',
        `${HEAD}${TEMPLATE}    command: [&a "${'x'.repeat(200_000)}"]\n    args: [${rep('*a', 50, ', ')}]\n`,
      ),
    ],
    expect: /aliases expand this document to more than 4 MiB/,
  });
  cases.push({
    name: 'a billion laughs',
    args: [
      'compile',
      file(
        'laughs.yaml',
        `a: &a [x, x, x, x, x, x, x, x, x, x]\n${rep('l#: &l# [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n', 1)}b: &b [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      ),
    ],
    expect: /yaml\/ALIAS_LIMIT/,
  });
  cases.push({
    name: '10,000 levels of nesting',
    args: ['validate', file('deep.yaml', `${HEAD}  extra: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)],
    expect: /yaml\/|nest/i,
  });
  cases.push({
    name: '60,000 small documents',
    args: ['validate', file('docs.yaml', rep('a: #\n---\n', 60_000))],
    expect: /more than 200 problems/,
  });
  cases.push({
    name: 'a 900 KB scalar on one line',
    args: ['validate', file('longline.yaml', `${HEAD}  refAppId: ${'y'.repeat(900_000)}\n${TEMPLATE}`)],
    expect: /request-size|refAppId|maxLength|error/,
  });
  cases.push({
    name: 'a request of 40,000 arguments (compile)',
    args: [
      'compile',
      file('args.yaml', `${HEAD}${TEMPLATE}    command: [run]\n    args: [${rep('a#', 40_000, ', ')}]\n`),
    ],
    expect: /this list holds 40000 items/,
  });
  const bytes = Buffer.alloc(500_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  cases.push({
    name: '500 KB of binary',
    args: ['validate', file('binary.yaml', bytes.toString('latin1'))],
    expect: /not valid UTF-8|error/,
  });
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
    const child = spawn(process.execPath, ['--max-old-space-size=256', CLI, ...c.args], {
      stdio: [stdin, 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', SAEJOB_NO_COMPILE_CACHE: '1' },
    });
    if (typeof stdin === 'number') closeSync(stdin);
    let stderr = '';
    let stdoutBytes = 0;
    child.stdout!.on('data', (d: Buffer) => (stdoutBytes += d.length));
    child.stderr!.on('data', (d: Buffer) => (stderr.length < 20_000 ? (stderr += d) : undefined));
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

describe('every network read is bounded', () => {
  /** A fake endpoint; counts the connections it saw closed by saejob. */
  async function fakeEndpoint(answer: (res: ServerResponse) => void) {
    const state = { closed: 0, bytes: 0 };
    const server = createServer((req, res) => {
      req.socket.on('close', () => state.closed++);
      answer(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    return { url, state, close: () => new Promise<void>((ok) => server.close(() => ok())), server };
  }
  const env = (url: string) => ({
    SAEJOB_ENDPOINT: url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'k',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    SAEJOB_RETRY_BASE_MS: '5',
    CI: 'true',
  });
  const manifest = () => {
    const path = join(dir, `net-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(path, `${HEAD}${TEMPLATE}`);
    return path;
  };

  it('a server that sends a byte a second: --timeout ends the read and closes the socket', async () => {
    const { runInProcess } = await import('./helpers.js');
    const timers: NodeJS.Timeout[] = [];
    const fake = await fakeEndpoint((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      timers.push(setInterval(() => res.write(' '), 1000));
    });
    try {
      const r = await runInProcess(['plan', '--timeout', '1500ms', manifest()], { env: env(fake.url) });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/RequestTimeout|DeadlineExceeded/);
      // saejob closed the connection (it was not left open with the body still arriving).
      for (let i = 0; i < 100 && fake.state.closed === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
      expect(fake.state.closed).toBeGreaterThan(0);
    } finally {
      for (const t of timers) clearInterval(t);
      fake.server.closeAllConnections();
      await fake.close();
    }
  });

  it('a server that streams without end: the answer is cut at 8 MiB, once, with a clear error', async () => {
    const { runInProcess } = await import('./helpers.js');
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const fake = await fakeEndpoint((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) fake.state.bytes += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    try {
      const r = await runInProcess(['plan', '--timeout', '20s', manifest()], { env: env(fake.url) });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain("ListJobs's answer was larger than 8 MiB");
      // Not retried: one connection, closed by saejob; what the server could write is bounded by the cut (plus socket buffers).
      for (let i = 0; i < 100 && fake.state.closed === 0; i++) await new Promise((ok) => setTimeout(ok, 10));
      expect(fake.state.closed).toBe(1);
      expect(fake.state.bytes).toBeLessThan(16 * 1024 * 1024);
    } finally {
      fake.server.closeAllConnections();
      await fake.close();
    }
  });
});

describe('credential sources are read within bounds', () => {
  const { runCli } = {
    runCli: async (...a: Parameters<typeof import('./helpers.js').runCli>) =>
      (await import('./helpers.js')).runCli(...a),
  };
  const home = () => mkdtempSync(join(tmpdir(), 'saejob-home-'));
  const manifestFile = () => {
    const path = join(dir, `cred-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(path, `${HEAD}${TEMPLATE}`);
    return path;
  };
  const base = (h: string) => ({
    HOME: h,
    XDG_CACHE_HOME: join(h, '.cache'),
    SAEJOB_ENDPOINT: 'http://127.0.0.1:9',
    ALIBABA_CLOUD_ACCESS_KEY_ID: undefined,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: undefined,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    SAEJOB_RETRY_BASE_MS: '5',
    CI: 'true',
  });
  const oidc = {
    ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r',
    ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1:oidc-provider/p',
  };

  it.runIf(existsSync('/dev/zero'))('an OIDC token file that is /dev/zero is refused before it is read', async () => {
    const r = await runCli(['plan', '--timeout', '20s', manifestFile()], {
      env: { ...base(home()), ...oidc, ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/dev/zero' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/dev/zero is not a regular file (a device)');
    expect(r.stderr).not.toMatch(/trying again|network error/);
  });

  it('an OIDC token file that is a FIFO is refused: no hang', async () => {
    const fifo = join(home(), 'token');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const r = await runCli(['plan', '--timeout', '20s', manifestFile()], {
      env: { ...base(home()), ...oidc, ALIBABA_CLOUD_OIDC_TOKEN_FILE: fifo },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${fifo} is not a regular file (a FIFO)`);
  });

  it('a profile whose secret is not text is a credentials error, not a network error retried', async () => {
    const h = home();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(h, '.aliyun'));
    writeFileSync(
      join(h, '.aliyun', 'config.json'),
      JSON.stringify({
        current: 'default',
        profiles: [{ name: 'default', mode: 'AK', access_key_id: 'id', access_key_secret: 12345 }],
      }),
    );
    const r = await runCli(['plan', '--timeout', '20s', manifestFile()], { env: base(h) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/credentials/i);
    expect(r.stderr).not.toMatch(/trying again|NetworkError|network error/);
  });
});
