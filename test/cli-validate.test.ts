import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from './helpers.js';

const GOOD = `apiVersion: saejob/v1
kind: Job
metadata: { name: good, namespace: cn-beijing:test }
spec:
  replicas: 1
  template:
    image: { url: a/b:1 }
    resources: { cpu: 1000, memory: 2048 }
`;

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'saejob-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('saejob validate', () => {
  it('reads standard input with -', async () => {
    // The binary's own standard input once; main()'s Io for the finding.
    const r = await runCli(['validate', '-'], { input: GOOD });
    expect(r.code).toBe(0);
    const bad = await runInProcess(['validate', '-'], { input: GOOD.replace('replicas: 1', 'replicas: 0') });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('<stdin>:5:13: error: spec.replicas: must be at least 1');
  });

  it('walks directories recursively in sorted order, YAML files only', async () => {
    const dir = tmp({
      'b/z.yaml': GOOD.replace('good', 'z'),
      'a.yml': GOOD.replace('replicas: 1', 'replicas: -1').replace('good', 'a'),
      'b/notes.txt': 'x',
      'c.yaml': GOOD.replace('replicas: 1', 'replicas: x').replace('good', 'c'),
    });
    const r = await runInProcess(['validate', '-o', 'json', dir]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.formatVersion).toBe(1);
    expect(report.files).toBe(3);
    expect(report.diagnostics.map((d: any) => d.file)).toEqual([join(dir, 'a.yml'), join(dir, 'c.yaml')]);
  });

  it('follows a symbolic link to a directory, and says so when one loops', async () => {
    const shared = tmp({ 'z.yaml': GOOD.replace('good', 'shared-z') });
    const dir = tmp({ 'a.yaml': GOOD.replace('good', 'a') });
    symlinkSync(shared, join(dir, 'shared'));
    symlinkSync(dir, join(dir, 'loop'));
    const r = await runInProcess(['validate', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 manifests in 2 files');
    expect(r.stderr).toContain(
      `${join(dir, 'loop')}: warning: a symbolic link to a directory already read (a loop, or the same directory twice): not read again [file/symlink-loop]`,
    );
  });

  it('one YAML mistake is one message, with the fix', async () => {
    const cases: [string, string, RegExp][] = [
      [
        'a tab',
        GOOD.replace('  replicas: 1', '\treplicas: 1'),
        /:5:1: error: Tabs are not allowed as indentation: indent YAML with spaces, not tabs \(\d+ more YAML errors? after this one follows? from it: fix it first\) \[yaml\/TAB_AS_INDENT\]/,
      ],
      [
        '${env:X} in a flow mapping',
        GOOD.replace('image: { url: a/b:1 }', 'image: { url: ${env:IMAGE} }'),
        /:7:\d+: error: .*quote a \$\{env:…\} reference inside \{ \} or \[ \]: write "\$\{env:NAME\}"/,
      ],
      [
        'a line indented too far',
        GOOD.replace('  template:\n', '  template:\n      image: { url: a/b:1 }\n').replace(
          '    image: { url: a/b:1 }\n',
          '',
        ),
        /error: .*(indent|line up)/,
      ],
      [
        'a duplicate key',
        GOOD.replace('  replicas: 1\n', '  replicas: 1\n  replicas: 2\n'),
        /:6:3: error: the key "replicas" appears twice in this mapping/,
      ],
    ];
    for (const [what, text, expected] of cases) {
      const r = await runInProcess(['validate', '-'], { input: text });
      expect(r.code, what).toBe(1);
      expect(r.stderr, what).toMatch(expected);
      expect(r.stderr.match(/: error: /g), `${what}: ${r.stderr}`).toHaveLength(1);
    }
  });

  it('reports every problem of every file, not just the first', async () => {
    const dir = tmp({
      'one.yaml': GOOD.replace('replicas: 1', 'replicas: 0').replace('cpu: 1000', 'cpu: 3000'),
      'two.yaml': GOOD.replace('kind: Job', 'kind: Jobs').replace('name: good', 'name: two'),
    });
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/: error: /g)?.length).toBe(3);
  });

  it('positions are the same whether the fast YAML path or yaml read the file', async () => {
    const bad = (name: string) => GOOD.replace('replicas: 1', 'replicas: 0').replace('name: good', `name: ${name}`);
    const dir = tmp({
      'fast.yaml': bad('fast'),
      'crlf.yaml': bad('crlf').replace(/\n/g, '\r\n'),
      'yaml.yaml': bad('yaml').replace('kind: Job', 'kind: !!str Job'), // a tag: the fast path declines
      'second.yaml': `${GOOD.replace('name: good', 'name: first')}---\n${bad('second')}`,
    });
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    const at = (file: string) =>
      r.stderr
        .split('\n')
        .find((l) => l.startsWith(join(dir, file)))
        ?.slice(join(dir, file).length);
    expect(at('fast.yaml')).toBe(':5:13: error: spec.replicas: must be at least 1, but it is 0 [schema/minimum]');
    expect(at('crlf.yaml')).toBe(at('fast.yaml'));
    expect(at('yaml.yaml')).toBe(at('fast.yaml'));
    expect(at('second.yaml')).toBe(':14:13: error: spec.replicas: must be at least 1, but it is 0 [schema/minimum]');
  });

  it('a missing file is an error with exit 1', async () => {
    const r = await runInProcess(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.yaml: error: no such file or directory');
  });

  it('-o github prints annotations with positions, escapes and a job summary', async () => {
    const dir = tmp({ 'bad.yaml': GOOD.replace('replicas: 1', 'replicas: 0') });
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await runInProcess(['validate', '-o', 'github', join(dir, 'bad.yaml')], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=.*bad\.yaml,line=5,endLine=5,col=13,endColumn=14,title=saejob schema\/minimum::spec\.replicas: must be at least 1/m,
    );
    expect((await import('node:fs')).readFileSync(summary, 'utf8')).toContain('| error | `');
  });

  it('warnings do not fail validation', async () => {
    const r = await runInProcess(['validate', '-'], {
      input: GOOD.replace('    resources:', '    runtime: { jdk: Open JDK 8 }\n    resources:'),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: spec.template.runtime.jdk: jdk is ignored for an image');
  });

  it('--region that contradicts a manifest is an error', async () => {
    const r = await runInProcess(['validate', '--region', 'cn-hangzhou', '-'], { input: GOOD });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:3:36: error: metadata.namespace: --region cn-hangzhou contradicts');
  });

  it('unique identity is checked across files', async () => {
    const dir = tmp({ 'a.yaml': GOOD, 'b.yaml': GOOD });
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'b.yaml')}:3:19: error: metadata.name: ${join(dir, 'a.yaml')} already defines job good`,
    );
  });

  it('bad flags and commands get a message and exit 1, never a stack', async () => {
    const flag = await runInProcess(['validate', '--outptu', 'json']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe(
      'saejob: unknown option --outptu for "saejob validate": did you mean --output? (see saejob validate --help)\n',
    );
    const format = await runInProcess(['validate', '-o', 'xml']);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('-o takes text, json, github');
    // And the binary itself: the message, exit 1, no stack.
    const cmd = await runCli(['valdate']);
    expect(cmd.code).toBe(1);
    expect(cmd.stderr).toContain('did you mean "validate"?');
  });

  it('saejob schema prints the JSON Schema', async () => {
    const r = await runInProcess(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('saejob manifest');
    expect(JSON.parse(r.stdout).definitions.Job.title).toBe('SaeJob');
    expect(JSON.parse((await runInProcess(['schema', '--strict'])).stdout).$id).toMatch(
      /saejob\.strict\.schema\.json$/,
    );
  });
});

describe('an unresolvable endpoint', () => {
  it('fails at once, without retrying for seconds', async () => {
    const dir = tmp({ 'a.yaml': GOOD });
    const r = await runInProcess(['plan', dir], {
      env: {
        SAEJOB_ENDPOINT: 'http://no-such-host.invalid',
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'a',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'b',
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ENOTFOUND: the host name no-such-host.invalid does not resolve|EAI_AGAIN/);
    if (r.stderr.includes('ENOTFOUND')) expect(r.stderr).not.toContain('trying again');
  });
});

describe('habits users bring', () => {
  it('merge keys (<<) are read; Kubernetes units and a fractional cpu get the accepted form', async () => {
    const merged = GOOD.replace(
      'resources: { cpu: 1000, memory: 2048 }',
      'resources:\n      <<: { cpu: 1000, memory: 2048 }\n      memory: 4096',
    );
    const c = await runInProcess(['compile', '-o', 'json', '-'], { input: merged });
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout).requests[0].query).toMatchObject({ Cpu: 1000, Memory: 4096 });
    const k8s = await runInProcess(['validate', '-'], {
      input: GOOD.replace('resources: { cpu: 1000, memory: 2048 }', 'resources: { cpu: 0.5, memory: 4G }'),
    });
    expect(k8s.code).toBe(1);
    expect(k8s.stderr).toContain('but it is the number 0.5 (for 0.5 cores write cpu: "0.5", quoted, or 500)');
    expect(k8s.stderr).toContain(
      'but it is the string "4G" (in Kubernetes 4G is decimal, 4×10^9 bytes; for 4 GiB write "4Gi")',
    );
  });

  it('a missing field is reported at its parent key; an impossible cpu/memory pair at the field more likely wrong', async () => {
    const noReplicas = await runInProcess(['validate', '-'], { input: GOOD.replace('  replicas: 1\n', '') });
    expect(noReplicas.stderr).toContain('<stdin>:4:1: error: spec.replicas: missing required field replicas');
    const both = await runInProcess(['validate', '-'], {
      input: GOOD.replace('resources: { cpu: 1000, memory: 2048 }', 'resources:\n      cpu: 2000\n      memory: 1024'),
    });
    expect(both.stderr).toContain(
      '<stdin>:8:5: error: spec.template.resources: cpu 2000 millicores with memory 1024 MB is not an instance size SAE supports: with cpu 2000 use memory 2048, 4096, 8192, or with memory 1024 use cpu 500, 1000',
    );
    const cpu = await runInProcess(['validate', '-'], {
      input: GOOD.replace('resources: { cpu: 1000, memory: 2048 }', 'resources:\n      cpu: 3000\n      memory: 4096'),
    });
    expect(cpu.stderr).toMatch(/<stdin>:9:12: error: spec\.template\.resources\.cpu: cpu 3000 millicores/);
  });
});
