// The emulator driven by Alibaba Cloud's official OpenAPI client
// (@alicloud/openapi-core, the runtime every generated SDK client calls),
// in both signature styles real SAE accepts from it: the V3 default
// (ACS3-HMAC-SHA256) and `signatureAlgorithm: 'v2'` (ROA v1 without
// Content-MD5, chunked bodies). The SAE client itself (@alicloud/sae20190506)
// is not on the registry this machine reaches; what it adds over
// openapi-core is, per operation, the Params below — action, version, path,
// method, ROA, body type — which are taken here from the contract the SDK
// was generated from, and which parameters go in the query or the body.
// Signing is the official library's throughout, never saejob's own.
import { createRequire } from 'node:module';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, operation, type Operation } from '../src/contract/api.js';
import { startEmulator, type Emulator } from '../src/emulator-entry.js';

const require = createRequire(import.meta.url);
const core = require('@alicloud/openapi-core') as any;
const OpenApiClient = core.default;
const { $OpenApiUtil, OpenApiUtil } = core;
const dara = require('@darabonba/typescript') as any;

const KEY = { accessKeyId: 'sdk-key', accessKeySecret: 'sdk-secret' };
let emu: Emulator;
let host: string;
beforeAll(async () => {
  emu = await startEmulator({ credentials: [KEY], behaviour: { changeOrderMs: 30, runMs: 30 } });
  host = new URL(emu.url).host;
});
afterAll(() => emu.close());

type Style = 'v3' | 'v2';

/** What a generated SAE client method does: split the request by the contract, then callApi with the operation's Params. */
function sdk(style: Style, secret = KEY.accessKeySecret) {
  const client = new OpenApiClient(
    new $OpenApiUtil.Config({
      accessKeyId: KEY.accessKeyId,
      accessKeySecret: secret,
      endpoint: host,
      protocol: 'HTTP',
      regionId: 'cn-hangzhou',
      ...(style === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
    }),
  );
  return async (op: Operation, input: Record<string, string | number | boolean>) => {
    const spec = operation(op);
    const query: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) (spec.params[k]!.in === 'body' ? body : query)[k] = String(v);
    const params = new $OpenApiUtil.Params({
      action: op,
      version: '2019-05-06',
      protocol: 'HTTP',
      pathname: spec.path,
      method: spec.method,
      authType: 'AK',
      style: 'ROA',
      reqBodyType: spec.reqBodyType,
      bodyType: 'json',
    });
    const req = new $OpenApiUtil.OpenApiRequest({
      query: OpenApiUtil.query(query),
      ...(Object.keys(body).length ? { body: OpenApiUtil.parseToMap(body) } : {}),
    });
    const res = await client.callApi(params, req, new dara.RuntimeOptions({ autoretry: false }));
    return res.body as Record<string, unknown> & { Data: Record<string, unknown> };
  };
}

const waitForChangeOrder = async (call: ReturnType<typeof sdk>, id: string) => {
  for (let i = 0; i < 200; i++) {
    const { Data } = await call('DescribeChangeOrder', { ChangeOrderId: id });
    if (Data.Status === 2) return Data;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`change order ${id} did not finish`);
};

