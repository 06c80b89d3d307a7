// saejob against the official SDK's contract (src/contract/sae-contract.json):
// what the compiler and client send, and what the emulator answers, must
// have the contract's names, placement, nesting and types. These tests fail
// when the code drifts from the contract, whatever the emulator thinks.
import { readdirSync, readFileSync } from 'node:fs';
import popCore from '@alicloud/pop-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileJob,
  loadManifests,
  parseManifestText,
  updateRequest,
  validateManifests,
  type CompiledRequest,
} from '../src/index.js';
import { startEmulator, type Emulator } from '../src/emulator-entry.js';
import {
  CONTRACT,
  JOB_PARAMS,
  JOB_PARAM_NOTES,
  CREATE_ONLY_PARAMS,
  REQUEST_ONLY_PARAMS,
  CLEARING_VALUES,
  operation,
  OPERATION_NAMES,
  type Shape,
} from '../src/contract/api.js';
import { contractViolation } from '../src/emulator/server.js';
import { applyEnvironments } from '../src/pipeline/environments/environments.js';
import { ROOT } from './helpers.js';

/** Where a value differs from a contract shape: wrong type, or a field the contract does not have. */
function shapeMismatches(value: unknown, shape: Shape, path = ''): string[] {
  if (typeof shape === 'string') {
    if (shape === 'any') return [];
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return actual === shape
      ? []
      : [`${path || '(root)'}: ${actual} ${JSON.stringify(value)?.slice(0, 60)}, contract says ${shape}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path}: not a list`];
    return value.flatMap((v, i) => shapeMismatches(v, shape[0]!, `${path}[${i}]`));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const field = shape[k] ?? shape['<key>'];
    if (field === undefined) out.push(`${path}.${k}: not in the contract`);
    else out.push(...shapeMismatches(v, field, `${path}.${k}`));
  }
  return out;
}

/** Where a request differs from the contract: unknown parameter, wrong placement, wrong type. */
function requestMismatches(req: CompiledRequest): string[] {
  const op = operation(req.operation);
  const out: string[] = [];
  if (req.method !== op.method || req.path !== op.path)
    out.push(`${req.operation}: ${req.method} ${req.path}, contract says ${op.method} ${op.path}`);
  for (const [where, params] of [
    ['query', req.query],
    ['body', req.body],
  ] as const) {
    for (const [name, value] of Object.entries(params)) {
      const spec = op.params[name];
      if (!spec) out.push(`${req.operation}.${name}: not a parameter`);
      else if (spec.in !== where) out.push(`${req.operation}.${name}: sent in the ${where}, contract says ${spec.in}`);
      else if (typeof value !== spec.type)
        out.push(`${req.operation}.${name}: ${typeof value}, contract says ${spec.type}`);
    }
  }
  return out;
}

// Every field of the schema at least once, over a few manifests (the
// mutually exclusive ones apart), plus the examples in manifests/.
const SINK = `apiVersion: saejob/v1
kind: Job
metadata: { name: sink, namespace: cn-beijing:test, description: every field }
spec:
  replicas: 2
  trigger: { schedule: "0 1 * * ?", timezone: "GMT+8:00" }
  concurrencyPolicy: Forbid
  timeoutSeconds: 60
  backoffLimit: 2
  shards: [0, 1]
  refAppId: ref-1
  suspend: true
  network: { vpcId: vpc-1, vSwitchId: vsw-1, securityGroupId: sg-1 }
  template:
    image: { url: a/b:1, acrInstanceId: cri-1, acrAssumeRoleArn: "acs:ram::1:role/x", pullSecretId: 7, acceleration: true }
    runtime: { language: java, jdk: Open JDK 8, webContainer: apache-tomcat-8.5.42, edasContainerVersion: "3.5.3", python: PYTHON 3.9.15, pythonModules: [a, b] }
    jar: { startOptions: -Xmx1g, startArgs: --x }
    war: { startOptions: -Dy }
    tomcat: { port: 8080, contextPath: /, maxThreads: 10, uriEncoding: UTF-8, useBodyEncodingForUri: true }
    php: { config: "x=1", configLocation: /etc/php.ini }
    resources: { cpu: 1000, memory: 2048, bestEffortType: spot }
    command: [run, a]
    args: [b]
    env:
      - { name: A, value: x }
      - { name: B, valueFrom: { configMapKeyRef: { configMapId: 1, key: k } } }
    envFrom: [{ configMapRef: { configMapId: 2, name: all } }]
    hostAliases: [{ ip: 10.0.0.1, hostnames: [db.internal] }]
    lifecycle: { postStart: { exec: { command: [a] } }, preStop: { exec: { command: [b] } } }
    terminationGracePeriodSeconds: 30
    timezone: Asia/Shanghai
    volumes:
      configMaps: [{ configMapId: 1, key: k, mountPath: /etc/c }]
      nas: { id: n1, mountHost: h.nas.aliyuncs.com, mounts: [{ mountPath: /n, nasPath: / }] }
      oss: { accessKeyId: ak, accessKeySecret: "\${env:OSS_SECRET}", mounts: [{ bucket: bkt, bucketPath: p/, mountPath: /o, readOnly: true }] }
    logs: { sls: [{ stdout: true }, { path: /var/log/x.log, project: p, logstore: s, logtail: t }] }
---
apiVersion: saejob/v1
kind: Job
metadata: { name: sink2, namespace: cn-beijing }
spec:
  replicas: 1
  trigger: { http: { type: HTTPS, methods: [GET], securityConfig: none } }
  network: { autoConfig: true }
  template:
    package: { type: IMAGE_PHP_7_3, url: a/php:1 }
    resources: { cpu: 1000, memory: 2048 }
    volumes:
      nasMounts: [{ id: n1, mountHost: h.nas.aliyuncs.com, nasPath: /, mountPath: /n, readOnly: true }]
---
apiVersion: saejob/v1
kind: Job
metadata: { name: sink3, namespace: cn-beijing:test }
spec:
  replicas: 1
  template:
    package: { type: FatJar, url: "https://x/a.jar", version: "1.10" }
    runtime: { jdk: Open JDK 8 }
    resources: { cpu: 1000, memory: 2048 }
`;

