// The emulator driven by @alicloud/pop-core directly (not saejob's client):
// every operation, the signature checks, SAE's validation codes, each fault.
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import popCore from '@alicloud/pop-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/emulator-entry.js';

const { ROAClient } = popCore as any;
const KEY = { accessKeyId: 'test-key', accessKeySecret: 'test-secret' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function client(url: string, over: Record<string, unknown> = {}) {
  return new ROAClient({ endpoint: url, apiVersion: '2019-05-06', ...KEY, ...over });
}

const base = (name: string, extra: Record<string, string | number> = {}) => ({
  AppName: name,
  NamespaceId: 'cn-hangzhou:test',
  PackageType: 'Image',
  ImageUrl: 'registry/a:1',
  Replicas: 2,
  Workload: 'job',
  Cpu: 1000,
  Memory: 2048,
  ...extra,
});

async function fails(p: Promise<unknown>): Promise<{ code: string; statusCode: number }> {
  try {
    await p;
  } catch (e: any) {
    return { code: e.code, statusCode: e.statusCode };
  }
  throw new Error('expected the call to fail');
}

let now = Date.parse('2026-11-27T12:00:00Z');
let emu: Emulator;
let c: any;

beforeAll(async () => {
  emu = await startEmulator({
    credentials: [KEY, { accessKeyId: 'sts-key', accessKeySecret: 'sts-secret', securityToken: 'sts-token' }],
    namespaces: ['cn-hangzhou:test', 'cn-hangzhou:other'],
    configMaps: [{ ConfigMapId: 16, Name: 'settings', NamespaceId: 'cn-hangzhou:test', Data: { 'db-host': 'x' } }],
    behaviour: { changeOrderMs: 10_000, runMs: 60_000, failRuns: ['fails'] },
    now: () => now,
  });
  c = client(emu.url);
});
afterAll(() => emu.close());

describe('emulator operations over pop-core', () => {
  let appId: string;
  let changeOrderId: string;

  it('CreateJob with query and form body returns AppId and ChangeOrderId', async () => {
    const r = await c.post(
      '/pop/v1/sam/job/createJob',
      base('report', {
        Envs: '[{"name":"A","value":"x y+z&é"}]',
        TriggerConfig: '{"type":"time","config":"0 1 * * ?","timezone":"GMT+8:00"}',
        MountDesc: '[{"mountPath":"/data","nasPath":"/"}]',
        NasId: 'n1',
        MountHost: 'h',
      }),
      `ConfigMapMountDesc=${encodeURIComponent('[{"configMapId":16,"key":"db-host","mountPath":"/etc/app"}]')}&OssAkSecret=hidden`,
      FORM,
    );
    expect(r).toMatchObject({ Code: '200', Message: 'success', Success: true });
    expect(r.RequestId).toBeTruthy();
    expect(r.TraceId).toBeTruthy();
    appId = r.Data.AppId;
    changeOrderId = r.Data.ChangeOrderId;
    expect(appId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('DescribeChangeOrder moves 0 → 1 → 2 over the configured time', async () => {
    const status = async () =>
      (await c.get('/pop/v1/sam/changeorder/DescribeChangeOrder', { ChangeOrderId: changeOrderId })).Data.Status;
    expect(await status()).toBe(0);
    now += 5_000;
    expect(await status()).toBe(1);
    now += 5_000;
    expect(await status()).toBe(2);
  });

  it('DescribeJob returns its quirks: JSON strings, PascalCase mount arrays, the OSS secret, no request-only fields', async () => {
    const d = (await c.get('/pop/v1/sam/job/describeJob', { AppId: appId })).Data;
    expect(d).toMatchObject({
      AppId: appId,
      AppName: 'report',
      NamespaceId: 'cn-hangzhou:test',
      RegionId: 'cn-hangzhou',
      Cpu: 1000,
      Memory: 2048,
      Replicas: 2,
      Suspend: false,
    });
    expect(d.Envs).toBe('[{"name":"A","value":"x y+z&é"}]');
    expect(typeof d.TriggerConfig).toBe('string');
    expect(d.ConfigMapMountDesc).toEqual([
      { ConfigMapId: 16, ConfigMapName: 'settings', Key: 'db-host', MountPath: '/etc/app' },
    ]);
    expect(d.MountDesc).toEqual([{ MountPath: '/data', NasPath: '/' }]);
    expect(typeof d.NasConfigs).toBe('string');
    expect(d.OssAkSecret).toBe('hidden');
    for (const requestOnly of ['Workload', 'AutoConfig', 'EnableImageAccl']) expect(d).not.toHaveProperty(requestOnly);
  });

  it('ListJobs pages, matches names loosely, and reports Mem', async () => {
    for (let i = 0; i < 5; i++) await c.post('/pop/v1/sam/job/createJob', base(`report-${i}`), '', FORM);
    const all = (
      await c.get('/pop/v1/sam/job/listJobs', {
        Workload: 'job',
        NamespaceId: 'cn-hangzhou:test',
        PageSize: 4,
        CurrentPage: 2,
      })
    ).Data;
    expect(all).toMatchObject({ CurrentPage: 2, PageSize: 4, TotalSize: 6 });
    expect(all.Applications).toHaveLength(2);
    expect(all.Applications[0]).toMatchObject({ Cpu: 1000, Mem: 2048 });
    const named = (await c.get('/pop/v1/sam/job/listJobs', { Workload: 'job', AppName: 'report', PageSize: 200 })).Data;
    expect(named.TotalSize).toBe(6); // a substring match, like SAE's search
    expect((await fails(c.get('/pop/v1/sam/job/listJobs', { PageSize: 201 }))).code).toBe('InvalidParameter.Obviously');
  });

  it('UpdateJob changes, clears with "" and "[]", and refuses create-only fields', async () => {
    const r = await c.post(
      '/pop/v1/sam/job/updateJob',
      { AppId: appId, Replicas: '3', Envs: '[]', NasId: '', MountHost: '', MountDesc: '' },
      '',
      FORM,
    );
    expect(r.Data.AppId).toBe(appId);
    const d = (await c.get('/pop/v1/sam/job/describeJob', { AppId: appId })).Data;
    expect(d.Replicas).toBe(3);
    expect(d).not.toHaveProperty('Envs');
    expect(d).not.toHaveProperty('MountDesc');
    expect(await fails(c.post('/pop/v1/sam/job/updateJob', { AppId: appId, Replicas: '1' }, '', FORM))).toEqual({
      code: 'Application.ChangerOrderRunning',
      statusCode: 400,
    });
    now += 10_000;
    // Cpu is not an UpdateJob parameter in the contract.
    expect((await fails(c.post('/pop/v1/sam/job/updateJob', { AppId: appId, Cpu: 2000 }, '', FORM))).code).toBe(
      'InvalidParameter',
    );
    expect(await fails(c.post('/pop/v1/sam/job/updateJob', { AppId: 'nope' }, '', FORM))).toEqual({
      code: 'InvalidAppId.NotFound',
      statusCode: 404,
    });
  });

  it('SuspendJob: Suspend=false suspends, as the SDK models document it (the default polarity)', async () => {
    const suspended = async () => (await c.get('/pop/v1/sam/job/describeJob', { AppId: appId })).Data.Suspend;
    expect((await c.get('/pop/v1/sam/job/suspendJob', { AppId: appId, Suspend: false })).Success).toBe(true);
    expect(await suspended()).toBe(true);
    await c.get('/pop/v1/sam/job/suspendJob', { AppId: appId, Suspend: true });
    expect(await suspended()).toBe(false);
    emu.setBehaviour({ suspendPolarity: 'true-suspends' });
    await c.get('/pop/v1/sam/job/suspendJob', { AppId: appId, Suspend: true });
    expect(await suspended()).toBe(true);
    emu.setBehaviour({ suspendPolarity: 'true-starts' });
    await c.get('/pop/v1/sam/job/suspendJob', { AppId: appId, Suspend: true });
  });

  it('ExecJob runs move through the states; an EventId starts one run only', async () => {
    const started = (await c.get('/pop/v1/sam/job/execJob', { AppId: appId, EventId: 'ev-1' })).Data;
    expect(started).toMatchObject({ Code: '200', Success: 'true' });
    const jobId = started.Data;
    expect((await c.get('/pop/v1/sam/job/execJob', { AppId: appId, EventId: 'ev-1' })).Data.Data).toBe(jobId);
    const st = async () => (await c.get('/pop/v1/sam/job/describeJobStatus', { AppId: appId, JobId: jobId })).Data;
    expect(await st()).toMatchObject({ JobId: jobId, State: '3', Active: 3 });
    now += 60_000;
    expect(await st()).toMatchObject({ State: '1', Succeeded: 3, Active: 0 });
    const hist = (await c.get('/pop/v1/sam/job/describeJobHistory', { AppId: appId, CurrentPage: 1, PageSize: 10 }))
      .Data;
    expect(hist.TotalSize).toBe(1);
    expect(hist.Jobs[0].JobId).toBe(jobId);
  });

  it('a run of a job configured to fail ends in state 2', async () => {
    const id = (await c.post('/pop/v1/sam/job/createJob', base('fails'), '', FORM)).Data.AppId;
    const jobId = (await c.get('/pop/v1/sam/job/execJob', { AppId: id })).Data.Data;
    now += 60_000;
    expect((await c.get('/pop/v1/sam/job/describeJobStatus', { AppId: id, JobId: jobId })).Data).toMatchObject({
      State: '2',
      Failed: 2,
    });
  });

  it('ListNamespacedConfigMaps', async () => {
    const d = (await c.get('/pop/v1/sam/configmap/listNamespacedConfigMaps', { NamespaceId: 'cn-hangzhou:test' })).Data;
    expect(d.ConfigMaps).toEqual([
      {
        ConfigMapId: 16,
        Name: 'settings',
        NamespaceId: 'cn-hangzhou:test',
        Description: '',
        Data: { 'db-host': 'x' },
        CreateTime: 0,
        UpdateTime: 0,
        RelateApps: [{ AppId: appId, AppName: 'report' }],
      },
    ]);
  });

  it('DeleteJob, then the job is gone', async () => {
    const r = await c.delete('/pop/v1/sam/job/deleteJob', { AppId: appId });
    expect(JSON.parse(r.Data)).toEqual({ msg: '', code: 200, success: true });
    expect(await fails(c.get('/pop/v1/sam/job/describeJob', { AppId: appId }))).toEqual({
      code: 'InvalidAppId.NotFound',
      statusCode: 404,
    });
    expect(await fails(c.get('/pop/v1/sam/changeorder/DescribeChangeOrder', { ChangeOrderId: 'nope' }))).toEqual({
      code: 'InvalidChangeOrder.NotFound',
      statusCode: 400,
    });
  });
});

describe('emulator signature checks', () => {
  it('accepts STS credentials with their token, refuses a wrong token', async () => {
    expect(
      (
        await client(emu.url, {
          accessKeyId: 'sts-key',
          accessKeySecret: 'sts-secret',
          securityToken: 'sts-token',
        }).get('/pop/v1/sam/job/listJobs', {})
      ).Success,
    ).toBe(true);
    expect(
      (
        await fails(
          client(emu.url, { accessKeyId: 'sts-key', accessKeySecret: 'sts-secret', securityToken: 'other' }).get(
            '/pop/v1/sam/job/listJobs',
            {},
          ),
        )
      ).code,
    ).toBe('InvalidSecurityToken.MismatchWithAccessKey');
  });
  it('refuses a bad signature, an unknown key, a wrong API version', async () => {
    expect(await fails(client(emu.url, { accessKeySecret: 'wrong' }).get('/pop/v1/sam/job/listJobs', {}))).toEqual({
      code: 'SignatureDoesNotMatch',
      statusCode: 400,
    });
    expect(await fails(client(emu.url, { accessKeyId: 'who' }).get('/pop/v1/sam/job/listJobs', {}))).toEqual({
      code: 'InvalidAccessKeyId.NotFound',
      statusCode: 404,
    });
    expect((await fails(client(emu.url, { apiVersion: '2017-01-01' }).get('/pop/v1/sam/job/listJobs', {}))).code).toBe(
      'InvalidVersion',
    );
  });
  it('refuses a replayed nonce', async () => {
    const headers = { 'x-acs-signature-nonce': 'fixed-nonce-1' };
    expect((await c.get('/pop/v1/sam/job/listJobs', {}, headers)).Success).toBe(true);
    expect((await fails(c.get('/pop/v1/sam/job/listJobs', {}, headers))).code).toBe('SignatureNonceUsed');
  });
  it('refuses a date more than 15 minutes off', async () => {
    const date = new Date(Date.now() - 16 * 60_000).toUTCString();
    expect((await fails(c.get('/pop/v1/sam/job/listJobs', {}, { date }))).code).toBe('InvalidTimeStamp.Expired');
  });
  it('refuses a body changed after signing (content-md5)', async () => {
    // pop-core passes request options through to httpx last: swap the signed body.
    expect(
      (await fails(c.post('/pop/v1/sam/job/createJob', base('md5'), 'a=b', FORM, { data: Buffer.from('a=c') }))).code,
    ).toBe('InvalidContentMD5');
  });
});

describe('emulator validation mirrors SAE', () => {
  const create = (p: Record<string, unknown>, body = '') => fails(c.post('/pop/v1/sam/job/createJob', p, body, FORM));
  it.each([
    ['InvalidParameter.NotEmpty', { ...base('x'), PackageType: undefined }],
    ['InvalidParameter.NotEmpty', { ...base('x'), Replicas: undefined }],
    ['InvalidParameter.Obviously', { ...base('x'), Workload: 'app' }],
    ['InvalidParameter.Obviously', { ...base('x'), Envs: '{not json' }],
    ['InvalidInstanceSpecification.Unsupported', base('x', { Cpu: 4000, Memory: 1024 })],
    ['InvalidPackageType.NotFound', base('x', { PackageType: 'Zip' })],
    ['JarApplication.MissingJdk', base('x', { PackageType: 'FatJar', PackageUrl: 'u', PackageVersion: '1' })],
    [
      'WarApplication.MissingJdkWebcontainer',
      base('x', { PackageType: 'War', Jdk: 'Open JDK 8', PackageUrl: 'u', PackageVersion: '1' }),
    ],
    ['InvalidParameter.NotEmpty', base('x', { PackageType: 'PythonZip', PackageUrl: 'u' })],
    ['InvalidNamespace.WithUppercase', base('x', { NamespaceId: 'cn-hangzhou:Test' })],
    ['InvalidNamespaceId.NotFound', base('x', { NamespaceId: 'cn-hangzhou:nope' })],
    ['InvalidHostnameIp.Invalid', base('x', { CustomHostAlias: '[{"hostName":"a","ip":"999.1.1.1"}]' })],
    [
      'MountConflict.ConfigMap',
      base('x', {
        MountDesc: '[{"mountPath":"/a","nasPath":"/"},{"mountPath":"/a/","nasPath":"/b"}]',
        NasId: 'n',
        MountHost: 'h',
      }),
    ],
    [
      'VolumnPath.Conflict',
      base('x', {
        MountDesc: '[{"mountPath":"/a","nasPath":"/"}]',
        NasId: 'n',
        MountHost: 'h',
        SlsConfigs: '[{"logDir":"/a/x.log"}]',
      }),
    ],
    [
      'Sls.Config.User.Defined.Missing.Logstore.Info',
      base('x', { SlsConfigs: '[{"logDir":"","logType":"stdout","projectName":"p"}]' }),
    ],
    [
      'Sls.Config.User.Defined.Missing.Project.Info',
      base('x', { SlsConfigs: '[{"logDir":"","logType":"stdout","logstoreName":"s"}]' }),
    ],
    [
      'Sls.Config.Mixed.Multi.Project',
      base('x', {
        SlsConfigs:
          '[{"logDir":"","logType":"stdout","projectName":"p","logstoreName":"s"},{"logDir":"/l","projectName":"q","logstoreName":"s"}]',
      }),
    ],
    ['Sls.Project.Name.Invalid', base('x', { SlsConfigs: '[{"logDir":"","projectName":"sae-p","logstoreName":"s"}]' })],
    [
      'Sls.Logstore.Name.Invalid',
      base('x', { SlsConfigs: '[{"logDir":"","projectName":"p","logstoreName":"sae-s"}]' }),
    ],
    ['NotFound.ConfigMap', base('x', { Envs: '[{"name":"A","valueFrom":"configMapRef","configMapId":99,"key":"k"}]' })],
    [
      'NotFound.ConfigMapKey',
      base('x', { Envs: '[{"name":"A","valueFrom":"configMapRef","configMapId":16,"key":"nokey"}]' }),
    ],
  ])('%s', async (code, params) => {
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    expect((await create(clean)).code).toBe(code);
  });
  it('a duplicate name in a namespace is refused', async () => {
    await c.post('/pop/v1/sam/job/createJob', base('dup'), '', FORM);
    expect(await create(base('dup'))).toEqual({ code: 'Application.AlreadyExist', statusCode: 400 });
    expect(
      (await c.post('/pop/v1/sam/job/createJob', base('dup', { NamespaceId: 'cn-hangzhou:other' }), '', FORM)).Success,
    ).toBe(true);
  });
});

describe('emulator faults', () => {
  let f: Emulator;
  let fc: any;
  beforeAll(async () => {
    f = await startEmulator({ credentials: [KEY], behaviour: { changeOrderMs: 0 } });
    fc = client(f.url, { opts: { timeout: 2000 } });
  });
  afterAll(() => f.close());
  const list = () => fc.get('/pop/v1/sam/job/listJobs', {});

  it('throttling', async () => {
    f.setFaults({ throttleRate: 1 });
    expect(await fails(list())).toEqual({ code: 'Throttling.User', statusCode: 400 });
    f.setFaults({ throttleRate: 0 });
  });
  it('the 60-calls-a-minute limiter', async () => {
    f.setFaults({ callsPerMinute: 3 });
    for (let i = 0; i < 3; i++) await list();
    expect((await fails(list())).code).toBe('Throttling.User');
    f.setFaults({ callsPerMinute: 0 });
  });
  it('5xx', async () => {
    f.setFaults({ serverErrorRate: 1 });
    const e = await fails(list());
    expect([500, 503]).toContain(e.statusCode);
    f.setFaults({ serverErrorRate: 0 });
  });
  it('added latency', async () => {
    f.setFaults({ latencyMs: 150 });
    const t = Date.now();
    await list();
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    f.setFaults({ latencyMs: 0 });
  });
  it('a connection reset', async () => {
    f.setFaults({ resetRate: 1 });
    await expect(list()).rejects.toThrow(/socket hang up|ECONNRESET/);
    f.setFaults({ resetRate: 0 });
  });
  it('a write committed whose response is lost', async () => {
    f.setFaults({ lostResponseRate: 1, operations: ['CreateJob'] });
    await expect(fc.post('/pop/v1/sam/job/createJob', base('lost'), '', FORM)).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    f.setFaults({ lostResponseRate: 0, operations: [] });
    const found = (await fc.get('/pop/v1/sam/job/listJobs', { AppName: 'lost' })).Data;
    expect(found.TotalSize).toBe(1); // the job exists even though the caller never heard
    expect(f.counters()).toMatchObject({
      writes: { CreateJob: 1 },
      faults: { lostResponse: 1, reset: 1, throttle: 1, rateLimit: 1, serverError: 1 },
    });
  });
  it('faults and counters through the admin endpoint, behind the access key', async () => {
    const auth = {
      authorization: `Basic ${Buffer.from(`${KEY.accessKeyId}:${KEY.accessKeySecret}`).toString('base64')}`,
    };
    const set = await fetch(`${f.url}/__emulator/faults`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ throttleRate: 1 }),
    });
    expect((await set.json()).throttleRate).toBe(1);
    expect((await fails(list())).code).toBe('Throttling.User');
    await fetch(`${f.url}/__emulator/faults`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ throttleRate: 0 }),
    });
    const counters = await (await fetch(`${f.url}/__emulator/counters`, { headers: auth })).json();
    expect(counters.requests.ListJobs).toBeGreaterThan(5);
    // Without the key, or with a wrong one: nothing, and no stored secret.
    for (const headers of [
      {},
      { authorization: `Basic ${Buffer.from(`${KEY.accessKeyId}:wrong`).toString('base64')}` },
    ] as Record<string, string>[]) {
      const state = await fetch(`${f.url}/__emulator/state`, { headers });
      expect(state.status).toBe(401);
      expect(await state.text()).not.toContain('hidden');
    }
  });
});

