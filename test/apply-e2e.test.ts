// plan and apply end to end: the CLI as a subprocess, over HTTP with
// pop-core's signatures, against the emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, cliProcess, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

const jobsNamed = (e: Emulator, name: string) => [...e.store.jobs.values()].filter((j) => j.params.AppName === name);

describe('plan and apply against the emulator', () => {
  it('creates, then a re-apply is a no-op that sends no write', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('job-a'),
      'b.yaml': jobYaml('job-b', { extraSpec: '  trigger: { schedule: "0 1 * * ?" }\n' }),
    });
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 2 to create, 0 to update, 0 to replace, 0 unchanged.');
    const apply = await cli(emu, ['apply', '--yes', dir]);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain('Apply: 2 created.');
    // Each new job is tagged as this set's (saejob-set) once created: both in one TagResources (up to 50 a call).
    expect(emu.counters().writes).toEqual({ CreateJob: 2, TagResources: 1 });
    expect(apply.stdout).toContain('TagResources sent: saejob-set (one call for 2 new jobs)');
    emu.resetCounters();
    const again = await cli(emu, ['apply', '--yes', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Apply: 2 unchanged.');
    expect(writes(emu)).toBe(0);
    expect(emu.counters().requests).toEqual({ ListJobs: 1, DescribeJob: 2 });
    const replan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(replan.code).toBe(0);
  });

  it('updates with a field-by-field diff, and clears a removed section', async () => {
    emu = await emulator();
    const env =
      '    env:\n      - { name: MODE, value: nightly }\n      - { name: LEVEL, value: info }\n    logs: { sls: [{ stdout: true }] }\n';
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a', { extraTemplate: env }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(
      join(dir, 'a.yaml'),
      jobYaml('job-a', {
        replicas: 3,
        extraTemplate: '    env:\n      - { name: MODE, value: hourly }\n      - { name: LEVEL, value: info }\n',
      }),
    );
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('~ update job-a');
    expect(plan.stdout).toContain('    spec.replicas: 1 → 3');
    expect(plan.stdout).toContain('    spec.template.env[MODE].value: "nightly" → "hourly"');
    expect(plan.stdout).toContain(
      '    spec.template.logs.sls: [{"logtailName":"","logDir":"","logType":"stdout"}] → (unset)',
    );
    const json = JSON.parse((await cli(emu, ['plan', '-o', 'json', dir])).stdout);
    expect(json.jobs[0].changes).toContainEqual({
      field: 'spec.replicas',
      param: 'Replicas',
      path: '',
      before: 1,
      after: 3,
    });
    emu.resetCounters();
    const apply = await cli(emu, ['apply', '--yes', dir]);
    expect(apply.code).toBe(0);
    expect(emu.counters().writes).toEqual({ UpdateJob: 1 });
    const job = jobsNamed(emu, 'job-a')[0]!;
    expect(job.params.Replicas).toBe('3');
    expect(job.params.SlsConfigs).toBeUndefined(); // cleared with ""
    expect(JSON.parse(job.params.Envs!)[0].value).toBe('hourly');
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });

  it('refuses a create-only change without --replace, and replaces with it', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const firstId = jobsNamed(emu, 'job-a')[0]!.AppId;
    writeFileSync(join(dir, 'a.yaml'), jobYaml('job-a', { cpu: 2000, memory: 4096 }));
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain('-/+ replace job-a');
    expect(plan.stdout).toContain('spec.template.resources.cpu: 1000 → 2000  (create-only: forces replacement)');
    emu.resetCounters();
    const refused = await cli(emu, ['apply', '--yes', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('refused: create-only fields differ (Cpu 1000 → 2000, Memory 2048 → 4096)');
    expect(refused.stdout).toContain('--replace');
    expect(writes(emu)).toBe(0);
    const replaced = await cli(emu, ['apply', '--yes', '--replace', dir]);
    expect(replaced.code, replaced.stdout + replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('Apply: 1 replaced.');
    const jobs = jobsNamed(emu, 'job-a');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.AppId).not.toBe(firstId);
    expect(jobs[0]!.params.Cpu).toBe('2000');
  });

  it('suspends and resumes with spec.suspend', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a', { extraSpec: '  suspend: true\n' }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(jobsNamed(emu, 'job-a')[0]!.Suspend).toBe(true);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('job-a', { extraSpec: '  suspend: false\n' }));
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain('    spec.suspend: true → false  (SuspendJob)');
    emu.resetCounters();
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(emu.counters().writes).toEqual({ SuspendJob: 1 });
    expect(jobsNamed(emu, 'job-a')[0]!.Suspend).toBe(false);
  });

  it('leaves a job with a similar name alone', async () => {
    emu = await emulator();
    const other = manifestDir({ 'x.yaml': jobYaml('report-old', { replicas: 5 }) });
    expect((await cli(emu, ['apply', '--yes', other])).code).toBe(0);
    const dir = manifestDir({ 'a.yaml': jobYaml('report') });
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain('+ create report in');
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(jobsNamed(emu, 'report-old')[0]!.params.Replicas).toBe('5');
    expect(jobsNamed(emu, 'report')).toHaveLength(1);
  });

  it('finds jobs beyond the first page of 200', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 0 } }); // jobs made long ago: their change orders have ended
    for (let i = 0; i < 250; i++) {
      const { AppId } = emu.store.createJob({
        AppName: `filler-${i}`,
        NamespaceId: 'cn-hangzhou:e2e',
        PackageType: 'Image',
        ImageUrl: `registry.cn-hangzhou.aliyuncs.com/acme/filler-${i}:1`,
        Replicas: '1',
        Workload: 'job',
        Cpu: '1000',
        Memory: '2048',
      });
      emu.store.jobs.get(AppId)!.tags = { 'saejob-set': 'default' }; // made by saejob, long ago
    }
    const dir = manifestDir({ 'a.yaml': jobYaml('filler-249'), 'b.yaml': jobYaml('newcomer') });
    emu.resetCounters();
    const plan = await cli(emu, ['plan', '-o', 'json', dir]);
    const jobs = JSON.parse(plan.stdout).jobs;
    expect(jobs.map((j: any) => [j.name, j.action])).toEqual([
      ['filler-249', 'unchanged'],
      ['newcomer', 'create'],
    ]);
    expect(emu.counters().requests).toEqual({ ListJobs: 2, DescribeJob: 1 });
  });

  // (npm run bench measures the same for 100 jobs.)
  it('a no-op apply of 40 jobs costs one listing and one DescribeJob each, no write', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 10 } });
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`j${i}.yaml`] = jobYaml(`job-${i}`);
    const dir = manifestDir(files);
    expect((await cli(emu, ['apply', '--yes', '--concurrency', '8', dir])).code).toBe(0);
    emu.resetCounters();
    const again = await cli(emu, ['apply', '--yes', dir]);
    expect(again.code).toBe(0);
    expect(emu.counters().requests).toEqual({ ListJobs: 1, DescribeJob: 40 });
    expect(writes(emu)).toBe(0);
  });

  it('apply --dry-run prints the requests and writes nothing', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    const r = await cli(emu, ['apply', '--yes', '--dry-run', '--detailed-exitcode', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('POST /pop/v1/sam/job/createJob (CreateJob)');
    expect(writes(emu)).toBe(0);
  });

  it('reports a failed change order and a paused one, saying what was done', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 40, changeOrderOutcome: 'fail' } });
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    const failed = await cli(emu, ['apply', '--yes', dir]);
    expect(failed.code).toBe(1);
    // Its ownership is recorded although the change order failed.
    expect(failed.stdout).toMatch(
      /✗ job-a \(cn-hangzhou:e2e\): failed, AppId .*\n {4}CreateJob sent: AppId .*\n {4}change order .*: change order failed: Deployment failed.*\n {4}TagResources sent: saejob-set/,
    );
    emu.setBehaviour({ changeOrderOutcome: 'approval' });
    writeFileSync(join(dir, 'a.yaml'), jobYaml('job-a', { replicas: 2 }));
    const paused = await cli(emu, ['apply', '--yes', dir]);
    expect(paused.stdout).toContain('change order waits for approval in SAE');
    expect(paused.stdout).toContain('Apply: 1 paused.');
  });

  it('one manifest SAE refuses does not stop the others; the summary says which', async () => {
    emu = await emulator({ configMaps: [{ ConfigMapId: 16, Name: 'settings', NamespaceId: 'cn-hangzhou:e2e' }] });
    const dir = manifestDir({
      'a.yaml': jobYaml('good-one'),
      'b.yaml': jobYaml('bad-one', {
        extraTemplate: '    env: [{ name: X, valueFrom: { configMapKeyRef: { configMapId: 99, key: k } } }]\n',
      }),
    });
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ good-one (cn-hangzhou:e2e): created');
    expect(r.stdout).toMatch(
      /✗ bad-one \(cn-hangzhou:e2e\): failed\n {4}error: NotFound.ConfigMap: The ConfigMap object \(ID: 99\) does not exist. \(RequestId [0-9A-F-]+\)/,
    );
    expect(r.stdout).toContain('Apply: 1 created, 1 failed.');
  });

  it('--no-wait submits and returns; --timeout stops waiting and says so', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 60_000 } });
    const submitted = await cli(emu, ['apply', '--yes', '--no-wait', manifestDir({ 'a.yaml': jobYaml('quick-one') })]);
    expect(submitted.code).toBe(0);
    expect(submitted.stdout).toContain('Apply: 1 submitted.');
    const timedOut = await cli(emu, [
      'apply',
      '--yes',
      '--timeout',
      '1s',
      manifestDir({ 'b.yaml': jobYaml('slow-one') }),
    ]);
    expect(timedOut.code).toBe(1);
    expect(timedOut.stdout).toContain('stopped waiting for change order');
    expect(timedOut.stdout).toContain('(--timeout); it goes on in SAE');
    expect(timedOut.stdout).toContain('Apply: 1 failed.');
  });

  it('a change while the previous change order runs waits for it first, instead of being refused', async () => {
    // The emulator's clock moves a second each time it is read: change orders end after a
    // number of requests, whatever the machine's speed.
    let now = Date.parse('2026-11-28T10:00:00Z');
    let ticking = false;
    emu = await emulator({ behaviour: { changeOrderMs: 3_600_000 }, now: () => (ticking ? (now += 1000) : now) });
    const dir = manifestDir({ 'a.yaml': jobYaml('busy-one') });
    expect((await cli(emu, ['apply', '--yes', '--no-wait', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('busy-one', { replicas: 2 }));
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toMatch(/is still running in SAE: apply waits for it first/);
    emu.setBehaviour({ changeOrderMs: 6_000 });
    now += 3_600_000 - 6_000; // the running order has 6 s (6 reads of the clock) left
    ticking = true;
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/still running in SAE: waiting for it first\n.*succeeded\n\s+UpdateJob sent/);
    expect(emu.counters().errors['Application.ChangerOrderRunning'] ?? 0).toBe(0);
    expect(r.stdout).toContain('Apply: 1 updated.');
  });

  it('-o github annotates the manifests (what plan will do, what apply refused) and writes the job summary', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    const summary = join(dir, 'summary.md');
    const plan = await cli(emu, ['plan', '-o', 'github', dir], { GITHUB_STEP_SUMMARY: summary });
    expect(plan.stdout).toContain(
      `::notice file=${join(dir, 'a.yaml')},line=4,col=9,title=saejob plan%3A create::job-a in cn-hangzhou:e2e will be created`,
    );
    expect(readFileSync(summary, 'utf8')).toMatch(
      /^### saejob plan\n\nPlan: 1 to create[\s\S]*\| 🟢 create \| `job-a` \|/,
    );
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('job-a', { cpu: 2000, memory: 4096 }));
    const refused = await cli(emu, ['apply', '--yes', '-o', 'github', dir], { GITHUB_STEP_SUMMARY: summary });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error file=.*a\.yaml,line=4,col=9,title=saejob apply%3A refused::job-a in cn-hangzhou:e2e: create-only fields differ/,
    );
    expect(readFileSync(summary, 'utf8')).toMatch(
      /### saejob apply\n\nApply: 1 refused\.[\s\S]*\| refused \| `job-a` \|/,
    );
    // Diagnostics of a manifest go under the command that found them.
    writeFileSync(join(dir, 'a.yaml'), jobYaml('job-a', { replicas: 0 }));
    await cli(emu, ['plan', '-o', 'github', dir], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toContain('### saejob plan\n\n| | where | field | problem | rule |');
  });

  it('-o markdown and -o json for CI', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    const md = await cli(emu, ['plan', '-o', 'markdown', dir]);
    expect(md.stdout).toContain('| 🟢 create | `job-a` | cn-hangzhou:e2e |');
    const json = JSON.parse((await cli(emu, ['apply', '--yes', '-o', 'json', dir])).stdout);
    expect(json.summary.created).toBe(1);
    expect(json.jobs[0]).toMatchObject({ name: 'job-a', outcome: 'created' });
  });

  it('diffs are in manifest terms: list items by their key, one removed env var is one line in every format, a rotated secret names its variable', async () => {
    emu = await emulator();
    const env = (names: string[]) =>
      `    env:\n${names.map((n) => `      - { name: ${n}, value: "v-${n}" }\n`).join('')}      - { name: API_TOKEN, value: "\${env:API_TOKEN}" }\n    hostAliases: [{ ip: 10.0.0.1, hostnames: [db.local, cache.local] }]\n`;
    const dir = manifestDir({ 'a.yaml': jobYaml('keyed', { extraTemplate: env(['A', 'B', 'C', 'D', 'E']) }) });
    expect((await cli(emu, ['apply', '--yes', dir], { API_TOKEN: 'old-token-value' })).code).toBe(0);
    writeFileSync(
      join(dir, 'a.yaml'),
      jobYaml('keyed', {
        extraTemplate: env(['A', 'C', 'D', 'E']).replace(
          '10.0.0.1, hostnames: [db.local, cache.local]',
          '10.0.0.1, hostnames: [db.local] }, { ip: 10.0.0.2, hostnames: [cache.local]',
        ),
      }),
    );
    const text = await cli(emu, ['plan', dir], { API_TOKEN: 'new-token-value' });
    const lines = text.stdout.split('\n').filter((l) => l.startsWith('    '));
    expect(lines).toEqual([
      '    spec.template.env[API_TOKEN].value: "******" → "****** (changed)"',
      '    spec.template.env[B]: {"name":"B","value":"v-B"} → (unset)',
      '    spec.template.hostAliases[cache.local].ip: "10.0.0.1" → "10.0.0.2"',
    ]);
    const json = JSON.parse((await cli(emu, ['plan', '-o', 'json', dir], { API_TOKEN: 'new-token-value' })).stdout);
    expect(json.jobs[0].changes.map((c: { field: string }) => c.field)).toEqual([
      'spec.template.env[API_TOKEN].value',
      'spec.template.env[B]',
      'spec.template.hostAliases[cache.local].ip',
    ]);
    const md = (await cli(emu, ['plan', '-o', 'markdown', dir], { API_TOKEN: 'new-token-value' })).stdout;
    expect(md.match(/spec\.template\.env\[B\]/g)).toHaveLength(1);
    const gh = (await cli(emu, ['plan', '-o', 'github', dir], { API_TOKEN: 'new-token-value' })).stdout;
    expect(gh).toContain('keyed in cn-hangzhou:e2e will be updated: spec.template.env, spec.template.hostAliases');
    for (const out of [text.stdout, JSON.stringify(json), md, gh])
      expect(out).not.toMatch(/old-token-value|new-token-value/);
  });

  it('secrets stay secret in plan output, old and new', async () => {
    emu = await emulator();
    const tmpl = '    env:\n      - { name: API_TOKEN, value: "${env:API_TOKEN}" }\n';
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a', { extraTemplate: tmpl }) });
    expect((await cli(emu, ['apply', '--yes', dir], { API_TOKEN: 'old-token-value' })).code).toBe(0);
    for (const format of ['text', 'json', 'markdown']) {
      const r = await cli(emu, ['plan', '-o', format, dir], { API_TOKEN: 'new-token-value' });
      expect(r.stdout + r.stderr).not.toMatch(/old-token-value|new-token-value/);
      expect(r.stdout).toContain('******');
    }
  });

  it('STS credentials from the environment are signed with their token', async () => {
    emu = await emulator({
      credentials: [{ accessKeyId: 'sts-id', accessKeySecret: 'sts-secret', securityToken: 'sts-token' }],
    });
    const dir = manifestDir({ 'a.yaml': jobYaml('job-a') });
    const env = {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'sts-id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sts-secret',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'sts-token',
    };
    expect((await cli(emu, ['plan', dir], env)).code).toBe(0);
    const wrong = await cli(emu, ['plan', dir], { ...env, ALIBABA_CLOUD_SECURITY_TOKEN: 'stale-token' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('InvalidSecurityToken.MismatchWithAccessKey');
  });

  it('no credentials: one clear error for the run, not one a manifest, no stack', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('job-a'),
      'b.yaml': jobYaml('job-b'),
      'c.yaml': jobYaml('job-c', { namespace: 'cn-hangzhou:other' }),
    });
    for (const command of ['plan', 'apply']) {
      const r = await cliProcess(emu, command === 'apply' ? ['apply', '--yes', dir] : ['plan', dir], {
        ALIBABA_CLOUD_ACCESS_KEY_ID: undefined,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: undefined,
        HOME: dir,
      });
      expect(r.code).toBe(1);
      expect(r.stderr.match(/no Alibaba Cloud credentials/g), command).toHaveLength(1);
      expect(r.stderr).toMatch(/^saejob: NoCredentials: no Alibaba Cloud credentials/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
