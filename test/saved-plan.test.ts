// plan --out FILE and apply FILE: what was reviewed is what runs.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

const jobNamed = (name: string) => [...emu.store.jobs.values()].find((j) => j.params.AppName === name)!;
const secretJob = (name: string, replicas = 1) =>
  jobYaml(name, { replicas, extraTemplate: '    env:\n      - { name: API_TOKEN, value: "${env:API_TOKEN}" }\n' });

describe('saved plans', () => {
  it('apply FILE sends exactly the saved plan, without asking and without secrets in the file', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': secretJob('saved-a'), 'b.yaml': jobYaml('saved-b') });
    const planFile = join(dir, 'plan.json');
    const plan = await cli(emu, ['plan', '--out', planFile, dir], { API_TOKEN: 'token-value-one' });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stderr).toContain(
      `Saved the plan (2 jobs, 2 to change) to ${planFile}: apply exactly this with saejob apply ${planFile}`,
    );
    const text = readFileSync(planFile, 'utf8');
    expect(text).not.toContain('token-value-one');
    expect(statSync(planFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(text)).toMatchObject({
      saejobPlan: 1,
      paths: [dir],
      jobs: [
        { name: 'saved-a', action: 'create', live: 'absent' },
        { name: 'saved-b', action: 'create' },
      ],
    });
    expect(writes(emu)).toBe(0);
    // No --yes and no terminal: a saved plan was reviewed, so apply goes ahead.
    const apply = await cli(emu, ['apply', planFile], { API_TOKEN: 'token-value-one' });
    expect(apply.code, apply.stderr + apply.stdout).toBe(0);
    expect(apply.stdout).toContain('Apply: 2 created.');
    expect(JSON.parse(jobNamed('saved-a').params.Envs!)[0].value).toBe('token-value-one');
    // Applied a second time: each job says it was applied already, and nothing is sent.
    emu.resetCounters();
    const again = await cli(emu, ['apply', planFile], { API_TOKEN: 'token-value-one' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(
      /saved-a \(cn-hangzhou:e2e\): unchanged, AppId \S+\n\s+already applied: the live job is what this plan makes it/,
    );
    expect(again.stdout).toMatch(/saved-b \(cn-hangzhou:e2e\): unchanged, AppId \S+\n\s+already applied/);
    expect(writes(emu)).toBe(0);
    // Someone else's change after that is not "already applied": refused.
    jobNamed('saved-b').params.Replicas = '4';
    const drifted = await cli(emu, ['apply', planFile], { API_TOKEN: 'token-value-one' });
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('refused: the job was created by someone else since the plan: plan again');
  });

  it('refuses, per job, one whose live state changed since the plan, and applies the others', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('drift-a'), 'b.yaml': jobYaml('drift-b') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('drift-a', { replicas: 2 }));
    writeFileSync(join(dir, 'b.yaml'), jobYaml('drift-b', { replicas: 3 }));
    const planFile = join(dir, 'plan.json');
    expect((await cli(emu, ['plan', '--out', planFile, dir])).code).toBe(0);
    // Someone changes drift-a in the console after the review.
    jobNamed('drift-a').params.Replicas = '5';
    emu.resetCounters();
    const apply = await cli(emu, ['apply', planFile]);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(
      /✗ drift-a \(cn-hangzhou:e2e\): refused\n\s+refused: the live job changed since the plan: plan again/,
    );
    expect(apply.stdout).toContain('✓ drift-b (cn-hangzhou:e2e): updated');
    expect(emu.counters().writes).toEqual({ UpdateJob: 1 });
    expect(jobNamed('drift-a').params.Replicas).toBe('5');
    expect(jobNamed('drift-b').params.Replicas).toBe('3');
  });

  it('refuses a job whose manifest, or a secret it takes from the environment, changed since the plan', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': secretJob('edited'), 'b.yaml': secretJob('rotated') });
    const planFile = join(dir, 'plan.json');
    // rotated exists with token-one; the plan (made with token-one) leaves it unchanged.
    expect((await cli(emu, ['apply', '--yes', dir], { API_TOKEN: 'token-one' })).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), secretJob('edited', 2));
    expect((await cli(emu, ['plan', '--out', planFile, dir], { API_TOKEN: 'token-one' })).code).toBe(0);
    emu.resetCounters();
    writeFileSync(join(dir, 'a.yaml'), secretJob('edited', 4));
    // The rotation is found by comparing the new value with the live job, not from the file (which holds nothing of it).
    const r = await cli(emu, ['apply', '-o', 'json', planFile], { API_TOKEN: 'token-two' });
    expect(r.code).toBe(1);
    const jobs = JSON.parse(r.stdout).jobs;
    for (const name of ['edited', 'rotated'])
      expect(jobs.find((j: { name: string }) => j.name === name)).toMatchObject({
        outcome: 'refused',
        error: expect.stringContaining('changed since the plan'),
      });
    expect(writes(emu)).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/token-one|token-two/);
  });

  it('holds nothing a guessed secret can be checked against: plan files for two values differ only where plan-time facts do', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': secretJob('guess-me') });
    expect((await cli(emu, ['apply', '--yes', dir], { API_TOKEN: 'sunshine1' })).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), secretJob('guess-me', 2));
    const planFor = async (value: string, file: string) => {
      expect((await cli(emu, ['plan', '--out', join(dir, file), dir], { API_TOKEN: value })).code).toBe(0);
      return JSON.parse(readFileSync(join(dir, file), 'utf8'));
    };
    const right = await planFor('sunshine1', 'right.json');
    // An attacker's guess, with the file's own salt: every fingerprint is the same as for the true value.
    const { fingerprints } = await import('../src/pipeline/plan/plan-file.js');
    const { compileManifests } = await import('../src/pipeline/compile/compile-files.js');
    const { describeLiveJob } = await import('../src/sae/live.js');
    void describeLiveJob;
    const fingerprintFor = (value: string) => {
      const [m] = compileManifests([dir], { env: { API_TOKEN: value } }).compiled;
      const live = {
        appId: right.jobs[0].appId,
        params: { Envs: JSON.stringify([{ name: 'API_TOKEN', value: 'sunshine1' }]) },
        suspend: false,
        tags: {},
      };
      return fingerprints(
        {
          file: '',
          name: m!.job.name,
          namespace: m!.job.namespace,
          region: m!.job.region,
          action: 'update',
          changes: [],
          replaceReasons: [],
          job: m!.job,
          live,
        },
        right.salt,
      );
    };
    expect(fingerprintFor('sunshine1')).toEqual(fingerprintFor('wrong-guess'));
    expect(JSON.stringify(right)).not.toContain('sunshine1');
    const wrong = await planFor('wrong-guess', 'wrong.json');
    // The rotated value is a change the plan shows (masked), found against the live job.
    expect(wrong.jobs[0].outcome).not.toBe(right.jobs[0].outcome);
    expect(wrong.jobs[0].manifest === right.jobs[0].manifest).toBe(false); // salts differ per file
  });

  it('a manifest added after the plan is left alone; a damaged file is a clear error', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('planned-one') });
    const planFile = join(dir, '..', `${dir.split('/').pop()}-plan.json`);
    expect((await cli(emu, ['plan', '--out', planFile, dir])).code).toBe(0);
    writeFileSync(join(dir, 'b.yaml'), jobYaml('late-one'));
    const r = await cli(emu, ['apply', planFile]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('late-one (cn-hangzhou:e2e): not-in-plan');
    expect(r.stdout).toContain('Apply: 1 created, 1 not-in-plan.');
    expect(emu.store.jobs.size).toBe(1);
    writeFileSync(planFile, '{"saejobPlan": 7, "jobs": []}');
    const damaged = await cli(emu, ['apply', planFile]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain(
      'a plan file of format 7; this saejob reads format 1: plan again with this version',
    );
  });
});

