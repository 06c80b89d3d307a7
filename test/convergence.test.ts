// Converging on the SAE we cannot see: removing a field is a change (never
// `unchanged`), values SAE fills in are not, and apply checks that SAE took
// what it was sent. Every unknown of SAE's behaviour is played both ways by
// the emulator, and saejob converges or stops with a clear message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { JOB_PARAMS, removalOf } from '../src/contract/api.js';
import { planJob } from '../src/pipeline/plan/plan.js';
import type { CompiledJob } from '../src/pipeline/compile/compile.js';
import { cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

/** A value of the parameter's kind that is not SAE's default. */
function sample(param: string): string {
  const p = JOB_PARAMS.get(param)!;
  if (p.json === 'list') return JSON.stringify([{ name: 'x', value: 'y', mountPath: '/x', logDir: '/x' }]);
  if (p.json === 'object') return JSON.stringify({ port: 9090, type: 'time', config: '0 1 * * ?' });
  if (p.type === 'number') return '77';
  if (p.type === 'boolean') return 'true';
  return 'some-value';
}

const job = (params: CompiledJob['params']): CompiledJob => ({
  name: 'j',
  namespace: 'cn-hangzhou:e2e',
  region: 'cn-hangzhou',
  create: { operation: 'CreateJob', method: 'POST', path: '/', query: {}, body: {} },
  params,
  secrets: [],
  secretEnvNames: [],
});

describe('removal is a change', () => {
  it('every manifest parameter says how its removal is made, and none plans as unchanged', () => {
    const seen: Record<string, string> = {};
    for (const param of JOB_PARAMS.keys()) {
      const how = removalOf(param);
      seen[param] = how.kind;
      if (how.kind === 'none' || how.kind === 'server') continue;
      // The manifest sets the parameter it follows (Slice for SliceEnvs), not this one.
      const desired = {
        AppName: 'j',
        NamespaceId: 'cn-hangzhou:e2e',
        ...(how.kind === 'follows' ? { [how.param]: sample(how.param) } : {}),
      };
      const live = {
        appId: 'a',
        params: { ...desired, [param]: sample(param) },
        suspend: false,
        tags: { 'saejob-set': 'default' },
      };
      const p = planJob('f', job(desired), live);
      expect(p.action, `${param} (${how.kind})`).not.toBe('unchanged');
      const change = [...p.changes, ...p.replaceReasons].find((c) => c.param === param);
      expect(change, param).toBeDefined();
      if (how.kind === 'replace' || how.kind === 'follows') expect(p.action, param).toBe('replace');
      if (how.kind === 'reset') expect(change!.after, param).toEqual(how.value);
    }
    // The table as it stands: a change to it is a decision, seen here.
    expect(
      Object.entries(seen)
        .filter(([, k]) => k === 'reset')
        .map(([p]) => p),
    ).toEqual(
      ['Slice', 'TerminationGracePeriodSeconds', 'Timezone']
        .filter((p) => seen[p])
        .sort((a, b) => [...JOB_PARAMS.keys()].indexOf(a) - [...JOB_PARAMS.keys()].indexOf(b)),
    );
    expect(seen.TriggerConfig).toBe('replace');
    expect(seen.Envs).toBe('clear');
    expect(seen.VpcId).toBe('server');
  });

  it('values SAE fills in are not differences: Tomcat defaults, shell read back as other, the namespace’s network', () => {
    const desired = {
      AppName: 'j',
      NamespaceId: 'n',
      TomcatConfig: JSON.stringify({ port: 9090 }),
      ProgrammingLanguage: 'shell',
    };
    const live = {
      appId: 'a',
      params: {
        ...desired,
        TomcatConfig: JSON.stringify({
          port: 9090,
          contextPath: '/',
          maxThreads: 400,
          uriEncoding: 'ISO-8859-1',
          useBodyEncodingForUri: true,
        }),
        ProgrammingLanguage: 'other',
        VpcId: 'vpc-1',
        Timezone: 'Asia/Shanghai',
        TerminationGracePeriodSeconds: 30,
      },
      suspend: false,
      tags: { 'saejob-set': 'default' },
    };
    expect(planJob('f', job(desired), live).action).toBe('unchanged');
    // A default key the manifest does set to something else is a change.
    const other = planJob(
      'f',
      job({ ...desired, TomcatConfig: JSON.stringify({ port: 9090, maxThreads: 100 }) }),
      live,
    );
    expect(other.changes.map((c) => c.param)).toEqual(['TomcatConfig']);
  });

  it('removing the schedule, the shards and the timeout takes effect: Slice=false is sent, the rest is a replacement', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('sharded', {
        extraSpec: '  shards: ["a", "b"]\n  trigger: { schedule: "0 1 * * ?" }\n  timeoutSeconds: 600\n',
      }),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const live = () => [...emu.store.jobs.values()].find((j) => j.params.AppName === 'sharded')!.params;
    expect(live().Slice).toBe('true');
    // The shards go: UpdateJob with Slice=false.
    writeFileSync(
      join(dir, 'a.yaml'),
      jobYaml('sharded', { extraSpec: '  trigger: { schedule: "0 1 * * ?" }\n  timeoutSeconds: 600\n' }),
    );
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code, plan.stdout).toBe(2);
    expect(plan.stdout).toContain("spec.shards: true → false  (removed: SAE's default)");
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(live().Slice).toBe('false');
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
    // The schedule goes: UpdateJob cannot say so, so the plan is a replacement, never "unchanged".
    writeFileSync(join(dir, 'a.yaml'), jobYaml('sharded'));
    const removed = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(removed.code).toBe(2);
    expect(removed.stdout).toMatch(/-\/\+ replace sharded/);
    expect(removed.stdout).toContain(
      'spec.trigger: {"type":"time","config":"0 1 * * ?","timezone":"GMT+8:00"} → (unset)  (removed: UpdateJob cannot clear it, forces replacement)',
    );
    expect(removed.stdout).toContain(
      'spec.timeoutSeconds: 600 → (unset)  (removed: UpdateJob cannot clear it, forces replacement)',
    );
    emu.resetCounters();
    const applied = await cli(emu, ['apply', '--yes', '--replace', dir]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(live().TriggerConfig).toBeUndefined();
    expect(live().Timeout).toBeUndefined();
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
    expect(writes(emu)).toBeGreaterThan(0);
  });
});