describe.each(['v3', 'v2'] as const)('the official OpenAPI client, signature %s', (style) => {
  it('goes through a job’s life: create, change order, list, describe, update, run, status, history, suspend, delete', async () => {
    const call = sdk(style);
    const name = `sdk-${style}`;
    const created = await call('CreateJob', {
      AppName: name,
      NamespaceId: 'cn-hangzhou:sdk',
      PackageType: 'Image',
      ImageUrl: 'registry.cn-hangzhou.aliyuncs.com/acme/sdk:1',
      Cpu: 1000,
      Memory: 2048,
      Replicas: 1,
      Workload: 'job',
      Envs: JSON.stringify([{ name: 'GREETING', value: 'hello world & more' }]),
      TriggerConfig: JSON.stringify({ type: 'time', config: '0 1 * * ?', timezone: 'Asia/Shanghai' }),
    });
    expect(created).toMatchObject({ Success: true, Code: '200' });
    const appId = created.Data.AppId as string;
    expect(typeof appId).toBe('string');
    expect((await waitForChangeOrder(call, created.Data.ChangeOrderId as string)).ChangeOrderId).toBe(
      created.Data.ChangeOrderId,
    );

    const listed = await call('ListJobs', {
      Workload: 'job',
      NamespaceId: 'cn-hangzhou:sdk',
      CurrentPage: 1,
      PageSize: 10,
    });
    expect((listed.Data.Applications as { AppName: string }[]).map((a) => a.AppName)).toContain(name);

    const described = await call('DescribeJob', { AppId: appId });
    expect(described.Data).toMatchObject({ AppId: appId, AppName: name, Cpu: 1000, Memory: 2048, Replicas: 1 });
    expect(JSON.parse(described.Data.Envs as string)).toEqual([{ name: 'GREETING', value: 'hello world & more' }]);

    const updated = await call('UpdateJob', {
      AppId: appId,
      Replicas: '2',
      Envs: JSON.stringify([{ name: 'GREETING', value: 'hi' }]),
    });
    await waitForChangeOrder(call, updated.Data.ChangeOrderId as string);
    expect((await call('DescribeJob', { AppId: appId })).Data.Replicas).toBe(2);

    const exec = await call('ExecJob', { AppId: appId, EventId: `ev-${style}` });
    expect(exec.Data).toMatchObject({ Success: 'true' });
    const jobId = (exec.Data as { Data: string }).Data;
    expect(typeof jobId).toBe('string');
    const status = await call('DescribeJobStatus', { AppId: appId, JobId: jobId });
    expect(status.Data.JobId).toBe(jobId);
    const history = await call('DescribeJobHistory', { AppId: appId, CurrentPage: 1, PageSize: 10 });
    expect((history.Data.Jobs as { JobId: string }[]).map((j) => j.JobId)).toContain(jobId);

    // Which value pauses the job is contested (see the README); either way it flips.
    await call('SuspendJob', { AppId: appId, Suspend: false });
    const suspendedOnce = (await call('DescribeJob', { AppId: appId })).Data.Suspend;
    await call('SuspendJob', { AppId: appId, Suspend: true });
    expect((await call('DescribeJob', { AppId: appId })).Data.Suspend).toBe(!suspendedOnce);

    // A JSON-body operation: the ConfigMap's Data travels as a JSON string inside a JSON object.
    const cm = await call('CreateConfigMap', {
      Name: `settings-${style}`,
      NamespaceId: 'cn-hangzhou:sdk',
      Data: JSON.stringify({ LEVEL: 'info', 'app.conf': 'a = 1' }),
    });
    const cmId = cm.Data.ConfigMapId as number;
    expect(typeof cmId).toBe('number');
    await call('UpdateConfigMap', { ConfigMapId: cmId, Data: JSON.stringify({ LEVEL: 'debug' }) });
    expect((await call('DescribeConfigMap', { ConfigMapId: cmId })).Data).toMatchObject({
      Name: `settings-${style}`,
      Data: { LEVEL: 'debug' },
    });
    await call('DeleteConfigMap', { ConfigMapId: cmId });

    const deleted = await call('DeleteJob', { AppId: appId });
    expect(deleted.Success).toBe(true);
    await expect(call('DescribeJob', { AppId: appId })).rejects.toMatchObject({
      code: expect.stringMatching(/NotFound|InvalidAppId/),
    });
  });

  it('a wrong secret is refused with SignatureDoesNotMatch', async () => {
    await expect(
      sdk(style, 'not-the-secret')('ListJobs', {
        Workload: 'job',
        NamespaceId: 'cn-hangzhou:sdk',
        CurrentPage: 1,
        PageSize: 10,
      }),
    ).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

// Replays and stale dates need the same signed request twice, or one signed
// long ago: built here with the official library's signing functions.
interface Raw {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
function send(r: Raw): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const [hostname, port] = host.split(':');
    const req = httpRequest(
      { hostname, port: Number(port), method: r.method, path: r.path, headers: r.headers },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, code: res.statusCode === 200 ? undefined : JSON.parse(text).Code }),
        );
      },
    );
    req.on('error', reject);
    req.end(r.body ?? '');
  });
}