describe('plan without the secrets', () => {
  it('plans with a secret unset: the value is unknown, not compared, and said so; apply still needs it', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': secretJob('no-secret') });
    expect((await cli(emu, ['apply', '--yes', dir], { API_TOKEN: 'token-one' })).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), secretJob('no-secret', 2));
    const plan = await cli(emu, ['plan', dir], { API_TOKEN: undefined });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('    spec.replicas: 1 → 2\n');
    expect(plan.stdout).toContain(
      '    spec.template.env[API_TOKEN].value: (unknown: its secret is not set here; not compared, and apply needs it)',
    );
    expect(plan.stdout).not.toContain('env[API_TOKEN].value: "');
    expect(plan.stderr).toContain('1 job has secrets whose variables are not set here');
    const json = JSON.parse((await cli(emu, ['plan', '-o', 'json', dir], { API_TOKEN: undefined })).stdout);
    expect(json.jobs[0].unknown).toEqual(['spec.template.env[API_TOKEN].value']);
    const apply = await cli(emu, ['apply', '--yes', dir], { API_TOKEN: undefined });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('environment variable API_TOKEN is not set');
    expect(writes(emu)).toBe(2); // the first apply's CreateJob and TagResources
  });

  it('a plan saved without a secret is applied with it, and still refused when something else changed', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': secretJob('later-secret'), 'b.yaml': secretJob('edited-later') });
    const planFile = join(dir, 'plan.json');
    const plan = await cli(emu, ['plan', '--out', planFile, dir], { API_TOKEN: undefined });
    expect(plan.code, plan.stderr).toBe(0);
    expect(JSON.parse(readFileSync(planFile, 'utf8')).unknownVariables).toEqual(['API_TOKEN']);
    writeFileSync(join(dir, 'b.yaml'), secretJob('edited-later', 3));
    const apply = await cli(emu, ['apply', planFile], { API_TOKEN: 'token-at-apply' });
    expect(apply.stdout).toContain('✓ later-secret (cn-hangzhou:e2e): created');
    expect(apply.stdout).toMatch(/✗ edited-later \(cn-hangzhou:e2e\): refused\n\s+refused: its manifest/);
    expect(JSON.parse(jobNamed('later-secret').params.Envs!)[0].value).toBe('token-at-apply');
    expect(apply.stdout + apply.stderr).not.toContain('token-at-apply');
    // apply of that plan without the secret: it is needed now.
    const missing = await cli(emu, ['apply', planFile], { API_TOKEN: undefined });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('environment variable API_TOKEN is not set');
  });
});
