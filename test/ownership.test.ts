// Labels, ownership and prune: saejob changes only the jobs of its set
// (the saejob-set tag), and deletes the ones no manifest names only with
// --prune, never on a partial view, never a protected one.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { ApiError } from '../src/emulator/errors.js';
import { CONSOLE_JOB, cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

const withLabels = (name: string, labels: Record<string, string>, opts: Parameters<typeof jobYaml>[1] = {}) =>
  jobYaml(name, opts).replace(
    `  name: ${name}\n`,
    `  name: ${name}\n  labels:\n${Object.entries(labels)
      .map(([k, v]) => `    ${k}: "${v}"\n`)
      .join('')}`,
  );
const tagsOf = (name: string, namespace = 'cn-hangzhou:e2e') =>
  [...emu.store.jobs.values()].find((j) => j.params.AppName === name && j.params.NamespaceId === namespace)?.tags;
/** A job made in the console: no saejob-set tag. */
const consoleJob = (name: string, tags?: Record<string, string>) => {
  const { AppId } = emu.store.createJob({
    ...CONSOLE_JOB,
    AppName: name,
    ImageUrl: `registry.cn-hangzhou.aliyuncs.com/acme/${name}:1`,
  });
  if (tags) emu.store.jobs.get(AppId)!.tags = tags;
};

describe('labels', () => {
  it('become tags, and are added, changed and removed like any field; SAE’s own tags are left alone', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': withLabels('labelled', { team: 'data', tier: 'batch' }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(tagsOf('labelled')).toEqual({ team: 'data', tier: 'batch', 'saejob-set': 'default' });
    writeFileSync(join(dir, 'a.yaml'), withLabels('labelled', { team: 'ml', owner: 'ana' }));
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain(
      '    metadata.labels.owner: (unset) → "ana"\n    metadata.labels.team: "data" → "ml"\n    metadata.labels.tier: "batch" → (unset)\n',
    );
    emu.resetCounters();
    const apply = await cli(emu, ['apply', '--yes', dir]);
    expect(apply.code, apply.stderr).toBe(0);
    // Only tags changed: no UpdateJob, one TagResources and one UntagResources.
    expect(emu.counters().writes).toEqual({ TagResources: 1, UntagResources: 1 });
    expect(tagsOf('labelled')).toEqual({ team: 'ml', owner: 'ana', 'saejob-set': 'default' });
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });

  it('are checked offline: SAE’s and saejob’s prefixes, lengths', async () => {
    const r = await cli(await emulator(), [
      'validate',
      manifestDir({ 'a.yaml': withLabels('bad', { 'acs:x': '1', 'saejob-set': 'mine' }) }),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /a\.yaml:6:5: error: metadata\.labels\.acs:x: a label key is 1–128 characters, does not start with `aliyun`, `acs:` or `saejob-` \(but `saejob-protected`\) and holds no `http:\/\/` or `https:\/\/`, not "acs:x" \[schema\/propertyNames\]/,
    );
    expect(r.stderr).toContain('not "saejob-set"');
    expect(r.stderr.match(/error:/g)).toHaveLength(2);
  });
});

describe('ownership', () => {
  it('a job made in the console is reported and left alone; --adopt takes it over', async () => {
    emu = await emulator();
    consoleJob('by-hand');
    const dir = manifestDir({ 'a.yaml': jobYaml('by-hand', { replicas: 2 }) });
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain(
      'not owned by saejob (no saejob-set tag: made in the console?): apply leaves it alone unless --adopt',
    );
    const refused = await cli(emu, ['apply', '--yes', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('refused: not owned by saejob');
    expect(writes(emu)).toBe(0);
    const adopted = await cli(emu, ['apply', '--yes', '--adopt', dir]);
    expect(adopted.code, adopted.stdout).toBe(0);
    expect(tagsOf('by-hand')).toEqual({ 'saejob-set': 'default' });
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });

  it('a job of another set is left alone, even with --adopt', async () => {
    emu = await emulator();
    consoleJob('theirs', { 'saejob-set': 'payments' });
    const dir = manifestDir({ 'a.yaml': jobYaml('theirs', { replicas: 2 }) });
    const r = await cli(emu, ['apply', '--yes', '--adopt', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('refused: owned by the set payments (its saejob-set tag), not this one');
    expect(writes(emu)).toBe(0);
    expect((await cli(emu, ['apply', '--yes', '--set', 'payments', dir])).code).toBe(0);
  });

  it('export --adopt writes the manifest and tags the job: the next plan shows it unchanged', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 0 } }); // made long ago: its change order has ended
    consoleJob('legacy', { team: 'ops' });
    const out = manifestDir({});
    const r = await cli(emu, ['export', 'legacy', '--namespace', 'cn-hangzhou:e2e', '--out', out, '--adopt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/adopted \S+ into set default/);
    expect(tagsOf('legacy')).toEqual({ team: 'ops', 'saejob-set': 'default' });
    const plan = await cli(emu, ['plan', '--detailed-exitcode', out]);
    expect(plan.code, plan.stdout).toBe(0);
  });
});

describe('prune', () => {
  it('plans the set’s jobs no manifest names as delete, and deletes them only with --prune; a rename and a namespace move show the old job pruned', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('keep'),
      'b.yaml': jobYaml('gone'),
      'c.yaml': jobYaml('renamed'),
      'd.yaml': jobYaml('mover'),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    consoleJob('not-ours');
    rmSync(join(dir, 'b.yaml'));
    writeFileSync(join(dir, 'c.yaml'), jobYaml('renamed-2'));
    writeFileSync(join(dir, 'd.yaml'), jobYaml('mover', { namespace: 'cn-hangzhou:other' }));
    const without = await cli(emu, ['plan', '-o', 'json', dir]);
    expect(
      JSON.parse(without.stdout)
        .jobs.map((j: { action: string }) => j.action)
        .sort(),
    ).toEqual(['create', 'create', 'unchanged']);
    const plan = await cli(emu, ['plan', '--prune', dir]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('- delete gone in cn-hangzhou:e2e (cn-hangzhou)');
    expect(plan.stdout).toContain('- delete renamed in cn-hangzhou:e2e');
    expect(plan.stdout).toContain('- delete mover in cn-hangzhou:e2e');
    expect(plan.stdout).toContain('+ create mover in cn-hangzhou:other');
    expect(plan.stdout).not.toContain('not-ours');
    expect(plan.stdout).toContain('Plan: 2 to create, 0 to update, 0 to replace, 3 to delete, 1 unchanged.');
    const md = await cli(emu, ['plan', '--prune', '-o', 'markdown', dir]);
    expect(md.stdout).toContain('| 🗑️ delete | `gone` |');
    const applied = await cli(emu, ['apply', '--yes', '--prune', dir]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain('Apply: 2 created, 1 unchanged, 3 deleted.');
    expect([...emu.store.jobs.values()].map((j) => `${j.params.NamespaceId}/${j.params.AppName}`).sort()).toEqual([
      'cn-hangzhou:e2e/keep',
      'cn-hangzhou:e2e/not-ours',
      'cn-hangzhou:e2e/renamed-2',
      'cn-hangzhou:other/mover',
    ]);
  });

  it('refuses to delete a protected job, and prunes nothing when a listing fails', async () => {
    let failTagListing = false;
    emu = await emulator({
      onRequest: (op, query) => {
        if (failTagListing && op === 'ListJobs' && query.Tags)
          throw new ApiError(503, 'ServiceUnavailable', 'The service is not available.');
      },
    });
    const dir = manifestDir({
      'a.yaml': jobYaml('keep'),
      'b.yaml': withLabels('precious', { 'saejob-protected': 'true' }),
      'c.yaml': jobYaml('stale'),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    rmSync(join(dir, 'b.yaml'));
    rmSync(join(dir, 'c.yaml'));
    failTagListing = true;
    const blocked = await cli(emu, ['apply', '--yes', '--prune', dir], { SAEJOB_RETRY_ATTEMPTS: '1' });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('--prune: the jobs of set default could not be listed');
    expect(blocked.stderr).toContain('nothing sent to SAE');
    expect(emu.store.jobs.size).toBe(3);
    failTagListing = false;
    const r = await cli(emu, ['apply', '--yes', '--prune', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('refused: labelled saejob-protected: saejob does not delete it');
    expect(r.stdout).toContain('✓ stale (cn-hangzhou:e2e): deleted');
    expect([...emu.store.jobs.values()].map((j) => j.params.AppName).sort()).toEqual(['keep', 'precious']);
  });

  it('a saved plan with --prune deletes what it showed, and refuses when the job changed since', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('stays'), 'b.yaml': jobYaml('leaves'), 'c.yaml': jobYaml('touched') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    rmSync(join(dir, 'b.yaml'));
    rmSync(join(dir, 'c.yaml'));
    const planFile = join(manifestDir({}), 'plan.json');
    expect((await cli(emu, ['plan', '--prune', '--out', planFile, dir])).code).toBe(0);
    // Someone labels `touched` after the review: its delete is refused.
    [...emu.store.jobs.values()].find((j) => j.params.AppName === 'touched')!.tags!.team = 'new';
    const r = await cli(emu, ['apply', planFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ leaves (cn-hangzhou:e2e): deleted');
    expect(r.stdout).toMatch(/✗ touched \(cn-hangzhou:e2e\): refused\n\s+refused: the live job changed since the plan/);
    expect([...emu.store.jobs.values()].map((j) => j.params.AppName).sort()).toEqual(['stays', 'touched']);
  });

  it('plan --prune over jobs with nothing to prune costs one listing per region, and one ConfigMap listing per namespace, more', async () => {
    emu = await emulator();
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`j${i}.yaml`] = jobYaml(`owned-${i}`);
    const dir = manifestDir(files);
    expect((await cli(emu, ['apply', '--yes', '--concurrency', '8', dir])).code).toBe(0);
    emu.resetCounters();
    expect((await cli(emu, ['plan', '--prune', '--detailed-exitcode', dir])).code).toBe(0);
    expect(emu.counters().requests).toEqual({ ListJobs: 2, DescribeJob: 20, ListNamespacedConfigMaps: 1 });
  });
});