function compiledSink(withExamples = true) {
  const loaded = parseManifestText('sink.yaml', SINK);
  // The examples as validate sees them: environments' final manifests included.
  const examples = withExamples
    ? applyEnvironments(loadManifests([`${ROOT}manifests`]), { load: (p) => loadManifests(p) })
    : { sources: [], diagnostics: [] };
  const v = validateManifests({
    sources: [...loaded.sources, ...examples.sources],
    diagnostics: [...loaded.diagnostics, ...examples.diagnostics],
  });
  expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const env = {
    OSS_SECRET: 's',
    OSS_AK_ID: 'id',
    OSS_AK_SECRET: 's',
    BILLING_DB_PASSWORD: 'pw',
    REPORT_DB_PASSWORD: 'pw',
    ETL_API_TOKEN: 't',
  } as Record<string, string>;
  return v.valid.map(({ manifest }) => {
    const { job, findings } = compileJob(manifest, { env: new Proxy(env, { get: (t, k: string) => t[k] ?? 'x' }) });
    expect(findings).toEqual([]);
    return job!;
  });
}

describe('the table of SAE knowledge against the contract', () => {
  it('was copied from the reference unchanged (same operations as the SDK client)', () => {
    expect(CONTRACT.source).toMatch(/official TypeScript SDK for sae 2019-05-06/);
    for (const name of OPERATION_NAMES) expect(CONTRACT.operations[name], name).toBeDefined();
  });

  it('every CreateJob and UpdateJob parameter is reachable from a manifest or listed as unsupported with a reason', () => {
    const create = Object.keys(operation('CreateJob').params);
    const update = Object.keys(operation('UpdateJob').params);
    for (const name of new Set([...create, ...update])) {
      const p = JOB_PARAMS.get(name)!;
      expect(p.field ?? p.unsupported, `${name} has no manifest field and no reason`).toBeTruthy();
    }
    // ...and the table claims nothing the contract does not have.
    expect(Object.keys(JOB_PARAM_NOTES).sort()).toEqual([...new Set([...create, ...update])].sort());
  });

  it('derives create-only, request-only and placement from the contract', () => {
    expect([...CREATE_ONLY_PARAMS].sort()).toEqual([
      'AppDescription',
      'AppName',
      'AutoConfig',
      'Cpu',
      'Memory',
      'NamespaceId',
      'PackageType',
      'SecurityGroupId',
      'VSwitchId',
      'VpcId',
      'Workload',
    ]);
    // DescribeJob does not return these: comparing them would never settle.
    expect([...REQUEST_ONLY_PARAMS].sort()).toEqual(['AutoConfig', 'EnableImageAccl', 'Workload']);
    for (const [name, p] of JOB_PARAMS) {
      for (const op of ['CreateJob', 'UpdateJob'] as const) {
        const spec = operation(op).params[name];
        if (spec) expect(spec.in, `${op}.${name}`).toBe(p.in);
      }
    }
    for (const name of Object.keys(CLEARING_VALUES)) expect(operation('UpdateJob').params[name], name).toBeDefined();
  });
});

