// What the official SDK's contract says SAE does, end to end through the
// CLI against the emulator: each case is a way the old notes were wrong.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_JOB, cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';
import { createJobSafely } from '../src/sae/apply.js';
import { SaeError } from '../src/sae/errors.js';
import { parseManifestText, validateManifests } from '../src/index.js';
import type { Emulator } from '../src/emulator-entry.js';
import type { Operation } from '../src/contract/api.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** Requests the emulator handled, with their parameters. */
function recorder() {
  const seen: { op: Operation; query: Record<string, string>; body: Record<string, string> }[] = [];
  return {
    seen,
    onRequest: (op: Operation, query: Readonly<Record<string, string>>, body: Readonly<Record<string, string>>) =>
      void seen.push({ op, query: { ...query }, body: { ...body } }),
  };
}

describe('ExecJob answers inside Data', () => {
  it('run reads the JobId from Data.Data and waits for it', async () => {
    emu = await emulator();
    await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('runner') })]);
    const r = await cli(emu, ['run', 'runner', '--namespace', 'cn-hangzhou:e2e', '--wait', '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ jobId: expect.stringMatching(/^manual-/), state: 'succeeded' });
  });

  it('run passes the per-run parameters ExecJob takes that no manifest holds', async () => {
    const seen: Record<string, string>[] = [];
    emu = await emulator({ onRequest: (op, query) => void (op === 'ExecJob' && seen.push({ ...query })) });
    await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('per-run') })]);
    const r = await cli(emu, [
      'run',
      'per-run',
      '--namespace',
      'cn-hangzhou:e2e',
      '--jar-start-args=--day 1',
      '--jar-start-options=-Xmx1g',
      '--war-start-options=-Dx=y',
      '--time',
      '1733380000',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(seen[0]).toMatchObject({
      JarStartArgs: '--day 1',
      JarStartOptions: '-Xmx1g',
      WarStartOptions: '-Dx=y',
      Time: '1733380000',
    });
  });

  it('Success "false" is a failure that shows Msg, and no run starts', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, runMs: 50, refuseRuns: ['refused'] } });
    await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('refused') })]);
    const r = await cli(emu, ['run', 'refused', '--namespace', 'cn-hangzhou:e2e', '--wait', '--event-id', 'ci-42']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('SAE did not start a run of refused: the job cannot be started now (emulated refusal)');
    expect(r.stderr).toContain('--event-id ci-42');
    expect(r.stderr).not.toContain('internal error');
    expect(emu.store.runs).toHaveLength(0);
  });
});

describe('request-only fields are not compared', () => {
  it('image.acceleration (EnableImageAccl, which DescribeJob does not return) is in sync after apply', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('accl').replace(
        'image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/accl:1" }',
        'image: { url: "registry.cn-hangzhou.aliyuncs.com/acme/accl:1", acceleration: true }',
      ),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('1 unchanged');
    emu.resetCounters();
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    expect(writes(emu)).toBe(0);
  });
});

