// Plan and apply as a library user runs them (saejob + saejob/cloud, no CLI):
// environments, a ConfigMap a job names, a saved plan, prune and cancellation,
// checking after each step which jobs and ConfigMaps exist where.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileManifests, readSavedPlan, savePlan } from '../src/index.js';
import { executeApply, planApply, Session, staticCredentials } from '../src/cloud-entry.js';
import type { Emulator } from '../src/emulator-entry.js';
import { CONSOLE_JOB, emulator, KEY, writes } from './cloud-helpers.js';

let emu: Emulator;
let dir: string;
const session = () =>
  new Session({ credentials: staticCredentials(KEY), endpoint: emu.url, retry: { attempts: 3, baseMs: 5, maxMs: 20 } });
const options = { set: 'lib', pollIntervalMs: 20, timeoutMs: 30_000 };

/** Where each job and ConfigMap is: namespace/name. */
const jobs = () => [...emu.store.jobs.values()].map((j) => `${j.params.NamespaceId}/${j.params.AppName}`).sort();
const configMaps = () => (emu.store.options.configMaps ?? []).map((c) => `${c.NamespaceId}/${c.Name}`).sort();

beforeAll(async () => {
  emu = await emulator();
  dir = mkdtempSync(join(tmpdir(), 'saejob-library-'));
  mkdirSync(join(dir, 'base'));
  mkdirSync(join(dir, 'environments'));
  writeFileSync(
    join(dir, 'base', 'settings.yaml'),
    'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: cn-hangzhou:lib }\ndata: { level: "${var:LEVEL}" }\n',
  );
  writeFileSync(
    join(dir, 'base', 'report.yaml'),
    `apiVersion: saejob/v1
kind: Job
metadata: { name: report, namespace: cn-hangzhou:lib }
spec:
  replicas: 1
  trigger: { schedule: "0 3 * * *" }
  template:
    image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/report:1" }
    resources: { cpu: 1000, memory: 2048 }
    env:
      - { name: LEVEL, valueFrom: { configMapKeyRef: { name: settings, key: level } } }
`,
  );
  for (const [env, level] of [
    ['staging', 'debug'],
    ['prod', 'warn'],
  ])
    writeFileSync(
      join(dir, 'environments', `${env}.yaml`),
      `apiVersion: saejob/v1\nkind: Environment\nmetadata: { name: ${env} }\nspec:\n  base: ../base\n  namespace: cn-hangzhou:lib-${env}\n  variables: { LEVEL: ${level} }\n`,
    );
});
afterAll(async () => {
  await emu?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('plan and apply through saejob/cloud', () => {
  it('staging, then prod from a saved plan, then prune in staging only, then a cancelled run', async () => {
    // 1. Staging: the ConfigMap first, then the job naming it (resolved to the new ConfigMap's ID).
    const staging = compileManifests([dir], { environment: 'staging', env: {} });
    expect(staging.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const s1 = session();
    const planned = await planApply(s1, staging, { set: 'lib', environment: 'staging' });
    expect(planned.plan?.changing).toBe(true);
    const run = await executeApply(s1, staging, planned.plan!, options);
    expect(run.results.map((r) => `${r.kind ?? 'Job'} ${r.name}: ${r.outcome}`)).toEqual([
      'ConfigMap ConfigMap settings: created',
      'Job report: created',
    ]);
    expect(jobs()).toEqual(['cn-hangzhou:lib-staging/report']);
    expect(configMaps()).toEqual(['cn-hangzhou:lib-staging/settings']);

    // 2. Prod from a saved plan, round-tripped through its file text: staging is left alone.
    const prod = compileManifests([dir], { environment: 'prod', env: {} });
    const s2 = session();
    const reviewed = await planApply(s2, prod, { set: 'lib', environment: 'prod' });
    const text = JSON.stringify(
      savePlan(reviewed.plan!.plan.planned, {
        configMaps: reviewed.plan!.plan.configMaps ?? [],
        set: 'lib',
        environment: 'prod',
        paths: [dir],
        salt: 'library-test',
        saejobVersion: 'test',
        createdAt: '2026-12-05T00:00:00Z',
      }),
    );
    const saved = readSavedPlan(text);
    if (typeof saved === 'string') throw new Error(saved);
    const s3 = session();
    const fromFile = await planApply(s3, prod, { set: 'lib', environment: 'prod', saved: { plan: saved } });
    const applied = await executeApply(s3, prod, fromFile.plan!, options);
    expect(applied.results.every((r) => ['created', 'unchanged'].includes(r.outcome))).toBe(true);
    expect(jobs()).toEqual(['cn-hangzhou:lib-prod/report', 'cn-hangzhou:lib-staging/report']);
    expect(configMaps()).toEqual(['cn-hangzhou:lib-prod/settings', 'cn-hangzhou:lib-staging/settings']);
    // Applied again, the same saved plan changes nothing.
    const prodAgain = compileManifests([dir], { environment: 'prod', env: {} });
    const again = await planApply(session(), prodAgain, { set: 'lib', environment: 'prod', saved: { plan: saved } });
    expect(again.plan!.savedResults.map((r) => r.steps[0] ?? r.error)).toEqual([
      'already applied: the live job is what this plan makes it (nothing sent)',
    ]);

    // 3. The job's manifest goes; prune in staging deletes staging's job only (the ConfigMap is still defined).
    rmSync(join(dir, 'base', 'report.yaml'));
    const pruning = compileManifests([dir], { environment: 'staging', env: {} });
    const s4 = session();
    const prunePlan = await planApply(s4, pruning, { set: 'lib', environment: 'staging', prune: true });
    expect(prunePlan.plan!.plan.planned.map((p) => `${p.action} ${p.namespace}/${p.name}`)).toEqual([
      'delete cn-hangzhou:lib-staging/report',
    ]);
    await executeApply(s4, pruning, prunePlan.plan!, options);
    expect(jobs()).toEqual(['cn-hangzhou:lib-prod/report']);
    expect(configMaps()).toEqual(['cn-hangzhou:lib-prod/settings', 'cn-hangzhou:lib-staging/settings']);

    // 4. Cancelled before it starts (an AbortSignal, as SIGINT is on the command line): nothing is sent.
    writeFileSync(
      join(dir, 'base', 'other.yaml'),
      'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: other, namespace: cn-hangzhou:lib }\nspec:\n  replicas: 1\n  template:\n    image: { url: "a/b:1" }\n    resources: { cpu: 1000, memory: 2048 }\n',
    );
    const more = compileManifests([dir], { environment: 'staging', env: {} });
    const s5 = session();
    const morePlan = await planApply(s5, more, { set: 'lib', environment: 'staging' });
    const before = writes(emu);
    const cancelled = await executeApply(s5, more, morePlan.plan!, { ...options, signal: AbortSignal.abort() });
    expect(writes(emu)).toBe(before);
    expect(cancelled.results.find((r) => r.name === 'other')?.outcome).not.toBe('created');
    expect(jobs()).toEqual(['cn-hangzhou:lib-prod/report']);
  });

  it("another set's job and ConfigMap in the same namespace: left alone by apply, prune and a saved plan", async () => {
    const other = await emulator({
      configMaps: [
        {
          ConfigMapId: 900,
          Name: 'their-settings',
          NamespaceId: 'cn-hangzhou:lib-staging',
          Description: 'x [saejob-set: other]',
          Data: { a: 'b' },
        },
      ],
    });
    try {
      other.store.seedJob(
        { ...CONSOLE_JOB, AppName: 'theirs', NamespaceId: 'cn-hangzhou:lib-staging' },
        { 'saejob-set': 'other' },
      );
      const where = () =>
        [...other.store.jobs.values()].map((j) => `${j.params.NamespaceId}/${j.params.AppName}`).sort();
      const cms = () => (other.store.options.configMaps ?? []).map((c) => `${c.NamespaceId}/${c.Name}`).sort();
      const tree = mkdtempSync(join(tmpdir(), 'saejob-library-sets-'));
      mkdirSync(join(tree, 'base'));
      writeFileSync(
        join(tree, 'base', 'mine.yaml'),
        'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: mine, namespace: cn-hangzhou:lib }\nspec:\n  replicas: 1\n  template:\n    image: { url: "a/b:1" }\n    resources: { cpu: 1000, memory: 2048 }\n',
      );
      // A second job stays: the run's scope is the places its manifests use.
      writeFileSync(
        join(tree, 'base', 'stays.yaml'),
        readFileSync(join(tree, 'base', 'mine.yaml'), 'utf8').replace('name: mine', 'name: stays'),
      );
      writeFileSync(
        join(tree, 'staging.yaml'),
        'apiVersion: saejob/v1\nkind: Environment\nmetadata: { name: staging }\nspec: { base: base, namespace: cn-hangzhou:lib-staging }\n',
      );
      const session = () =>
        new Session({
          credentials: staticCredentials(KEY),
          endpoint: other.url,
          retry: { attempts: 3, baseMs: 5, maxMs: 20 },
        });
      const staging = () => compileManifests([tree], { environment: 'staging', env: {} });
      // Apply with prune: mine is made, theirs and their ConfigMap are not this set's to prune.
      const s1 = session();
      const first = await planApply(s1, staging(), { set: 'lib', environment: 'staging', prune: true });
      expect(first.plan!.plan.planned.map((p) => `${p.action} ${p.name}`).sort()).toEqual([
        'create mine',
        'create stays',
      ]);
      await executeApply(s1, staging(), first.plan!, options);
      expect(where()).toEqual([
        'cn-hangzhou:lib-staging/mine',
        'cn-hangzhou:lib-staging/stays',
        'cn-hangzhou:lib-staging/theirs',
      ]);
      expect(cms()).toEqual(['cn-hangzhou:lib-staging/their-settings']);
      // mine's manifest goes; a saved plan with prune deletes mine only.
      rmSync(join(tree, 'base', 'mine.yaml'));
      const s2 = session();
      const reviewed = await planApply(s2, staging(), { set: 'lib', environment: 'staging', prune: true });
      const saved = readSavedPlan(
        JSON.stringify(
          savePlan(reviewed.plan!.plan.planned, {
            configMaps: reviewed.plan!.plan.configMaps ?? [],
            set: 'lib',
            prune: true,
            environment: 'staging',
            paths: [tree],
            salt: 'sets',
            saejobVersion: 'test',
            createdAt: '2026-12-05T00:00:00Z',
          }),
        ),
      );
      if (typeof saved === 'string') throw new Error(saved);
      const s3 = session();
      const fromFile = await planApply(s3, staging(), {
        set: 'lib',
        environment: 'staging',
        prune: true,
        saved: { plan: saved },
      });
      const done = await executeApply(s3, staging(), fromFile.plan!, options);
      expect(done.results.map((r) => `${r.name}: ${r.outcome}`).sort()).toEqual(['mine: deleted', 'stays: unchanged']);
      expect(where()).toEqual(['cn-hangzhou:lib-staging/stays', 'cn-hangzhou:lib-staging/theirs']);
      expect(cms()).toEqual(['cn-hangzhou:lib-staging/their-settings']);
      rmSync(tree, { recursive: true, force: true });
    } finally {
      await other.close();
    }
  });
});