describe('what the compiler sends', () => {
  const jobs = compiledSink();

  it("every CreateJob and UpdateJob parameter has the contract's name, placement and type", () => {
    for (const job of jobs) {
      expect(requestMismatches(job.create), job.name).toEqual([]);
      expect(requestMismatches(updateRequest('app-1', job.params, Object.keys(CLEARING_VALUES))), job.name).toEqual([]);
    }
  });

  it('every parameter the table says a manifest sets is really set by some manifest', () => {
    const sent = new Set(jobs.flatMap((j) => [...Object.keys(j.create.query), ...Object.keys(j.create.body)]));
    for (const [name, p] of JOB_PARAMS)
      if (p.field && name !== 'AppId') expect(sent.has(name), `${name} (${p.field}) is never sent`).toBe(true);
  });

  it('would notice a drift (the checker itself can fail)', () => {
    const bad: CompiledRequest = {
      operation: 'UpdateJob',
      method: 'POST',
      path: '/pop/v1/sam/job/updateJob',
      query: { AppId: 'a', Replicas: 3, OssAkSecret: 's', Bogus: 1 },
      body: {},
    };
    expect(requestMismatches(bad)).toEqual([
      'UpdateJob.Replicas: number, contract says string',
      'UpdateJob.OssAkSecret: sent in the query, contract says body',
      'UpdateJob.Bogus: not a parameter',
    ]);
    expect(contractViolation('UpdateJob', { AppId: 'a', Cpu: '1000' }, {})).toMatch(
      /Cpu is not a parameter of UpdateJob/,
    );
    expect(contractViolation('CreateJob', { OssAkSecret: 'x' }, {})).toMatch(/OssAkSecret belongs in the request body/);
    expect(contractViolation('ListJobs', { PageSize: 'ten' }, {})).toMatch(/PageSize must be a number/);
    expect(shapeMismatches({ Code: '200', Data: 'manual-1' }, operation('ExecJob').response)).toEqual([
      '.Data: not an object',
    ]);
    expect(
      shapeMismatches(
        { Data: { Applications: [{ LastStartTime: '2026-11-28T00:00:00Z', Extra: 1 }] } },
        operation('ListJobs').response,
      ),
    ).toEqual([
      '.Data.Applications[0].LastStartTime: string "2026-11-28T00:00:00Z", contract says number',
      '.Data.Applications[0].Extra: not in the contract',
    ]);
  });
});