describe('a CreateJob whose response is lost', () => {
  it('finds its change order with ListChangeOrders and finishes in seconds', async () => {
    emu = await emulator({ faults: { lostResponseRate: 1, operations: ['CreateJob'] } });
    const r = await cli(emu, ['apply', '--yes', '--timeout', '10m', manifestDir({ 'a.yaml': jobYaml('lost') })]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/change order \S+ found with ListChangeOrders\n\s+change order \S+ succeeded/);
    expect(emu.counters().requests.ListChangeOrders).toBe(1);
    expect(emu.counters().requests.CreateJob).toBe(1);
  });

  it('without ListChangeOrders, follows LastChangeorderState ("1" succeeded)', async () => {
    emu = await emulator({
      faults: { lostResponseRate: 1, operations: ['CreateJob'], unavailable: ['ListChangeOrders'] },
    });
    const r = await cli(emu, ['apply', '--yes', '--timeout', '10m', manifestDir({ 'a.yaml': jobYaml('lost2') })], {
      SAEJOB_RETRY_ATTEMPTS: '2',
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('change order (from the job listing) succeeded');
    expect(emu.counters().faults.unavailable).toBe(2);
  });

  it('a failed change order shows as "0" in the listing: failed, not waited for', async () => {
    emu = await emulator({
      behaviour: { changeOrderMs: 20, runMs: 50, changeOrderOutcome: 'fail' },
      faults: { lostResponseRate: 1, operations: ['CreateJob'], unavailable: ['ListChangeOrders'] },
    });
    const r = await cli(emu, ['apply', '--yes', '--timeout', '10m', manifestDir({ 'a.yaml': jobYaml('lost3') })], {
      SAEJOB_RETRY_ATTEMPTS: '2',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("the job's last change order failed (from the job listing");
  });
});

describe('apply --replace after an asynchronous DeleteJob', () => {
  it('waits until the old job is gone, then creates the new one', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, runMs: 50, deleteMs: 300 } });
    const dir = manifestDir({ 'a.yaml': jobYaml('moved') });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('moved', { cpu: 2000, memory: 4096 }));
    const r = await cli(emu, ['apply', '--yes', '--replace', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/DeleteJob sent: AppId \S+\n\s+AppId \S+ is gone\n\s+CreateJob sent/);
    const jobs = [...emu.store.jobs.values()].filter((j) => j.params.AppName === 'moved');
    expect(jobs.map((j) => j.params.Cpu)).toEqual(['2000']);
  });

  it('the emulator refuses a job of the same name while the old one is being deleted (what the wait avoids)', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 0, runMs: 50, deleteMs: 60_000 } });
    const p = {
      AppName: 'x',
      ...CONSOLE_JOB,
    };
    const { AppId } = emu.store.createJob(p);
    emu.store.deleteJob({ AppId });
    expect(() => emu!.store.createJob(p)).toThrow(/already exists/);
  });
});

describe('change orders', () => {
  it('SubStatus 1 (a batch failed) fails at once and shows ErrorMessage', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, runMs: 50, changeOrderOutcome: 'batch-failed' } });
    const started = Date.now();
    const r = await cli(emu, ['apply', '--yes', '--timeout', '10m', manifestDir({ 'a.yaml': jobYaml('batchy') })]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a batch failed: Batch 1 failed: instance health check failed');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('status', () => {
  it('shows run times as dates, not Unix seconds', async () => {
    emu = await emulator();
    await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': jobYaml('dated') })]);
    await cli(emu, ['run', 'dated', '--namespace', 'cn-hangzhou:e2e', '--wait']);
    const r = await cli(emu, ['status', 'dated', '--namespace', 'cn-hangzhou:e2e']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /succeeded\s+0\s+1\s+0\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/,
    );
    expect(r.stdout).not.toMatch(/\s1\d{9}\s/);
  });

  it("covers every job some manifests name, and shows an HTTP-triggered job's URLs (apply says them too)", async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('hooked', { extraSpec: '  trigger: { http: { methods: [POST] } }\n' }),
      'b.yaml': jobYaml('timed'),
      'c.yaml': jobYaml('not-yet'),
    });
    const apply = await cli(emu, ['apply', '--yes', join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(/HTTP trigger: https:\/\/\S+ \(public\), https:\/\/\S+ \(VPC\)/);
    const r = await cli(emu, ['status', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^hooked \(cn-hangzhou:e2e, AppId \S+\)\nHTTP trigger \(public\): https:\/\/\S+\nHTTP trigger \(VPC\): https:\/\/\S+\nno runs yet\n\ntimed \(cn-hangzhou:e2e, AppId \S+\)\nno runs yet\n\nnot-yet \(cn-hangzhou:e2e\): no such job yet \(apply its manifest\)\n$/,
    );
    const json = JSON.parse((await cli(emu, ['status', '-o', 'json', dir])).stdout);
    expect(json.jobs.map((j: { name: string }) => j.name)).toEqual(['hooked', 'timed', 'not-yet']);
    expect(json.jobs[0].webhookUrls[0]).toMatchObject({ network: 'public' });
  });
});