describe('emulator state file', () => {
  it('survives a restart and is written whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saejob-state-'));
    const statePath = join(dir, 'state.json');
    const a = await startEmulator({ credentials: [KEY], statePath });
    const id = (await client(a.url).post('/pop/v1/sam/job/createJob', base('kept'), '', FORM)).Data.AppId;
    await a.close();
    expect(JSON.parse(readFileSync(statePath, 'utf8')).jobs[0].AppId).toBe(id);
    expect(existsSync(`${statePath}.${process.pid}.tmp`)).toBe(false);
    expect(statSync(statePath).mode & 0o777).toBe(0o600); // it holds OSS secrets
    const b = await startEmulator({ credentials: [KEY], statePath });
    expect((await client(b.url).get('/pop/v1/sam/job/describeJob', { AppId: id })).Data.AppName).toBe('kept');
    await b.close();
  });
});

describe('the emulator cannot be fooled or broken by its own inputs', () => {
  /** Send one request as it was captured (method, path, headers, body): a replay. */
  async function capture(
    url: string,
    call: (c: any) => Promise<unknown>,
  ): Promise<{ method: string; path: string; headers: Record<string, string>; body: Buffer }> {
    const { createServer } = await import('node:http');
    let seen: { method: string; path: string; headers: Record<string, string>; body: Buffer } | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d) => chunks.push(d));
      req.on('end', () => {
        seen = {
          method: req.method!,
          path: req.url!,
          headers: req.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"Success":true,"Data":{}}');
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    await call(client(`http://127.0.0.1:${(server.address() as { port: number }).port}`));
    await new Promise<void>((ok) => server.close(() => ok()));
    void url;
    return seen!;
  }
  const replay = (url: string, r: { method: string; path: string; headers: Record<string, string>; body: Buffer }) =>
    fetch(`${url}${r.path}`, {
      method: r.method,
      headers: Object.fromEntries(
        Object.entries(r.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
      ),
      body: r.method === 'GET' ? null : r.body.toString('utf8'),
    });

  it('with --state, a request captured before a restart is refused after it (its nonce was forgotten)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saejob-state-'));
    const statePath = join(dir, 'state.json');
    const a = await startEmulator({ credentials: [KEY], statePath });
    const create = await capture(a.url, (c) => c.post('/pop/v1/sam/job/createJob', base('replayed'), '', FORM));
    expect((await replay(a.url, create)).status).toBe(200);
    expect((await replay(a.url, create)).status).toBe(400); // the nonce, spent
    await a.close();
    // A second later (the Date header has whole seconds), the emulator starts again from its state.
    await new Promise((ok) => setTimeout(ok, 1100));
    const b = await startEmulator({ credentials: [KEY], statePath });
    const again = await replay(b.url, create);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('before this server started');
    await b.close();
  });

  it('keeps a nonce for as long as its request could be accepted: dated 14 minutes ahead, 29 minutes', async () => {
    const { NonceCache } = await import('../src/emulator/signature.js');
    const cache = new NonceCache();
    const min = 60_000;
    expect(cache.use('ahead', 0, 14 * min)).toBe(true);
    // Enough other nonces at minute 16 to make the cache evict what has expired.
    for (let i = 0; i < 10_001; i++) cache.use(`n${i}`, 16 * min);
    cache.use('trigger', 16 * min);
    expect(cache.use('ahead', 16 * min)).toBe(false);
    for (let i = 0; i < 10_001; i++) cache.use(`m${i}`, 30 * min);
    cache.use('trigger-2', 30 * min);
    expect(cache.use('ahead', 30 * min)).toBe(true);
  });

  it('refuses wrongly typed admin settings, and goes on serving', async () => {
    const auth = {
      authorization: `Basic ${Buffer.from(`${KEY.accessKeyId}:${KEY.accessKeySecret}`).toString('base64')}`,
      'content-type': 'application/json',
    };
    const bad = await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ throttleRate: 'lots', operations: 'CreateJob', nonsense: 1 }),
    });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('throttleRate takes a number from 0 to 1, not \\"lots\\"');
    expect(text).toContain('operations takes a list of names');
    expect(text).toContain('unknown setting nonsense');
    const behaviour = await fetch(`${emu.url}/__emulator/behaviour`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ suspendPolarity: 'sideways' }),
    });
    expect(behaviour.status).toBe(400);
    expect((await c.get('/pop/v1/sam/job/listJobs', { Workload: 'job' })).Success).toBe(true);
  });

  it('a --state file that is not the emulator’s is one clear error', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'saejob-state-'));
    for (const [name, text] of [
      ['garbage.json', 'not json at all'],
      ['wrong.json', '{"jobs": 3}'],
    ] as const) {
      writeFileSync(join(dir, name), text);
      await expect(startEmulator({ credentials: [KEY], statePath: join(dir, name) })).rejects.toThrow(
        `--state ${join(dir, name)}: not an emulator state file`,
      );
    }
  });
});
