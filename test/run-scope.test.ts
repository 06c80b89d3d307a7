// A run changes only what it was asked about. The README's layout — plain
// manifests, a base with staging and prod environments, ConfigMaps, sets —
// taken through plan, apply, prune, saved plans, adopt and delete, checking
// after each step which jobs exist in which namespace. Each case was a bug:
// prune deleted other environments' jobs, delete ignored protection, saved
// plans refused across environments, a lost CreateJob adopted another set's job.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { ApiError } from '../src/emulator/errors.js';
import { CONSOLE_JOB, cli, emulator, jobYaml, KEY, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

/** Every job, as `namespace/name` (`+` marks the set's tag), sorted: what exists where. */
const where = () =>
  [...emu.store.jobs.values()]
    .map(
      (j) => `${j.params.NamespaceId}/${j.params.AppName}${j.tags?.['saejob-set'] ? `+${j.tags['saejob-set']}` : ''}`,
    )
    .sort();

const baseJob = (name: string) => `apiVersion: saejob/v1
kind: Job
metadata:
  name: ${name}
  namespace: cn-hangzhou:shop-staging
spec:
  replicas: 1
  template:
    image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/${name}:\${var:IMAGE_TAG}" }
    resources: { cpu: 1000, memory: 2048 }
`;

const environment = (name: string, namespace: string, tag: string) => `apiVersion: saejob/v1
kind: Environment
metadata:
  name: ${name}
spec:
  base: ../base
  namespace: ${namespace}
  variables:
    IMAGE_TAG: "${tag}"
`;

/** The README's layout: plain manifests in cn-hangzhou:plain, a base and two environments. */
function repository(): string {
  const dir = manifestDir({
    'report.yaml': jobYaml('report', { namespace: 'cn-hangzhou:plain' }),
    'cleanup.yaml': jobYaml('cleanup', { namespace: 'cn-hangzhou:plain' }),
  });
  mkdirSync(join(dir, 'shop', 'base'), { recursive: true });
  mkdirSync(join(dir, 'shop', 'environments'));
  writeFileSync(join(dir, 'shop', 'base', 'order-sync.yaml'), baseJob('order-sync'));
  writeFileSync(join(dir, 'shop', 'base', 'stock-report.yaml'), baseJob('stock-report'));
  writeFileSync(
    join(dir, 'shop', 'environments', 'staging.yaml'),
    environment('staging', 'cn-hangzhou:shop-staging', '2.4.0'),
  );
  writeFileSync(join(dir, 'shop', 'environments', 'prod.yaml'), environment('prod', 'cn-hangzhou:shop-prod', '2.3.1'));
  return dir;
}

const ALL = [
  'cn-hangzhou:plain/cleanup+default',
  'cn-hangzhou:plain/report+default',
  'cn-hangzhou:shop-prod/order-sync+default',
  'cn-hangzhou:shop-prod/stock-report+default',
  'cn-hangzhou:shop-staging/order-sync+default',
  'cn-hangzhou:shop-staging/stock-report+default',
];

async function deployed(): Promise<string> {
  const dir = repository();
  for (const e of [[], ['-e', 'staging'], ['-e', 'prod']]) {
    const r = await cli(emu, ['apply', '--yes', ...e, dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  expect(where()).toEqual(ALL);
  return dir;
}

describe('prune stays inside the run’s scope', () => {
  it('-e staging --prune deletes only staging’s removed job; prod’s and the plain jobs stay', async () => {
    emu = await emulator();
    const dir = await deployed();
    rmSync(join(dir, 'shop', 'base', 'stock-report.yaml'));
    const plan = await cli(emu, ['plan', '-e', 'staging', '--prune', dir]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/- delete stock-report in cn-hangzhou:shop-staging \(cn-hangzhou\) \[staging\]/);
    expect(plan.stdout).not.toMatch(/delete .* in cn-hangzhou:(shop-prod|plain)/);
    expect(plan.stdout).toContain(
      'Scope: set default, environment staging, in cn-hangzhou:shop-staging (cn-hangzhou); --prune deletes only there.',
    );
    const json = JSON.parse((await cli(emu, ['plan', '-o', 'json', '-e', 'staging', '--prune', dir])).stdout);
    expect(json.scope).toEqual({
      set: 'default',
      environment: 'staging',
      places: [{ region: 'cn-hangzhou', namespace: 'cn-hangzhou:shop-staging', environment: 'staging' }],
      prune: true,
    });
    const apply = await cli(emu, ['apply', '-e', 'staging', '--prune', '--yes', dir]);
    expect(apply.code, apply.stdout).toBe(0);
    expect(where()).toEqual(ALL.filter((j) => j !== 'cn-hangzhou:shop-staging/stock-report+default'));
    // Without -e: the plain manifests' scope; the environments' jobs are not "left out, so unnamed".
    const plain = await cli(emu, ['apply', '--prune', '--yes', dir]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(plain.stdout).toContain('Apply: 2 unchanged.');
    expect(where()).toEqual(ALL.filter((j) => j !== 'cn-hangzhou:shop-staging/stock-report+default'));
    // Removing a plain manifest prunes it, and only it.
    rmSync(join(dir, 'cleanup.yaml'));
    expect((await cli(emu, ['apply', '--prune', '--yes', dir])).code).toBe(0);
    expect(where()).toEqual([
      'cn-hangzhou:plain/report+default',
      'cn-hangzhou:shop-prod/order-sync+default',
      'cn-hangzhou:shop-prod/stock-report+default',
      'cn-hangzhou:shop-staging/order-sync+default',
    ]);
  });

  it('refuses to prune a namespace another part of the paths also uses, and deletes nothing', async () => {
    emu = await emulator();
    const dir = await deployed();
    // qa shares the plain manifests' namespace: whose job is "report"'s neighbour?
    writeFileSync(join(dir, 'shop', 'environments', 'qa.yaml'), environment('qa', 'cn-hangzhou:plain', '2.5.0'));
    rmSync(join(dir, 'cleanup.yaml'));
    const r = await cli(emu, ['apply', '--prune', '--yes', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '--prune cannot tell whose jobs are whose: cn-hangzhou:plain (cn-hangzhou) is also used by environment qa',
    );
    expect(r.stderr).toContain('nothing sent to SAE');
    expect(where()).toEqual(ALL);
    const qa = await cli(emu, ['plan', '-e', 'qa', '--prune', dir]);
    expect(qa.code).toBe(1);
    expect(qa.stderr).toContain('is also used by the plain manifests (no environment)');
  });

  it('keys listed jobs by their own region: one --endpoint for two regions prunes nothing', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('east', { namespace: 'cn-hangzhou:e2e' }),
      'b.yaml': jobYaml('west', { namespace: 'cn-shanghai:e2e' }),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    emu.resetCounters();
    const r = await cli(emu, ['apply', '--prune', '--yes', dir]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('Apply: 2 unchanged.');
    expect(writes(emu)).toBe(0);
    expect(where()).toEqual(['cn-hangzhou:e2e/east+default', 'cn-shanghai:e2e/west+default']);
  });

  it('prunes the set’s ConfigMaps only in the scope', async () => {
    emu = await emulator();
    const cm = (name: string, namespace: string) =>
      `apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\ndata:\n  a: "1"\n`;
    const dir = manifestDir({
      'a.yaml': jobYaml('user', { namespace: 'cn-hangzhou:one' }),
      'cm1.yaml': cm('settings', 'cn-hangzhou:one'),
      'cm2.yaml': cm('settings', 'cn-hangzhou:two'),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect((emu.store.options.configMaps ?? []).length).toBe(2);
    rmSync(join(dir, 'cm2.yaml'));
    // cn-hangzhou:two is no longer in the scope: its ConfigMap is not this run's to prune.
    const r = await cli(emu, ['apply', '--prune', '--yes', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect((emu.store.options.configMaps ?? []).length).toBe(2);
  });
});

describe('delete checks what apply checks', () => {
  it('refuses a protected job, another set’s and an unowned one, by name and by manifest', async () => {
    emu = await emulator();
    const make = (name: string, tags?: Record<string, string>) => {
      const { AppId } = emu.store.createJob({
        ...CONSOLE_JOB,
        AppName: name,
        ImageUrl: `registry.cn-hangzhou.aliyuncs.com/acme/${name}:1`,
      });
      if (tags) emu.store.jobs.get(AppId)!.tags = tags;
    };
    make('guarded', { 'saejob-set': 'default', 'saejob-protected': 'true' });
    make('theirs', { 'saejob-set': 'payments' });
    make('console');
    make('mine', { 'saejob-set': 'default' });
    const byName = await cli(emu, [
      'delete',
      'guarded',
      'theirs',
      'console',
      'mine',
      '--namespace',
      'cn-hangzhou:e2e',
      '--yes',
    ]);
    expect(byName.code).toBe(1);
    expect(byName.stderr).toContain(
      'refused: guarded (cn-hangzhou:e2e): labelled saejob-protected: saejob does not delete it',
    );
    expect(byName.stderr).toContain('refused: theirs (cn-hangzhou:e2e): owned by the set payments');
    expect(byName.stderr).toContain('refused: console (cn-hangzhou:e2e): not owned by saejob');
    expect(byName.stdout).toContain('Delete: 1 deleted, 0 not found, 3 refused, 0 failed.');
    expect(where()).toEqual([
      'cn-hangzhou:e2e/console',
      'cn-hangzhou:e2e/guarded+default',
      'cn-hangzhou:e2e/theirs+payments',
    ]);
    const dir = manifestDir({ 'a.yaml': jobYaml('guarded'), 'b.yaml': jobYaml('theirs') });
    const byManifest = await cli(emu, ['delete', '--yes', dir]);
    expect(byManifest.code).toBe(1);
    expect(where()).toEqual([
      'cn-hangzhou:e2e/console',
      'cn-hangzhou:e2e/guarded+default',
      'cn-hangzhou:e2e/theirs+payments',
    ]);
    // Said explicitly: the other set's job with --set, the console job with --adopt; the protected one never.
    expect(
      (await cli(emu, ['delete', 'theirs', '--namespace', 'cn-hangzhou:e2e', '--set', 'payments', '--yes'])).code,
    ).toBe(0);
    expect((await cli(emu, ['delete', 'console', '--namespace', 'cn-hangzhou:e2e', '--adopt', '--yes'])).code).toBe(0);
    expect((await cli(emu, ['delete', 'guarded', '--namespace', 'cn-hangzhou:e2e', '--adopt', '--yes'])).code).toBe(1);
    expect(where()).toEqual(['cn-hangzhou:e2e/guarded+default']);
  });
});

describe('environments cannot leak into the wrong place', () => {
  it('-e NAME over paths without environments, and a base manifest on its own, are errors; nothing is sent', async () => {
    emu = await emulator();
    const dir = repository();
    const plain = await cli(emu, ['apply', '-e', 'staging', '--yes', join(dir, 'report.yaml')]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('no environment named staging: these paths define no environments');
    const base = await cli(emu, ['apply', '--yes', join(dir, 'shop', 'base', 'order-sync.yaml')]);
    expect(base.code).toBe(1);
    expect(base.stderr).toMatch(
      /order-sync\.yaml:9:19: error: spec\.template\.image\.url: \$\{var:IMAGE_TAG\} is an environment's variable, and this manifest is not run through an environment/,
    );
    for (const command of ['compile', 'plan'])
      expect((await cli(emu, [command, join(dir, 'shop', 'base')])).code).toBe(1);
    // validate, as a pre-commit hook runs it on one base file: a field holding ${var:} is the environment's to check.
    const cm = join(dir, 'shop', 'base', 'settings.yaml');
    writeFileSync(
      cm,
      'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings-${var:SUFFIX}\n  namespace: cn-hangzhou:shop-staging\ndata:\n  a: "${var:A}"\n',
    );
    const alone = await cli(emu, ['validate', cm, join(dir, 'shop', 'base', 'order-sync.yaml')]);
    expect(alone.code, alone.stderr).toBe(0);
    const compiled = await cli(emu, ['compile', cm]);
    expect(compiled.code).toBe(1);
    expect(compiled.stderr).toContain('settings.yaml:4:9: error: metadata.name: ${var:SUFFIX} is an environment');
    expect(emu.counters().requests).toEqual({});
    expect(where()).toEqual([]);
  });
});

describe('saved plans compose', () => {
  it('one plan for every environment, applied one environment at a time, then again: exit 0 each time', async () => {
    emu = await emulator();
    const dir = await deployed();
    rmSync(join(dir, 'shop', 'base', 'stock-report.yaml'));
    writeFileSync(
      join(dir, 'shop', 'environments', 'prod.yaml'),
      environment('prod', 'cn-hangzhou:shop-prod', '2.4.0'),
    );
    const planFile = join(dir, '..', `${dir.split('/').pop()}.plan.json`);
    const plan = await cli(emu, ['plan', '--all-environments', '--prune', '--out', planFile, dir]);
    expect(plan.code, plan.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(planFile, 'utf8'));
    expect(saved).toMatchObject({ allEnvironments: true, prune: true, set: 'default' });
    expect(
      saved.jobs
        .map(
          (j: { name: string; environment?: string; action: string }) =>
            `${j.environment ?? '-'}/${j.name}:${j.action}`,
        )
        .sort(),
    ).toEqual([
      '-/cleanup:unchanged',
      '-/report:unchanged',
      'prod/order-sync:update',
      'prod/stock-report:delete',
      'staging/order-sync:unchanged',
      'staging/stock-report:delete',
    ]);
    // The apply-time SAEJOB_SET does not change whose plan it is.
    const staging = await cli(emu, ['apply', planFile, '-e', 'staging'], { SAEJOB_SET: 'someone-else' });
    expect(staging.code, staging.stdout + staging.stderr).toBe(0);
    expect(staging.stderr).toContain(
      "applying environment staging's part of the plan; 4 jobs of other environments left alone",
    );
    expect(where()).toEqual(ALL.filter((j) => j !== 'cn-hangzhou:shop-staging/stock-report+default'));
    const prod = await cli(emu, ['apply', planFile, '-e', 'prod']);
    expect(prod.code, prod.stdout + prod.stderr).toBe(0);
    expect(where()).toEqual([
      'cn-hangzhou:plain/cleanup+default',
      'cn-hangzhou:plain/report+default',
      'cn-hangzhou:shop-prod/order-sync+default',
      'cn-hangzhou:shop-staging/order-sync+default',
    ]);
    expect(
      [...emu.store.jobs.values()].find((j) => j.params.NamespaceId === 'cn-hangzhou:shop-prod')!.params.ImageUrl,
    ).toContain(':2.4.0');
    // The whole file once more: every part already applied, nothing sent.
    emu.resetCounters();
    const again = await cli(emu, ['apply', planFile]);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('already applied: the job this plan deletes is gone');
    expect(again.stdout).toContain('already applied: the live job is what this plan makes it');
    expect(writes(emu)).toBe(0);
    // A plan of one environment is not applied as another's.
    const one = join(dir, '..', `${dir.split('/').pop()}.staging.json`);
    expect((await cli(emu, ['plan', '-e', 'staging', '--out', one, dir])).code).toBe(0);
    const wrong = await cli(emu, ['apply', one, '-e', 'prod']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('this plan was made for environment staging, not prod');
  });

  it('a replacement is applied as reviewed when planned with --replace, and refused when not', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('sized') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('sized', { cpu: 2000, memory: 4096 }));
    const without = join(dir, 'without.json');
    const plan = await cli(emu, ['plan', '--out', without, dir]);
    expect(plan.stdout).toContain('apply refuses to replace it without --replace');
    const refused = await cli(emu, ['apply', without]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('refused: create-only fields differ');
    const mixed = await cli(emu, ['apply', '--replace', without]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('a saved plan is applied as it was reviewed: --replace was not given to the plan');
    const reviewed = join(dir, 'reviewed.json');
    expect((await cli(emu, ['plan', '--replace', '--out', reviewed, dir])).code).toBe(0);
    const applied = await cli(emu, ['apply', reviewed]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain('Apply: 1 replaced.');
    expect([...emu.store.jobs.values()][0]!.params.Cpu).toBe('2000');
  });

  it('a delete reviewed in a plan is refused when the job changed since; so is a label edit', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('keep'), 'b.yaml': jobYaml('gone') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    rmSync(join(dir, 'b.yaml'));
    writeFileSync(join(dir, 'a.yaml'), jobYaml('keep', { replicas: 2 }));
    const planFile = join(dir, '..', `${dir.split('/').pop()}.plan.json`);
    expect((await cli(emu, ['plan', '--prune', '--out', planFile, dir])).code).toBe(0);
    emu.resetCounters();
    // After review: someone changes the job to be deleted, and a label is added to the manifest.
    [...emu.store.jobs.values()].find((j) => j.params.AppName === 'gone')!.params.Replicas = '4';
    writeFileSync(
      join(dir, 'a.yaml'),
      jobYaml('keep', { replicas: 2 }).replace('  name: keep\n', '  name: keep\n  labels: { team: late }\n'),
    );
    const r = await cli(emu, ['apply', planFile]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/gone \(cn-hangzhou:e2e\): refused\n\s+refused: the live job changed since the plan/);
    expect(r.stdout).toMatch(/keep \(cn-hangzhou:e2e\): refused\n\s+refused: its manifest/);
    expect(writes(emu)).toBe(0);
    expect(where()).toEqual(['cn-hangzhou:e2e/gone+default', 'cn-hangzhou:e2e/keep+default']);
  });

  it('plan --adopt previews a takeover; the saved plan applies it as reviewed', async () => {
    emu = await emulator();
    // Made long ago (its change order over): one made now has a change order running for 60 ms of
    // wall time, and a plan that saw it running is refused by an apply that sees it done.
    emu.store.seedJob({
      ...CONSOLE_JOB,
      AppName: 'by-hand',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/by-hand:1',
    });
    const dir = manifestDir({ 'a.yaml': jobYaml('by-hand') });
    const planFile = join(dir, 'plan.json');
    const plan = await cli(emu, ['plan', '--adopt', '--detailed-exitcode', '--out', planFile, dir]);
    // Adoption writes the ownership tag: a change, so exit 2.
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('(ownership tag) saejob-set: (unset) → "default"');
    expect(plan.stdout).toContain(
      'not owned by saejob (no saejob-set tag: made in the console?): --adopt takes it over',
    );
    const r = await cli(emu, ['apply', planFile]);
    expect(r.code, r.stdout).toBe(0);
    expect(where(), r.stdout + r.stderr).toEqual(['cn-hangzhou:e2e/by-hand+default']);
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });
});

describe('ownership cannot be bypassed', () => {
  it('a job another set made while CreateJob’s outcome was unknown is refused, not tagged as ours', async () => {
    let first = true;
    emu = await emulator({
      onRequest: (operation) => {
        if (operation !== 'CreateJob' || !first) return;
        first = false;
        // The create fails without committing; meanwhile another set makes the same name.
        const { AppId } = emu.store.createJob({
          ...CONSOLE_JOB,
          AppName: 'contested',
          ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/other/image:9',
        });
        emu.store.jobs.get(AppId)!.tags = { 'saejob-set': 'payments' };
        throw new ApiError(503, 'ServiceUnavailable', 'try later');
      },
    });
    const r = await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('contested') })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('refused: a job named contested');
    expect(r.stdout).toContain('owned by the set payments: not this run');
    expect(where()).toEqual(['cn-hangzhou:e2e/contested+payments']);
  });

  it('an untagged job that differs from what was sent is refused; one that matches is ours', async () => {
    const run = async (image: string) => {
      let first = true;
      emu = await emulator({
        onRequest: (operation) => {
          if (operation !== 'CreateJob' || !first) return;
          first = false;
          emu.store.createJob({
            ...CONSOLE_JOB,
            AppName: 'raced',
            ImageUrl: image,
          });
          throw new ApiError(503, 'ServiceUnavailable', 'try later');
        },
      });
      return cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('raced') })]);
    };
    const console = await run('registry.cn-hangzhou.aliyuncs.com/someone/else:1');
    expect(console.code).toBe(1);
    expect(console.stdout).toContain('without a saejob-set tag and not as this run sent it (ImageUrl differ)');
    expect(where()).toEqual(['cn-hangzhou:e2e/raced']);
    await emu.close();
    const ours = await run('registry.cn-hangzhou.aliyuncs.com/acme/raced:1');
    expect(ours.code, ours.stdout).toBe(0);
    expect(where()).toEqual(['cn-hangzhou:e2e/raced+default']);
  });

  it('a stop while CreateJob is in flight still tags the job (within the grace), so it is never an orphan', async () => {
    const { Session } = await import('../src/sae/session.js');
    const { applyJob } = await import('../src/sae/apply.js');
    const { staticCredentials } = await import('../src/sae/credentials.js');
    const { compileManifests } = await import('../src/pipeline/compile/compile-files.js');
    const { planJob } = await import('../src/pipeline/plan/plan.js');
    let session: InstanceType<typeof Session> | undefined;
    // The cancel arrives while CreateJob is on the wire (its request has reached SAE).
    emu = await emulator({ onRequest: (operation) => void (operation === 'CreateJob' && session!.stop.stop()) });
    session = new Session({ credentials: staticCredentials(KEY), endpoint: emu.url });
    const [m] = compileManifests([manifestDir({ 'a.yaml': jobYaml('cancelled') })]).compiled;
    const r = await applyJob(session, planJob(m!.source.file, m!.job, undefined), {
      set: 'default',
      pollIntervalMs: 10,
    });
    expect(r.outcome).toBe('interrupted');
    expect(r.steps.join('\n')).toMatch(/CreateJob sent[\s\S]*TagResources sent: saejob-set/);
    expect(where()).toEqual(['cn-hangzhou:e2e/cancelled+default']);
  });
});

describe('the library runs the same plan', () => {
  it('planRun + applyPlan, as the README shows them: prune inside the scope', async () => {
    const { compileManifests } = await import('../src/index.js');
    const { Session, planRun, applyPlan, staticCredentials } = await import('../src/cloud-entry.js');
    emu = await emulator();
    const dir = await deployed();
    rmSync(join(dir, 'shop', 'base', 'stock-report.yaml'));
    const pipeline = compileManifests([dir], { environment: 'staging', env: {} });
    const session = new Session({ credentials: staticCredentials(KEY), endpoint: emu.url });
    const run = await planRun(session, pipeline, { set: 'default', prune: true, environment: 'staging' });
    expect(run.plan?.pruneError).toBeUndefined();
    const results = await applyPlan(session, run.plan!.planned, { set: 'default', pollIntervalMs: 10 });
    expect(results.map((r) => `${r.name}:${r.outcome}`).sort()).toEqual([
      'order-sync:unchanged',
      'stock-report:deleted',
    ]);
    expect(where()).toEqual(ALL.filter((j) => j !== 'cn-hangzhou:shop-staging/stock-report+default'));
  });
});

describe('the reference grammar', () => {
  it('$${var:X} in a base is the literal text ${var:X} in every environment, not $ and the value', () => {
    const dir = repository();
    writeFileSync(
      join(dir, 'shop', 'base', 'order-sync.yaml'),
      baseJob('order-sync').replace(
        '    resources:',
        () => '    command: [sh, -c, "echo $${var:IMAGE_TAG} is ${var:IMAGE_TAG}"]\n    resources:',
      ),
    );
    return import('../src/pipeline/compile/compile-files.js').then(({ compileManifests }) => {
      const r = compileManifests([dir], { environment: 'staging', env: {} });
      const job = r.compiled.find((m) => m.job.name === 'order-sync')!;
      expect(JSON.parse(String(job.job.params.CommandArgs))).toEqual(['-c', 'echo ${var:IMAGE_TAG} is 2.4.0']);
    });
  });
});

describe('the second hour: list and --target', () => {
  it('list shows every job of a namespace, managed or not, and who owns it; -o json too', async () => {
    emu = await emulator();
    const dir = await deployed();
    emu.store.createJob({
      ...CONSOLE_JOB,
      AppName: 'by-hand',
      NamespaceId: 'cn-hangzhou:shop-prod',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/by-hand:1',
    });
    emu.resetCounters();
    const r = await cli(emu, ['list', '--namespace', 'cn-hangzhou:shop-prod']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /by-hand\s+cn-hangzhou:shop-prod\s+\(none: unmanaged\)\s+\(manual\)\s+no\s+registry\.cn-hangzhou\.aliyuncs\.com\/acme\/by-hand:1/,
    );
    expect(r.stdout).toMatch(/order-sync\s+cn-hangzhou:shop-prod\s+default\s/);
    expect(r.stdout).toContain(
      '3 jobs: 2 of set default, 0 of other sets, 1 unmanaged (saejob export --adopt brings them into git).',
    );
    expect(emu.counters().requests).toEqual({ ListJobs: 1 });
    const json = JSON.parse((await cli(emu, ['list', '-o', 'json', '--region', 'cn-hangzhou'])).stdout);
    expect(
      json.jobs.map(
        (j: { namespace: string; name: string; owner?: string }) => `${j.namespace}/${j.name}:${j.owner ?? '-'}`,
      ),
    ).toEqual([...ALL.map((a) => `${a.replace('+default', '')}:default`), 'cn-hangzhou:shop-prod/by-hand:-'].sort());
    // From the manifests: the namespaces they use.
    const fromManifests = await cli(emu, ['list', dir]);
    expect(fromManifests.stdout).toContain('cleanup');
    expect(fromManifests.stdout).not.toContain('shop-prod');
  });

  it('--target acts on the named jobs only, refuses --prune, and guesses a typo', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('alpha'), 'b.yaml': jobYaml('beta') });
    const r = await cli(emu, ['apply', '--yes', '--target', 'alpha', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(where()).toEqual(['cn-hangzhou:e2e/alpha+default']);
    const typo = await cli(emu, ['plan', '--target', 'bta', dir]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('--target bta: no manifest here names it: did you mean beta?');
    const prune = await cli(emu, ['apply', '--yes', '--prune', '--target', 'alpha', dir]);
    expect(prune.code).toBe(1);
    expect(prune.stderr).toContain('--target with --prune');
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect((await cli(emu, ['delete', '--yes', '--target', 'beta', dir])).code).toBe(0);
    expect(where()).toEqual(['cn-hangzhou:e2e/alpha+default']);
  });
});

describe('a rename', () => {
  it('is shown as a probable rename with its cost, not an unrelated create and delete', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('old-name', { replicas: 2 }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    rmSync(join(dir, 'a.yaml'));
    writeFileSync(
      join(dir, 'b.yaml'),
      jobYaml('new-name', { replicas: 2 }).replace(/acme\/new-name:1/, 'acme/old-name:1'),
    );
    const plan = await cli(emu, ['plan', '--prune', dir]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(
      "probably a rename of old-name (deleted in this plan, same spec): SAE cannot rename a job, so the new one starts without old-name's run history",
    );
    expect(plan.stdout).toContain('probably renamed to new-name (created in this plan, same spec)');
    // A different spec is no rename.
    writeFileSync(join(dir, 'b.yaml'), jobYaml('new-name', { replicas: 3 }));
    expect((await cli(emu, ['plan', '--prune', dir])).stdout).not.toContain('probably');
  });
});

describe('a new job in the plan', () => {
  it('shows the fields it will have, secrets masked, as a new ConfigMap does', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('fresh', {
        replicas: 2,
        extraTemplate:
          '    env:\n      - { name: LEVEL, value: info }\n      - { name: DB_PASSWORD, value: "${env:DBP}" }\n',
      }),
    });
    const plan = await cli(emu, ['plan', dir], { DBP: 'hunter2-secret' });
    expect(plan.stdout).toContain('+ create fresh in cn-hangzhou:e2e');
    expect(plan.stdout).toContain('    spec.replicas: 2\n');
    expect(plan.stdout).toContain('    spec.template.image.url: "registry.cn-hangzhou.aliyuncs.com/acme/fresh:1"\n');
    expect(plan.stdout).toContain(
      '    spec.template.env: [{"name":"LEVEL","value":"info"},{"name":"DB_PASSWORD","value":"******"}]\n',
    );
    expect(plan.stdout).not.toContain('package.type');
    expect(plan.stdout).not.toContain('hunter2-secret');
  });
});

describe('small refusals that say what to do', () => {
  it('delete of a ConfigMap manifest says it acts on jobs; compare -e is refused', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'cm.yaml':
        'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:e2e\ndata:\n  a: "1"\n',
    });
    const r = await cli(emu, ['delete', '--yes', dir]);
    expect(r.stderr).toContain(
      'saejob: delete acts on jobs; ConfigMap settings is left alone: remove its manifest and run apply --prune',
    );
    const compare = await cli(emu, ['compare', 'a', 'b', '-e', 'a', dir]);
    expect(compare.code).toBe(1);
    expect(compare.stderr).toContain('saejob compare takes the two environments as its arguments');
  });
});

describe('an environment variable used nowhere', () => {
  it('is a warning at the variable (a typo, or left over)', async () => {
    const dir = repository();
    writeFileSync(
      join(dir, 'shop', 'environments', 'staging.yaml'),
      `${environment('staging', 'cn-hangzhou:shop-staging', '2.4.0')}    IMAGE_TGA: "x"\n`,
    );
    const r = await cli((emu = await emulator()), ['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /staging\.yaml:\d+:\d+: warning: spec\.variables\.IMAGE_TGA: variable IMAGE_TGA is set in environment staging, but no manifest of it uses \$\{var:IMAGE_TGA\}/,
    );
    expect(r.stderr).not.toContain('IMAGE_TAG is set');
  });
});

describe('SAEJOB_ENVIRONMENT', () => {
  it('is the default --environment of the cloud commands (validate still checks every one)', async () => {
    emu = await emulator();
    const dir = repository();
    const r = await cli(emu, ['apply', '--yes', dir], { SAEJOB_ENVIRONMENT: 'staging' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('left out');
    expect(where()).toEqual([
      'cn-hangzhou:shop-staging/order-sync+default',
      'cn-hangzhou:shop-staging/stock-report+default',
    ]);
    expect((await cli(emu, ['plan', dir], { SAEJOB_ENVIRONMENT: 'staging' })).stdout).toContain(
      'Scope: set default, environment staging',
    );
    // A plan saved without an environment stays one: SAEJOB_ENVIRONMENT does not change a reviewed plan.
    const planFile = join(dir, '..', `${dir.split('/').pop()}.plain.json`);
    expect((await cli(emu, ['plan', '--out', planFile, dir])).code).toBe(0);
    const applied = await cli(emu, ['apply', planFile], { SAEJOB_ENVIRONMENT: 'prod' });
    expect(applied.stderr).toContain('this plan was made without environments');
  });
});

describe('ConfigMaps by name, per environment', () => {
  it('a base ConfigMap and a job naming it (name:) go through a saved plan per environment, then prune', async () => {
    emu = await emulator();
    const dir = await deployed();
    const base = join(dir, 'shop', 'base');
    writeFileSync(
      join(base, 'settings.yaml'),
      'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:shop-staging\ndata:\n  level: "${var:IMAGE_TAG}"\n',
    );
    writeFileSync(
      join(base, 'order-sync.yaml'),
      `${baseJob('order-sync')}    env:\n      - { name: LEVEL, valueFrom: { configMapKeyRef: { name: settings, key: level } } }\n    volumes:\n      configMaps: [{ name: settings, key: level, mountPath: /etc/level }]\n`,
    );
    const configMaps = () =>
      (emu.store.options.configMaps ?? []).map((c) => `${c.NamespaceId}/${c.Name}:${c.Data?.level}`).sort();
    /** Which ConfigMap (namespace/name) each job's env and volume name, by the IDs SAE holds. */
    const uses = () =>
      [...emu.store.jobs.values()]
        .filter((j) => j.params.Envs)
        .map((j) => {
          const byId = (id: unknown) => (emu.store.options.configMaps ?? []).find((c) => c.ConfigMapId === Number(id));
          const env = JSON.parse(j.params.Envs!)[0];
          const volume = JSON.parse(j.params.ConfigMapMountDesc!)[0];
          const cm = byId(env.configMapId)!;
          return `${j.params.NamespaceId}/${j.params.AppName} → ${cm.NamespaceId}/${cm.Name}${byId(volume.configMapId) === cm ? '' : ' (volume differs)'}`;
        })
        .sort();

    const planFile = join(dir, '..', `${dir.split('/').pop()}.cm.plan.json`);
    const plan = await cli(emu, ['plan', '--all-environments', '--out', planFile, dir]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    for (const e of ['staging', 'prod']) {
      const r = await cli(emu, ['apply', planFile, '-e', e]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(where()).toEqual(ALL);
    }
    expect(configMaps()).toEqual(['cn-hangzhou:shop-prod/settings:2.3.1', 'cn-hangzhou:shop-staging/settings:2.4.0']);
    // Applied again (a CI retry): the ConfigMap the plan created now has an ID, and the job is still
    // the one reviewed — already applied, not "its manifest changed".
    const again = await cli(emu, ['apply', planFile, '-e', 'staging']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('already applied');
    expect(again.stdout).not.toContain('changed since the plan');
    expect(uses()).toEqual([
      'cn-hangzhou:shop-prod/order-sync → cn-hangzhou:shop-prod/settings',
      'cn-hangzhou:shop-staging/order-sync → cn-hangzhou:shop-staging/settings',
    ]);
    expect((await cli(emu, ['plan', '--all-environments', '--detailed-exitcode', dir])).code).toBe(0);

    // Staging drops stock-report and prunes: prod, the plain jobs and both ConfigMaps stay.
    rmSync(join(base, 'stock-report.yaml'));
    const pruned = await cli(emu, ['apply', '--yes', '-e', 'staging', '--prune', dir]);
    expect(pruned.code, pruned.stdout + pruned.stderr).toBe(0);
    expect(where()).toEqual(ALL.filter((j) => j !== 'cn-hangzhou:shop-staging/stock-report+default'));
    expect(configMaps()).toEqual(['cn-hangzhou:shop-prod/settings:2.3.1', 'cn-hangzhou:shop-staging/settings:2.4.0']);
  });
});