describe('what the emulator answers', () => {
  const { ROAClient } = popCore as any;
  const KEY = { accessKeyId: 'k', accessKeySecret: 's' };
  let emu: Emulator;
  let c: any;
  let now = Date.parse('2026-11-28T09:00:00Z');
  const responses = new Map<string, unknown[]>();
  const call = async (
    name: (typeof OPERATION_NAMES)[number],
    query: Record<string, unknown> = {},
    form?: Record<string, string>,
  ) => {
    const { method, path, reqBodyType } = operation(name);
    // The body in the encoding the contract gives the operation: a form, or one JSON object.
    const r = !form
      ? await c.request(method, path, query, '', {})
      : reqBodyType === 'json'
        ? await c.request(method, path, query, JSON.stringify(form), { 'content-type': 'application/json' })
        : await c.request(method, path, query, new URLSearchParams(form).toString(), {
            'content-type': 'application/x-www-form-urlencoded',
          });
    responses.set(name, [...(responses.get(name) ?? []), r]);
    return r;
  };

  beforeAll(async () => {
    emu = await startEmulator({
      credentials: [KEY],
      now: () => now,
      behaviour: { changeOrderMs: 1000, runMs: 1000 },
      secrets: [{ SecretId: 7, SecretName: 'registry', NamespaceId: 'cn-beijing:test' }],
      configMaps: [
        { ConfigMapId: 1, Name: 'c', NamespaceId: 'cn-beijing:test', Data: { k: 'v' } },
        { ConfigMapId: 2, Name: 'all', NamespaceId: 'cn-beijing:test', Data: { k: 'v' } },
      ],
    });
    c = new ROAClient({ endpoint: emu.url, apiVersion: '2019-05-06', ...KEY });
    // A job with every field, then every operation on it, running and finished.
    for (const job of compiledSink(false)) {
      const created = await call(
        'CreateJob',
        job.create.query,
        Object.fromEntries(Object.entries(job.create.body).map(([k, v]) => [k, String(v)])),
      );
      const appId = created.Data.AppId;
      await call('DescribeChangeOrder', { ChangeOrderId: created.Data.ChangeOrderId });
      await call('ListChangeOrders', { AppId: appId });
      await call('DescribeJob', { AppId: appId });
      const run = await call('ExecJob', { AppId: appId, EventId: `e-${job.name}` });
      const jobId = run.Data?.Data ?? run.Data; // whatever shape it has, the shape test below judges it
      await call('DescribeJobStatus', { AppId: appId, JobId: jobId });
      await call('ListJobs', { Workload: 'job', NamespaceId: 'cn-beijing:test' });
      now += 5000;
      await call('DescribeChangeOrder', { ChangeOrderId: created.Data.ChangeOrderId });
      await call('DescribeJobStatus', { AppId: appId, JobId: jobId });
      await call('DescribeJobHistory', { AppId: appId, CurrentPage: 1, PageSize: 10 });
      await call('ListJobs', { Workload: 'job', NamespaceId: 'cn-beijing:test' });
      await call('UpdateJob', { AppId: appId, Replicas: '2' });
      await call('SuspendJob', { AppId: appId, Suspend: false });
      await call('ListNamespacedConfigMaps', { NamespaceId: 'cn-beijing:test' });
      await call(
        'TagResources',
        {},
        {
          RegionId: 'cn-beijing',
          ResourceType: 'application',
          ResourceIds: JSON.stringify([appId]),
          Tags: JSON.stringify([{ key: 'team', value: 'data' }]),
        },
      );
      await call('ListJobs', { Workload: 'job', Tags: JSON.stringify([{ key: 'team', value: 'data' }]) });
      const cm = await call(
        'CreateConfigMap',
        { Name: `cm-${job.name.toLowerCase()}`, NamespaceId: 'cn-beijing:test', Description: 'd' },
        { Data: JSON.stringify({ k: 'v' }) },
      );
      await call(
        'UpdateConfigMap',
        { ConfigMapId: cm.Data.ConfigMapId, Description: 'e' },
        { Data: JSON.stringify({ k: 'w' }) },
      );
      await call('DescribeConfigMap', { ConfigMapId: cm.Data.ConfigMapId });
      await call('DeleteConfigMap', { ConfigMapId: cm.Data.ConfigMapId });
      await call('ListSecrets', { NamespaceId: 'cn-beijing:test' });
      await call('UntagResources', {
        RegionId: 'cn-beijing',
        ResourceType: 'application',
        ResourceIds: JSON.stringify([appId]),
        TagKeys: JSON.stringify(['team']),
      });
      now += 5000;
      await call('DeleteJob', { AppId: appId });
    }
  });
  afterAll(() => emu?.close());

  it.each([...OPERATION_NAMES])("%s: the contract's field names, nesting and types, nothing else", (name) => {
    const seen = responses.get(name) ?? [];
    expect(seen.length, `${name} was never called`).toBeGreaterThan(0);
    for (const r of seen) expect(shapeMismatches(r, operation(name).response)).toEqual([]);
  });

  it('carries what saejob reads, where the contract puts it', () => {
    const exec = responses.get('ExecJob')![0] as { Data: { Data: string; Success: string } };
    expect(exec.Data).toMatchObject({ Success: 'true', Data: expect.stringMatching(/^manual-/) });
    expect(JSON.parse((responses.get('DeleteJob')![0] as { Data: string }).Data)).toEqual({
      msg: '',
      code: 200,
      success: true,
    });
    const listed = responses.get('ListJobs')![1] as {
      Data: { Applications: Record<string, unknown>[] };
      TotalSize: number;
    };
    expect(listed.TotalSize).toBe(listed.Data.Applications.length);
    expect(listed.Data.Applications[0]).toMatchObject({
      LastChangeorderState: '1',
      LastStartTime: expect.any(Number),
      CompletionTime: expect.any(Number),
    });
    const described = (responses.get('DescribeJob')![0] as { Data: Record<string, unknown> }).Data;
    for (const field of REQUEST_ONLY_PARAMS) expect(described).not.toHaveProperty(field);
    expect(described).toMatchObject({ OssAkSecret: 's', BestEffortType: 'spot' });
  });

  it('the copy of the contract in the repository is the one the tests read', () => {
    const names = readdirSync(`${ROOT}src/contract`);
    expect(names).toContain('sae-contract.json');
    expect(JSON.parse(readFileSync(`${ROOT}src/contract/sae-contract.json`, 'utf8'))).toEqual(CONTRACT);
  });
});
