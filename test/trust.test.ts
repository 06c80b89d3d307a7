// Regression tests for what review found breaking trust: values changed on
// the way, secrets leaking, apply believing too much. Each case failed on the
// code as it was before the fix.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Composer } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileManifests, parseManifestText, validateManifests, validatePaths } from '../src/index.js';
import type { Emulator } from '../src/emulator-entry.js';
import { redactText, MASK } from '../src/pipeline/redact.js';
import { CONSOLE_JOB, cli, emulator, jobYaml, KEY, manifestDir, writes } from './cloud-helpers.js';
import { CLI, ROOT, runCli, runInProcess } from './helpers.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const tmp = (files: Record<string, string>) => manifestDir(files);
const withEnv = (env: string) => jobYaml('vals', { extraTemplate: `    env:\n${env}` });

describe('values arrive exactly as written', () => {
  it.each([
    ['01234', '1234'],
    ['1.50', '1.5'],
    ['0x1F', '31'],
    ['1e3', '1000'],
    ['12345678901234567890', '12345678901234567000'],
    ['True', 'true'],
  ])('an unquoted %s in an env value is an error asking to quote it (YAML reads %s)', (text, read) => {
    for (const anchor of ['', '# &not-an-anchor\n']) {
      // The second file holds an anchor so that `yaml` reads it, not the fast path: both must agree.
      const yamlText = withEnv(`      - { name: V, value: ${text} }\n`).replace('spec:', anchor ? 'spec: &s' : 'spec:');
      const v = validateManifests(parseManifestText('v.yaml', yamlText));
      expect(v.diagnostics.map((d) => [d.rule, d.field])).toEqual([['exact-value', 'spec.template.env[0].value']]);
      expect(v.diagnostics[0]!.message).toContain(
        `YAML reads ${text} as the ${text === 'True' ? 'boolean' : 'number'} ${read}`,
      );
    }
  });

  it('numbers written as they print are checked without a yaml parse of the file (a pre-commit hook over an environments repository parsed every one)', () => {
    const compose = vi.spyOn(Composer.prototype, 'compose');
    try {
      const v = validateManifests(
        parseManifestText(
          'v.yaml',
          withEnv('      - { name: WORKERS, value: 3 }\n      - { name: DEBUG, value: false }\n'),
        ),
      );
      expect(v.diagnostics).toEqual([]);
      expect(validatePaths([`${ROOT}manifests`]).diagnostics).toEqual([]);
      expect(compose).not.toHaveBeenCalled();
    } finally {
      compose.mockRestore();
    }
  });

  it('package.version 1.10 is an error; quoted, "1.10" is sent as written', () => {
    const pkg = (version: string) =>
      jobYaml('pkg').replace(
        'image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/pkg:1" }',
        `package: { type: FatJar, url: "https://x/a.jar", version: ${version} }\n    runtime: { jdk: Open JDK 8 }`,
      );
    const bad = validateManifests(parseManifestText('p.yaml', pkg('1.10')));
    expect(bad.diagnostics.map((d) => d.rule)).toEqual(['exact-value']);
    const dir = tmp({ 'p.yaml': pkg('"1.10"') });
    const r = compileManifests([dir]);
    expect(r.diagnostics).toEqual([]);
    expect(r.compiled[0]!.job.params.PackageVersion).toBe('1.10');
    // Numbers that YAML writes back the same are fine.
    expect(
      validateManifests(
        parseManifestText(
          'p.yaml',
          withEnv('      - { name: PORT, value: 8080 }\n      - { name: ON, value: true }\n'),
        ),
      ).diagnostics,
    ).toEqual([]);
  });

  it('a malformed reference is an error at its position, not sent as text', () => {
    const v = validateManifests(
      parseManifestText(
        'r.yaml',
        withEnv(
          '      - { name: SMTP_PASSWORD, value: "${env:SMTP_PASSWORD" }\n      - { name: B, value: "${HOME}" }\n      - { name: C, value: "$${HOME} $HOME ${env:OK}" }\n',
        ),
      ),
    );
    expect(v.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.field, d.line])).toEqual([
      ['env-ref-syntax', 'spec.template.env[0].value', 12],
      ['env-ref-syntax', 'spec.template.env[1].value', 13],
    ]);
  });

  it('validate knows what compile knows offline: a namespace without a region', async () => {
    const dir = tmp({ 'w.yaml': jobYaml('w', { namespace: 'web' }) });
    const r = await runInProcess(['validate', dir], { env: { ALIBABA_CLOUD_REGION_ID: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('metadata.namespace: cannot tell the region of namespace web: write it as <region>:web');
    expect((await runInProcess(['validate', '--region', 'cn-beijing', dir])).code).toBe(0);
  });

  it('a trailing --- is an empty document, skipped; a file named twice is read once', async () => {
    const dir = tmp({ 'a.yaml': `${jobYaml('once')}---\n` });
    const r = await runInProcess(['validate', join(dir, 'a.yaml'), join(dir, 'a.yaml'), dir, `${dir}/./a.yaml`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 manifest in 1 file');
  });

  it('removing suspend: true resumes the job (absent means running)', async () => {
    emu = await emulator();
    const dir = tmp({ 'a.yaml': jobYaml('sleepy', { extraSpec: '  suspend: true\n' }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('sleepy'));
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('spec.suspend: true → false');
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect([...emu.store.jobs.values()][0]!.Suspend).toBe(false);
  });
});

describe('secrets never leak', () => {
  const PEM = '-----BEGIN KEY-----\nab"c\\d e+f&g=h\n-----END KEY-----';

  it('a network failure does not echo the request (URL, query, secrets)', async () => {
    const dir = tmp({ 'a.yaml': withEnv('      - { name: API_TOKEN, value: "${env:API_TOKEN}" }\n') });
    for (const format of ['text', 'json', 'markdown', 'github']) {
      const r = await runInProcess(['apply', '--yes', '-o', format, dir], {
        env: {
          SAEJOB_ENDPOINT: 'http://127.0.0.1:9',
          ALIBABA_CLOUD_ACCESS_KEY_ID: 'k',
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
          API_TOKEN: PEM,
          SAEJOB_RETRY_ATTEMPTS: '2',
          SAEJOB_RETRY_BASE_MS: '1',
        },
      });
      const out = r.stdout + r.stderr;
      expect(r.code).toBe(1);
      expect(out).toContain('the connection was refused');
      expect(out).not.toContain('/pop/v1');
      for (const piece of ['ab"c', 'ab%22c', 'ab\\"c', 'BEGIN KEY', 'BEGIN+KEY', 'BEGIN%20KEY'])
        expect(out, `${format}: ${piece}`).not.toContain(piece);
    }
  });

  it('every encoding of a secret is masked in text that echoes a request', () => {
    const echoed = [
      PEM,
      JSON.stringify(PEM),
      JSON.stringify(JSON.stringify(PEM)),
      encodeURIComponent(PEM),
      new URLSearchParams({ v: PEM }).toString(),
      encodeURIComponent(JSON.stringify(PEM).slice(1, -1)),
    ].join(' | ');
    const masked = redactText(echoed, [PEM]);
    expect(masked).not.toMatch(/BEGIN|ab.{0,6}c/);
    // A short secret is masked where it stands whole, never inside other text.
    expect(redactText('/pop/v1/sam/job', ['1'])).toBe('/pop/v1/sam/job');
  });

  it('removing or moving a secret env entry does not print the live secret, in any plan format', async () => {
    emu = await emulator();
    const two = withEnv(
      '      - { name: API_TOKEN, value: "${env:API_TOKEN}" }\n      - { name: DB_PASSWORD, value: "${env:DBPW}" }\n      - { name: MODE, value: fast }\n',
    );
    const dir = tmp({ 'a.yaml': two });
    const env = { API_TOKEN: 'tok-live-123456', DBPW: 'pw-live-7890' };
    expect((await cli(emu, ['apply', '--yes', dir], env)).code).toBe(0);
    // Insert one above, remove another: positions shift, values move.
    writeFileSync(
      join(dir, 'a.yaml'),
      withEnv('      - { name: NEW, value: x }\n      - { name: MODE, value: fast }\n'),
    );
    for (const format of ['text', 'json', 'markdown', 'github']) {
      const r = await cli(emu, ['plan', '-o', format, dir], env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr, format).not.toMatch(/tok-live|pw-live/);
      expect(r.stdout, format).toContain('API_TOKEN');
    }
    // A rotated secret is a change, shown masked.
    writeFileSync(join(dir, 'a.yaml'), two);
    const rotated = await cli(emu, ['plan', dir], { ...env, API_TOKEN: 'tok-new-654321' });
    expect(rotated.stdout).toContain(`${MASK} (changed)`);
    expect(rotated.stdout).not.toMatch(/tok-live|tok-new|pw-live/);
  });

  it('an env entry is secret by its own name too; a literal under a secret name is a warning', () => {
    const r = compileManifests([tmp({ 'a.yaml': withEnv('      - { name: DB_PASSWORD, value: "${env:DBPW}" }\n') })], {
      env: { DBPW: 'short-pw-1' },
    });
    expect(r.compiled[0]!.job.secrets).toContain('short-pw-1');
    const v = validateManifests(
      parseManifestText('l.yaml', withEnv('      - { name: PGPASS, value: hunter2hunter2 }\n')),
    );
    expect(v.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'env-secret-literal']]);
  });

  it('a request grown past 256 KiB by an environment variable is refused at compile', () => {
    const r = compileManifests([tmp({ 'a.yaml': withEnv('      - { name: BLOB, value: "${env:BLOB}" }\n') })], {
      env: { BLOB: 'b'.repeat(300 * 1024) },
    });
    expect(r.compiled).toEqual([]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['request-size']);
  });

  it('compile shows secret env entries and the OSS secret masked whole', async () => {
    const dir = tmp({
      'a.yaml': withEnv('      - { name: DB_PASSWORD, value: "${env:DBPW}" }\n      - { name: N, value: "1" }\n'),
    });
    const r = await runInProcess(['compile', '-o', 'json', dir], { env: { DBPW: '1' } });
    const envs = JSON.parse(JSON.parse(r.stdout).requests[0].query.Envs);
    expect(envs).toEqual([
      { name: 'DB_PASSWORD', value: MASK },
      { name: 'N', value: '1' },
    ]);
    expect(JSON.parse(r.stdout).requests[0].path).toBe('/pop/v1/sam/job/createJob');
  });

  it('export never writes a secret-looking value (PGPASS too)', async () => {
    emu = await emulator();
    emu.store.createJob({
      AppName: 'pg',
      ...CONSOLE_JOB,
      Envs: '[{"name":"PGPASS","value":"pg-secret-1"},{"name":"HOST","value":"db"}]',
    });
    const r = await cli(emu, ['export', 'pg', '--namespace', 'cn-hangzhou:e2e']);
    expect(r.stdout).not.toContain('pg-secret-1');
    expect(r.stdout).toContain('value: ${env:PGPASS}');
  });

  it('a malformed aliyun CLI config does not put its AccessKey secret in the message', async () => {
    const home = mkdtempSync(join(tmpdir(), 'saejob-home-'));
    mkdirSync(join(home, '.aliyun'));
    writeFileSync(
      join(home, '.aliyun', 'config.json'),
      '{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_id":"AKID1","access_key_secret":"LEAKED-SECRET-42"},]}',
    );
    const dir = tmp({ 'a.yaml': jobYaml('c') });
    const r = await runCli(['plan', dir], {
      env: {
        HOME: home,
        ALIBABA_CLOUD_ACCESS_KEY_ID: undefined,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: undefined,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        SAEJOB_ENDPOINT: 'http://127.0.0.1:9',
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no Alibaba Cloud credentials');
    expect(r.stdout + r.stderr).not.toContain('LEAKED-SECRET-42');
  });
});

describe('apply believes only what SAE says', () => {
  it.each([
    ['html', /answered with an HTML page, not SAE's JSON/],
    ['unsuccessful', /Unsuccessful: the operation did not succeed/],
    ['no-change-order', /accepted UpdateJob \(Replicas\) but named no change order/],
  ] as const)('an UpdateJob answered %s is a failure with a clear message', async (reply, message) => {
    emu = await emulator();
    const dir = tmp({ 'a.yaml': jobYaml('believer') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('believer', { replicas: 2 }));
    emu.setFaults({ replies: { UpdateJob: reply } });
    const r = await cli(emu, ['apply', '--yes', dir], { SAEJOB_RETRY_ATTEMPTS: '2' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).not.toMatch(/✓ believer|Cannot read properties/);
  });

  it('--timeout bounds the whole run, API calls included, against an endpoint that never answers', async () => {
    emu = await emulator({ faults: { latencyMs: 600_000 } });
    const dir = tmp({ 'a.yaml': jobYaml('hung') });
    const started = Date.now();
    const r = await cli(emu, ['apply', '--yes', '--timeout', '1s', dir], { SAEJOB_RETRY_BASE_MS: '100' });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000); // 8 attempts × 15 s before
    expect(r.stderr + r.stdout).toMatch(/no answer in time|--timeout ran out/);
  });

  it('SIGINT stops sending, says what was sent and what still runs in SAE, exits 130', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 600_000, runMs: 50 } });
    const dir = tmp({ 'a.yaml': jobYaml('intr-a'), 'b.yaml': jobYaml('intr-b') });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({
      ...process.env,
      NO_COLOR: '1',
      SAEJOB_ENDPOINT: emu.url,
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      CI: 'true',
      SAEJOB_POLL_MS: '50',
    }))
      if (v !== undefined) env[k] = v;
    const child = spawn(process.execPath, [CLI, 'apply', '--yes', '--concurrency', '1', dir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        // Interrupt once a change order is being waited for (so a CreateJob has been sent): an event, not a delay.
        if (stderr.includes('change order') && !child.killed) child.kill('SIGINT');
      });
      child.on('close', resolve);
    });
    expect(code).toBe(130);
    expect(stdout).toMatch(
      /… intr-a \(cn-hangzhou:e2e\): interrupted[\s\S]*CreateJob sent[\s\S]*(it|what was sent) goes on in SAE/,
    );
    // --concurrency bounds requests in flight, not jobs: intr-b's CreateJob may have gone out before the
    // signal (then it is interrupted too) or not (skipped). Either way nothing more is sent but the
    // ownership tag, which every job created carries (one batched call).
    expect(stdout).toMatch(/… intr-b \(cn-hangzhou:e2e\): (skipped|interrupted)/);
    expect(stderr).toMatch(/still going on in SAE: intr-a \(change order \S+\)/);
    const writes = emu.counters().writes;
    expect(writes.TagResources).toBe(1);
    expect([...emu.store.jobs.values()].every((j) => j.tags?.['saejob-set'] === 'default')).toBe(true);
    expect(writes.CreateJob).toBe(emu.store.jobs.size);
    // The next plan does not call it unchanged.
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toMatch(/… wait intr-a[\s\S]*still running in SAE/);
  });

  it('a plan after a failed change order is not "unchanged": apply sends the state again', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 0, runMs: 50, changeOrderOutcome: 'fail' } });
    const dir = tmp({ 'a.yaml': jobYaml('failing') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(1);
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("the job's last change order failed: apply sends the manifest's state again");
    emu.setBehaviour({ changeOrderOutcome: 'succeed' });
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain("UpdateJob sent (the manifest's state again: the last change order failed)");
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });
});

