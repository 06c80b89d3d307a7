// export, run, status and delete through the CLI against the emulator.
import { mkdtempSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { compileManifests, parseManifestText, validateManifests, compileJob } from '../src/index.js';
import { cli, emulator, jobYaml, manifestDir, writes, KEY } from './cloud-helpers.js';
import { CLI, ROOT } from './helpers.js';

const OSS = { OSS_AK_ID: 'LTAI5tExampleId', OSS_AK_SECRET: 'example-oss-secret' };

describe('export: adopting live jobs', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulator();
    const r = await cli(emu, ['apply', '--yes', `${ROOT}manifests`], OSS);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(() => emu.close());

  const examples = compileManifests([`${ROOT}manifests`], { env: OSS }).compiled;

  it.each(examples.map((e) => [e.job.name, e] as const))(
    '%s: export → apply is a no-op, and compiles to the request that made it',
    async (_name, example) => {
      const exported = await cli(emu, ['export', example.job.name, '--namespace', example.job.namespace], OSS);
      expect(exported.code, exported.stderr).toBe(0);
      // To stdout the file's place is unknown: no modeline that would point nowhere once redirected.
      expect(exported.stdout).toMatch(/^# Exported by saejob from /);
      expect(exported.stdout).not.toContain(OSS.OSS_AK_SECRET);
      const dir = mkdtempSync(join(tmpdir(), 'saejob-export-'));
      writeFileSync(join(dir, 'job.yaml'), exported.stdout);
      emu.resetCounters();
      const apply = await cli(emu, ['apply', '--yes', dir], OSS);
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(apply.stdout).toContain('Apply: 1 unchanged.');
      expect(writes(emu)).toBe(0);
      // The export validates and compiles to the original request; a network
      // that SAE chose (autoConfig) comes back as the IDs it chose.
      const v = validateManifests(parseManifestText('job.yaml', exported.stdout));
      expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const again = compileJob(v.valid[0]!.manifest, { env: OSS }).job!;
      const strip = (p: Record<string, unknown>) => {
        const { AutoConfig, VpcId, VSwitchId, SecurityGroupId, ...rest } = p;
        return example.job.params.AutoConfig ? rest : p;
      };
      expect(strip(again.params)).toEqual(strip(example.job.params));
    },
  );

  it('--all writes one file per job of a namespace', async () => {
    const out = mkdtempSync(join(tmpdir(), 'saejob-export-all-'));
    const r = await cli(emu, ['export', '--all', '--namespace', 'cn-hangzhou:finance', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['billing-export.yaml', 'legacy-invoices.yaml']);
    expect((await cli(emu, ['validate', out])).code).toBe(0);
  });

  it('one job --out DIR: a file whose modeline points at the schema from DIR; --schema-ref for stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'saejob-export-one-')), 'deep', 'jobs');
    const r = await cli(emu, ['export', 'billing-export', '--namespace', 'cn-hangzhou:finance', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${join(out, 'billing-export.yaml')}\n`);
    const first = readFileSync(join(out, 'billing-export.yaml'), 'utf8').split('\n')[0]!;
    const ref = first.replace('# yaml-language-server: $schema=', '');
    expect(resolve(out, ref)).toBe(resolve('node_modules/saejob/schema/saejob.schema.json'));
    const printed = await cli(emu, [
      'export',
      'billing-export',
      '--namespace',
      'cn-hangzhou:finance',
      '--schema-ref',
      'https://example.com/job.schema.json',
    ]);
    expect(printed.stdout).toMatch(/^# yaml-language-server: \$schema=https:\/\/example\.com\/job\.schema\.json\n/);
  });

  it('an unknown job is a clear error', async () => {
    const r = await cli(emu, ['export', 'nope', '--namespace', 'cn-hangzhou:finance']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no job nope in namespace cn-hangzhou:finance');
    // A typo of a name the namespace has: a guess, for every command that names a job.
    const names = [...emu.store.jobs.values()]
      .filter((j) => j.params.NamespaceId === 'cn-hangzhou:finance')
      .map((j) => j.params.AppName!);
    if (names.length) {
      const typo = `${names[0]!.slice(0, -1)}x`;
      for (const command of ['run', 'status']) {
        const t = await cli(emu, [command, typo, '--namespace', 'cn-hangzhou:finance']);
        expect(t.stderr, command).toContain(`did you mean ${names[0]}?`);
      }
    }
  });
});

describe('run and status', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, runMs: 150, failRuns: ['bad-job'] } });
    expect(
      (await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('good-job'), 'b.yaml': jobYaml('bad-job') })]))
        .code,
    ).toBe(0);
  });
  afterAll(() => emu.close());

  it('--wait reports success with exit 0', async () => {
    const r = await cli(emu, [
      'run',
      'good-job',
      '--namespace',
      'cn-hangzhou:e2e',
      '--wait',
      '--env',
      'MODE=adhoc',
      '--replicas',
      '2',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/run manual-\S+ succeeded/);
  });

  it('given a manifest with changes not applied, says the run uses the live job', async () => {
    const same = manifestDir({ 'a.yaml': jobYaml('good-job') });
    const quiet = await cli(emu, ['run', join(same, 'a.yaml')]);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('has changes');
    const changed = manifestDir({ 'a.yaml': jobYaml('good-job', { replicas: 3 }) });
    const r = await cli(emu, ['run', join(changed, 'a.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `saejob: good-job: ${join(changed, 'a.yaml')} has changes the live job does not (update); this run uses the live job as it is`,
    );
  });

  it('--wait reports failure with exit 1', async () => {
    const r = await cli(emu, ['run', 'bad-job', '--namespace', 'cn-hangzhou:e2e', '--wait']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/run manual-\S+ failed: BackoffLimitExceeded/);
  });

  it('an EventId used again does not start a second run', async () => {
    const first = JSON.parse(
      (await cli(emu, ['run', 'good-job', '--namespace', 'cn-hangzhou:e2e', '--event-id', 'deploy-42', '-o', 'json']))
        .stdout,
    );
    const second = JSON.parse(
      (await cli(emu, ['run', 'good-job', '--namespace', 'cn-hangzhou:e2e', '--event-id', 'deploy-42', '-o', 'json']))
        .stdout,
    );
    expect(second.jobId).toBe(first.jobId);
    expect(emu.store.runs.filter((r) => r.EventId === 'deploy-42')).toHaveLength(1);
  });

  it('status shows the last runs as a table', async () => {
    const r = await cli(emu, ['status', 'good-job', '--namespace', 'cn-hangzhou:e2e']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/JOB ID\s+STATE\s+ACTIVE\s+SUCCEEDED\s+FAILED\s+STARTED\s+COMPLETED\s+MESSAGE/);
    expect(r.stdout).toContain('succeeded');
    const json = JSON.parse(
      (await cli(emu, ['status', 'bad-job', '--namespace', 'cn-hangzhou:e2e', '-o', 'json'])).stdout,
    );
    expect(json.runs[0].State).toBe('2');
  });

  it('run takes a manifest path too', async () => {
    const dir = manifestDir({ 'g.yaml': jobYaml('good-job') });
    const r = await cli(emu, ['run', join(dir, 'g.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('started run manual-');
  });
});

describe('delete', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulator();
  });
  afterAll(() => emu.close());

  it('refuses without --yes in a pipe, deletes with --yes, reports missing jobs', async () => {
    const dir = manifestDir({ 'a.yaml': jobYaml('doomed'), 'b.yaml': jobYaml('never-made') });
    expect((await cli(emu, ['apply', '--yes', join(dir, 'a.yaml')])).code).toBe(0);
    const refused = await cli(emu, ['delete', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Will delete 1 job and their run history:\n  - doomed in cn-hangzhou:e2e');
    expect(refused.stderr).toContain('refusing to delete without --yes');
    expect(emu.store.jobs.size).toBe(1);
    const done = await cli(emu, ['delete', '--yes', dir]);
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('never-made (cn-hangzhou:e2e): no such job, nothing to delete');
    expect(done.stdout).toContain('Delete: 1 deleted, 1 not found, 0 failed.');
    expect(emu.store.jobs.size).toBe(0);
    const strict = await cli(emu, ['delete', '--yes', '--fail-missing', dir]);
    expect(strict.code).toBe(1);
  });

  it('deletes by name with --namespace, and says which names do not exist', async () => {
    expect(
      (
        await cli(emu, [
          'apply',
          '--yes',
          manifestDir({ 'a.yaml': jobYaml('by-name-a'), 'b.yaml': jobYaml('by-name-b') }),
        ])
      ).code,
    ).toBe(0);
    const before = emu.store.jobs.size;
    const r = await cli(emu, ['delete', 'by-name-a', 'by-name-nope', '--namespace', 'cn-hangzhou:e2e', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('  - by-name-a in cn-hangzhou:e2e (cn-hangzhou)');
    expect(r.stderr).toContain('by-name-nope (cn-hangzhou:e2e): no such job, nothing to delete');
    expect(r.stdout).toContain('Delete: 1 deleted, 1 not found, 0 failed.');
    expect(emu.store.jobs.size).toBe(before - 1);
    expect([...emu.store.jobs.values()].map((j) => j.params.AppName)).toContain('by-name-b');
    const none = await cli(emu, ['delete', '--namespace', 'cn-hangzhou:e2e', '--yes']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('needs the names of the jobs to delete');
    expect((await cli(emu, ['delete', 'by-name-b', '--namespace', 'cn-hangzhou:e2e', '--yes'])).code).toBe(0);
  });

  it('asks on a terminal and deletes only on "yes"', async () => {
    const dir = manifestDir({ 'a.yaml': jobYaml('asked') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const env = {
      ...process.env,
      SAEJOB_ENDPOINT: emu.url,
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      NO_COLOR: '1',
    };
    // `script` gives the CLI a terminal; the answer is typed once it asks.
    const viaTty = (answer: string) =>
      new Promise<string>((resolve) => {
        const child = spawn('script', ['-qec', `${process.execPath} ${CLI} delete ${dir}`, '/dev/null'], { env });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('to continue: ') && !out.includes('answered')) {
            out += '(answered)';
            child.stdin.write(`${answer}\n`);
          }
        });
        child.on('close', () => resolve(out));
      });
    const no = await viaTty('no');
    expect(no).toContain('Type "yes" (or "y") to continue');
    expect(no).toContain('nothing deleted');
    expect(emu.store.jobs.size).toBe(1);
    const yes = await viaTty('yes');
    expect(yes).toContain('Delete: 1 deleted');
    expect(emu.store.jobs.size).toBe(0);
  });
});