function signed(style: Style, opts: { date?: Date } = {}): Raw {
  const pathname = operation('ListJobs').path;
  const query = { Workload: 'job', NamespaceId: 'cn-hangzhou:sdk', CurrentPage: '1', PageSize: '10' };
  const path = `${pathname}?${new URLSearchParams(query).toString()}`;
  const date = opts.date ?? new Date();
  if (style === 'v3') {
    const headers: Record<string, string> = {
      host,
      'x-acs-action': 'ListJobs',
      'x-acs-version': '2019-05-06',
      'x-acs-date': date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'x-acs-signature-nonce': OpenApiUtil.getNonce(),
      'x-acs-content-sha256': OpenApiUtil.hash(Buffer.from(''), 'ACS3-HMAC-SHA256').toString('hex'),
    };
    headers.authorization = OpenApiUtil.getAuthorization(
      { pathname, method: 'GET', query, headers },
      'ACS3-HMAC-SHA256',
      headers['x-acs-content-sha256'],
      KEY.accessKeyId,
      KEY.accessKeySecret,
    );
    return { method: 'GET', path, headers };
  }
  const headers: Record<string, string> = {
    date: date.toUTCString(),
    host,
    accept: 'application/json',
    'x-acs-signature-nonce': OpenApiUtil.getNonce(),
    'x-acs-signature-method': 'HMAC-SHA1',
    'x-acs-signature-version': '1.0',
    'x-acs-version': '2019-05-06',
    'x-acs-action': 'ListJobs',
  };
  headers.authorization = `acs ${KEY.accessKeyId}:${OpenApiUtil.getROASignature(OpenApiUtil.getStringToSign({ method: 'GET', pathname, query, headers }), KEY.accessKeySecret)}`;
  return { method: 'GET', path, headers };
}

describe.each(['v3', 'v2'] as const)('requests signed by the official library, %s', (style) => {
  it('a replayed nonce is refused, the first use is not', async () => {
    const r = signed(style);
    expect(await send(r)).toEqual({ status: 200, code: undefined });
    expect(await send(r)).toEqual({ status: 400, code: 'SignatureNonceUsed' });
  });

  it('a date 20 minutes off is refused', async () => {
    expect(await send(signed(style, { date: new Date(Date.now() - 20 * 60_000) }))).toEqual({
      status: 400,
      code: 'InvalidTimeStamp.Expired',
    });
  });

  it('a body that does not match what was signed is refused', async () => {
    const pathname = operation('UpdateJob').path;
    const body = 'AppId=x&Replicas=2';
    if (style === 'v3') {
      const headers: Record<string, string> = {
        host,
        'content-type': 'application/x-www-form-urlencoded',
        'x-acs-action': 'UpdateJob',
        'x-acs-version': '2019-05-06',
        'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'x-acs-signature-nonce': OpenApiUtil.getNonce(),
        'x-acs-content-sha256': OpenApiUtil.hash(Buffer.from(body), 'ACS3-HMAC-SHA256').toString('hex'),
      };
      headers.authorization = OpenApiUtil.getAuthorization(
        { pathname, method: 'POST', query: {}, headers },
        'ACS3-HMAC-SHA256',
        headers['x-acs-content-sha256'],
        KEY.accessKeyId,
        KEY.accessKeySecret,
      );
      expect(await send({ method: 'POST', path: pathname, headers, body: 'AppId=x&Replicas=9' })).toEqual({
        status: 400,
        code: 'SignatureDoesNotMatch',
      });
    } else {
      const headers: Record<string, string> = {
        date: new Date().toUTCString(),
        host,
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
        'content-md5': require('node:crypto').createHash('md5').update(body).digest('base64'),
        'x-acs-signature-nonce': OpenApiUtil.getNonce(),
        'x-acs-signature-method': 'HMAC-SHA1',
        'x-acs-signature-version': '1.0',
        'x-acs-version': '2019-05-06',
      };
      headers.authorization = `acs ${KEY.accessKeyId}:${OpenApiUtil.getROASignature(OpenApiUtil.getStringToSign({ method: 'POST', pathname, query: {}, headers }), KEY.accessKeySecret)}`;
      expect(await send({ method: 'POST', path: pathname, headers, body: 'AppId=x&Replicas=9' })).toEqual({
        status: 400,
        code: 'InvalidContentMD5',
      });
    }
  });
});

it('the contract this test takes its Params from is the SDK’s', () => {
  expect(CONTRACT.source).toMatch(/sae20190506|2019-05-06/);
});