describe('apply verifies, and every unknown is played both ways', () => {
  it('a field SAE silently ignores on UpdateJob is reported as not converged, with what was sent and what SAE has', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, ignoreOnUpdate: ['Timeout'] } });
    const dir = manifestDir({ 'a.yaml': jobYaml('stubborn', { extraSpec: '  timeoutSeconds: 600\n' }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('stubborn', { extraSpec: '  timeoutSeconds: 900\n' }));
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('stubborn (cn-hangzhou:e2e): not-converged');
    expect(r.stdout).toContain(
      'SAE accepted the change but did not take this field (read back with DescribeJob): spec.timeoutSeconds: sent 900, SAE has 600',
    );
    expect(r.stdout).toContain('Apply: 1 not-converged.');
  });

  it('values SAE fills in on read: created, verified, then unchanged', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, fillDefaults: true } });
    const dir = manifestDir({ 'a.yaml': jobYaml('filled', { extraTemplate: '    runtime: { language: shell }\n' }) });
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('SAE filled in');
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code, plan.stdout).toBe(0);
  });

  it('a business code in ErrorCode beside an HTTP-status Code: a running change order is waited out, not failed after 8 tries', async () => {
    let first = true;
    emu = await emulator({
      behaviour: { changeOrderMs: 20, errorCodeField: 'ErrorCode' },
      onRequest: (operation, query) => {
        if (operation !== 'UpdateJob' || !first) return;
        first = false;
        // Someone deploys from the console just before: a change order of 1.5 s now runs.
        emu.setBehaviour({ changeOrderMs: 1500 });
        emu.store.updateJob({ AppId: query.AppId!, Replicas: '5' });
        emu.setBehaviour({ changeOrderMs: 20 });
      },
    });
    const dir = manifestDir({ 'a.yaml': jobYaml('busy') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('busy', { replicas: 2 }));
    const r = await cli(emu, ['apply', '--yes', dir], { SAEJOB_RETRY_BASE_MS: '5', SAEJOB_RETRY_ATTEMPTS: '3' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /UpdateJob for busy \(cn-hangzhou\): Application\.ChangerOrderRunning, trying again in [\d.]+ s \(attempt \d+, until --timeout\)/,
    );
    expect([...emu.store.jobs.values()][0]!.params.Replicas).toBe('2');
  });

  it('a slow SuspendJob is waited for, not taken for the opposite meaning', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, suspendAfterReads: 6 } });
    const dir = manifestDir({ 'a.yaml': jobYaml('sleepy', { extraSpec: '  suspend: true\n' }) });
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('the job is suspended (read back after 6 reads)');
    expect(r.stdout).not.toContain('the other way');
    expect(emu.counters().requests.SuspendJob).toBe(1);
    expect([...emu.store.jobs.values()][0]!.Suspend).toBe(true);
  });

  it('ListChangeOrders oldest first: the running change order is still found', async () => {
    let clock = Date.parse('2026-12-05T00:00:00Z');
    emu = await emulator({ now: () => clock, behaviour: { changeOrderMs: 60_000, changeOrdersOldestFirst: true } });
    const { AppId } = emu.store.createJob({
      AppName: 'many',
      NamespaceId: 'cn-hangzhou:e2e',
      PackageType: 'Image',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/many:1',
      Replicas: '1',
      Workload: 'job',
      Cpu: '1000',
      Memory: '2048',
    });
    emu.store.jobs.get(AppId)!.tags = { 'saejob-set': 'default' };
    // Eleven change orders a minute apart; the last one still runs.
    for (let i = 0; i < 11; i++) {
      clock += 61_000;
      emu.store.updateJob({ AppId, Replicas: '1' });
    }
    clock += 1_000;
    const r = await cli(emu, ['plan', manifestDir({ 'a.yaml': jobYaml('many') })]);
    expect(r.stdout).toMatch(/… wait many/);
    expect(emu.counters().requests.ListChangeOrders).toBe(2);
  });
});