describe('UpdateJob clears only what the live job has', () => {
  it('sends no empty clearing values for settings the job never had, and clears one it had', async () => {
    const rec = recorder();
    emu = await emulator({ onRequest: rec.onRequest });
    const logs = '    logs: { sls: [{ stdout: true }] }\n';
    const dir = manifestDir({ 'a.yaml': jobYaml('clean', { extraTemplate: logs }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), jobYaml('clean', { replicas: 2, extraTemplate: logs }));
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const first = rec.seen.filter((r) => r.op === 'UpdateJob').at(-1)!;
    expect({ ...first.query, ...first.body }).toEqual({
      AppId: expect.any(String),
      Replicas: '2',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/clean:1',
      SlsConfigs: '[{"logDir":"","logType":"stdout"}]',
    });
    writeFileSync(join(dir, 'a.yaml'), jobYaml('clean', { replicas: 2 }));
    const plan = await cli(emu, ['plan', dir]);
    expect(plan.stdout).toContain('spec.template.logs.sls');
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const second = rec.seen.filter((r) => r.op === 'UpdateJob').at(-1)!;
    expect(second.query.SlsConfigs).toBe('');
    expect(
      Object.entries({ ...second.query, ...second.body })
        .filter(([, v]) => v === '' || v === '[]')
        .map(([k]) => k),
    ).toEqual(['SlsConfigs']);
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });
});

describe('NasConfigs and BestEffortType', () => {
  const nasMounts =
    '    volumes:\n      nasMounts:\n        - { id: n1, mountHost: a.nas.aliyuncs.com, nasPath: /, mountPath: /data, readOnly: true }\n        - { id: n2, mountHost: b.nas.aliyuncs.com, nasPath: /x, mountPath: /x }\n';
  const manifest = jobYaml('nasty', { extraTemplate: nasMounts }).replace(
    'resources: { cpu: 1000, memory: 2048 }',
    'resources: { cpu: 1000, memory: 2048, bestEffortType: spot }',
  );

  it('apply, plan unchanged, export, and the export plans unchanged too', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': manifest });
    const applied = await cli(emu, ['apply', '--yes', dir]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const job = [...emu.store.jobs.values()][0]!;
    expect(JSON.parse(job.params.NasConfigs!)).toEqual([
      { mountPath: '/data', readOnly: true, nasId: 'n1', mountDomain: 'a.nas.aliyuncs.com', nasPath: '/' },
      { mountPath: '/x', readOnly: false, nasId: 'n2', mountDomain: 'b.nas.aliyuncs.com', nasPath: '/x' },
    ]);
    expect(job.params.BestEffortType).toBe('spot');
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
    const exported = await cli(emu, ['export', 'nasty', '--namespace', 'cn-hangzhou:e2e']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('nasMounts:');
    expect(exported.stdout).toContain('bestEffortType: spot');
    const again = manifestDir({ 'a.yaml': exported.stdout });
    expect((await cli(emu, ['plan', '--detailed-exitcode', again])).code).toBe(0);
  });

  it('the older nas form stays in sync although SAE also reports it as NasConfigs', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('old-nas', {
        extraTemplate:
          '    volumes:\n      nas: { id: n1, mountHost: a.nas.aliyuncs.com, mounts: [{ mountPath: /data, nasPath: / }] }\n',
      }),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const plan = await cli(emu, ['plan', '--detailed-exitcode', dir]);
    expect(plan.code, plan.stdout).toBe(0);
    const exported = await cli(emu, ['export', 'old-nas', '--namespace', 'cn-hangzhou:e2e']);
    expect(exported.stdout).toContain('nas:');
    expect(exported.stdout).not.toContain('nasMounts');
  });
});

describe('SuspendJob, verified', () => {
  it('reads the job back and says nothing more when SAE did what the documented meaning says', async () => {
    emu = await emulator();
    const r = await cli(emu, [
      'apply',
      '--yes',
      manifestDir({ 'a.yaml': jobYaml('paused', { extraSpec: '  suspend: true\n' }) }),
    ]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('SuspendJob sent: Suspend=false; the job is suspended (read back)');
    expect([...emu.store.jobs.values()][0]!.Suspend).toBe(true);
  });

  it('corrects itself once when SAE does the opposite, and keeps the corrected meaning for the run', async () => {
    emu = await emulator({ behaviour: { changeOrderMs: 20, runMs: 50, suspendPolarity: 'true-suspends' } });
    const dir = manifestDir({
      'a.yaml': jobYaml('p1', { extraSpec: '  suspend: true\n' }),
      'b.yaml': jobYaml('p2', { extraSpec: '  suspend: true\n' }),
    });
    const r = await cli(emu, ['apply', '--yes', '--concurrency', '1', dir]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.match(/SAE reads the flag the other way/g)).toHaveLength(1);
    expect(r.stdout).toContain('SuspendJob sent: Suspend=true; the job is suspended (read back)');
    expect([...emu.store.jobs.values()].map((j) => j.Suspend)).toEqual([true, true]);
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });
});

describe('export of what a manifest cannot hold', () => {
  it('leaves out ProgrammingLanguage "other" with a message, and writes a valid manifest', async () => {
    emu = await emulator();
    emu.store.createJob({
      AppName: 'console',
      ...CONSOLE_JOB,
      ProgrammingLanguage: 'other',
    });
    const r = await cli(emu, ['export', 'console', '--namespace', 'cn-hangzhou:e2e']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('spec.template.runtime.language: SAE has "other", which a manifest cannot hold');
    expect(r.stdout).toContain('# Not exported: spec.template.runtime.language');
    const v = validateManifests(parseManifestText('x.yaml', r.stdout));
    expect(v.diagnostics).toEqual([]);
  });

  it('refuses, with the reasons, a job that cannot be a manifest at all', async () => {
    emu = await emulator();
    emu.store.createJob({
      AppName: 'odd',
      NamespaceId: 'cn-hangzhou:e2e',
      PackageType: 'Image',
      ImageUrl: 'a/b:1',
      Replicas: '1',
      Workload: 'job',
    });
    const r = await cli(emu, ['export', 'odd', '--namespace', 'cn-hangzhou:e2e']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('odd cannot be exported as a valid manifest');
    expect(r.stdout).toBe('');
  });
});

describe('CreateJob retried after an unknown outcome', () => {
  it('does not depend on a duplicate-name error code: any refusal is checked by a look-up', async () => {
    const job = { AppId: 'app-1', AppName: 'j', NamespaceId: 'ns' };
    let listings = 0;
    let sends = 0;
    const client = {
      send: async () => {
        sends++;
        throw sends === 1
          ? new SaeError('network', 'ECONNRESET', 'socket hang up')
          : new SaeError('api', 'Some.UndocumentedCode', 'exists', 400);
      },
      // The first look-up does not see the job yet; the second does.
      call: async (op: string) =>
        op === 'DescribeJob'
          ? { AppName: 'j', NamespaceId: 'ns', Replicas: 1, PackageType: 'Image' }
          : { Applications: listings++ === 0 ? [] : [job], TotalSize: listings === 1 ? 0 : 1 },
    };
    const planned = {
      namespace: 'ns',
      name: 'j',
      job: { params: { AppName: 'j', NamespaceId: 'ns', Replicas: 1, PackageType: 'Image', Workload: 'job' } },
    };
    const notes: string[] = [];
    const r = await createJobSafely(
      client as never,
      planned as never,
      { attempts: 4, baseMs: 0, maxMs: 0, sleep: async () => {} },
      (m) => notes.push(m),
    );
    expect(r).toEqual({ AppId: 'app-1' });
    expect(sends).toBe(2);
    // No tag, but exactly what was sent (one DescribeJob): the job this run made.
    expect(notes.at(-1)).toContain('an earlier CreateJob went through');
  });
});

describe('the client places parameters itself', () => {
  it('each where the contract puts it for the operation; a parameter the operation lacks is refused, nothing sent', async () => {
    const { SaeClient } = await import('../src/sae/client.js');
    // The emulator refuses a parameter sent in the wrong place (its contract check).
    emu = await emulator({
      configMaps: [{ ConfigMapId: 3, Name: 'settings', NamespaceId: 'cn-hangzhou:e2e', Data: { a: '1' } }],
    });
    const client = new SaeClient({
      endpoint: emu.url,
      credentials: { getCredentials: async () => ({ accessKeyId: 'e2e-key', accessKeySecret: 'e2e-secret' }) },
    });
    // Description in the query, Data in a JSON body; NamespaceId and Name in the query.
    const created = await client.call<{ ConfigMapId: number }>('CreateConfigMap', {
      Name: 'more',
      NamespaceId: 'cn-hangzhou:e2e',
      Description: 'd',
      Data: JSON.stringify({ b: '2' }),
    });
    await client.call('UpdateConfigMap', {
      ConfigMapId: created.ConfigMapId,
      Description: 'e',
      Data: JSON.stringify({ b: '3' }),
    });
    expect(await client.call('DescribeConfigMap', { ConfigMapId: created.ConfigMapId })).toMatchObject({
      Description: 'e',
      Data: { b: '3' },
    });
    emu.resetCounters();
    await expect(client.call('DescribeConfigMap', { ConfigMapId: 3, Cpu: 1000 })).rejects.toThrow(
      'DescribeConfigMap takes no parameter Cpu (sae-contract.json)',
    );
    expect(emu.counters().requests).toEqual({});
  });
});