describe('export --out stays inside its directory', () => {
  it('skips a name that is not a job name, never writes through a link, never over a file without --force', async () => {
    emu = await emulator();
    const base = {
      ...CONSOLE_JOB,
    };
    emu.store.createJob({ ...base, AppName: 'linked' });
    emu.store.createJob({ ...base, AppName: 'plain' });
    // SAE would not take this name; a hostile or broken endpoint could send it.
    const odd = emu.store.createJob({ ...base, AppName: 'oddname' });
    emu.store.jobs.get(odd.AppId)!.params.AppName = '../../escape';
    const root = mkdtempSync(join(tmpdir(), 'saejob-out-'));
    const out = join(root, 'out');
    mkdirSync(out);
    const victim = join(root, 'ci.yaml');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, join(out, 'linked.yaml'));
    const r = await cli(emu, ['export', '--all', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(existsSync(join(root, 'escape.yaml'))).toBe(false);
    expect(r.stderr).toContain('is not a valid job name');
    expect(r.stderr).toContain('linked.yaml: is a symbolic link');
    expect(readdirSync(out).sort()).toEqual(['linked.yaml', 'plain.yaml']);
    // Run again: a file that holds the same manifest is done, not an error; one with other content is refused.
    const again = await cli(emu, ['export', '--all', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(again.stderr).not.toContain('plain.yaml');
    writeFileSync(join(out, 'plain.yaml'), 'edited by hand\n');
    const edited = await cli(emu, ['export', '--all', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(edited.stderr).toContain('plain.yaml: exists already, with other content: give --force to replace it');
    // --out naming a file: one clear message, no stack trace.
    const onFile = await cli(emu, ['export', '--all', '--namespace', 'cn-hangzhou:e2e', '--out', victim]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`--out ${victim}: is a file, not a directory`);
    expect(onFile.stderr).not.toMatch(/internal error|\n\s+at /);
    const forced = await cli(emu, ['export', '--all', '--force', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(forced.stdout).toContain(join(out, 'plain.yaml'));
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });
});

describe('the emulator does not buffer what it refuses', () => {
  it('an unknown route or an oversized body is answered before the body is read', async () => {
    emu = await emulator();
    const big = Buffer.alloc(8 * 1024 * 1024, 'a');
    const tooLarge = await fetch(`${emu.url}/pop/v1/sam/job/createJob`, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(tooLarge.status).toBe(413);
    const nowhere = await fetch(`${emu.url}/nowhere`, { method: 'POST', body: big });
    expect(nowhere.status).toBe(404);
    expect(writes(emu)).toBe(0);
  });
});

void ROOT;

describe('the file size limit', () => {
  it('reads a file of exactly the limit whole, and refuses one byte more, in a directory or given by name', () => {
    const limit = 4096;
    const text = (size: number) => {
      const body = jobYaml('sized');
      return `${body}#${'x'.repeat(size - body.length - 2)}\n`;
    };
    const dir = mkdtempSync(join(tmpdir(), 'saejob-limit-'));
    for (const [sub, size] of [
      ['at-limit', limit],
      ['over-limit', limit + 1],
    ] as const) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'a.yaml'), text(size));
    }
    for (const given of ['at-limit', 'at-limit/a.yaml']) {
      const r = validatePaths([join(dir, given)], { maxFileBytes: limit });
      expect(r.diagnostics, given).toEqual([]);
      expect(r.manifests, given).toBe(1);
    }
    for (const given of ['over-limit', 'over-limit/a.yaml']) {
      const r = validatePaths([join(dir, given)], { maxFileBytes: limit });
      expect(
        r.diagnostics.map((d) => d.rule),
        given,
      ).toEqual(['file/too-large']);
      expect(r.diagnostics[0]!.message, given).toMatch(/^file is 5 KiB, more than the 4 KiB saejob reads/);
    }
  });
});