describe('offline rules that agree with the SDK text', () => {
  const check = async (yaml: string) => {
    const { validateManifests, parseManifestText } = await import('../src/index.js');
    return validateManifests(parseManifestText('x.yaml', yaml)).diagnostics;
  };
  it('a label value is 1–128 characters; a label key holds no http:// or https://', async () => {
    const d = await check(
      jobYaml('labelled').replace(
        '  name: labelled\n',
        '  name: labelled\n  labels:\n    team: ""\n    "see-https://x": "y"\n',
      ),
    );
    expect(d.map((x) => `${x.line}:${x.col} ${x.field}`)).toEqual([
      '6:11 metadata.labels.team',
      '7:5 metadata.labels.see-https://x',
    ]);
    expect(d[0]!.message).toBe('must not be empty');
  });
  it('a ConfigMap name with - or . relies on one reading of the API: a warning that names the safe form', async () => {
    const d = await check(
      'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: app-settings\n  namespace: cn-hangzhou:e2e\ndata:\n  a: "1"\n',
    );
    expect(d).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'configmap/name-reading', line: 4, col: 9 }),
    ]);
    expect(d[0]!.message).toContain('("appsettings") is safe under both');
    expect(
      await check(
        'apiVersion: saejob/v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:e2e\ndata:\n  a: "1"\n',
      ),
    ).toEqual([]);
  });
  it('a request whose query string would pass the gateway’s limit is refused offline, at its largest value', async () => {
    const big = 'v'.repeat(20_000);
    const d = await check(jobYaml('large', { extraTemplate: `    env: [{ name: BIG, value: "${big}" }]\n` }));
    expect(d).toEqual([expect.objectContaining({ rule: 'request/too-long', field: 'spec.template.env[0].value' })]);
    expect(d[0]!.message).toContain('Put large values in a ConfigMap');
    // A value from the environment is only known at compile: the exact request is checked there.
    const { compileManifests } = await import('../src/pipeline/compile/compile-files.js');
    const r = compileManifests(
      [
        manifestDir({
          'a.yaml': jobYaml('large', { extraTemplate: '    env: [{ name: BIG, value: "${env:BIG}" }]\n' }),
        }),
      ],
      { env: { BIG: big } },
    );
    expect(r.diagnostics.map((x) => x.rule)).toEqual(['request/too-long']);
    expect(r.compiled).toEqual([]);
  });
  it('autoConfig: true outside the region’s default namespace is an error: SAE would put the job elsewhere', async () => {
    const d = await check(jobYaml('auto', { extraSpec: '  network: { autoConfig: true }\n' }));
    expect(d).toEqual([
      expect.objectContaining({ rule: 'network-auto-config-namespace', field: 'spec.network.autoConfig' }),
    ]);
  });
  it('with autoConfig in the default namespace, a job SAE moves there is found, not created again', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, autoConfigIgnoresNamespace: true } });
    const dir = manifestDir({
      'a.yaml': jobYaml('auto', { namespace: 'cn-hangzhou', extraSpec: '  network: { autoConfig: true }\n' }),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(emu.store.jobs.size).toBe(1);
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });
});
