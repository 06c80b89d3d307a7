// Units of the pure pipeline: cron, quantities, ${env:} references and their
// defaults, redaction, secret names, DescribeJob normalisation and planning,
// small checks, regions, reading files (BOM, U+FFFD, bad bytes), Kubernetes habits.
import { describe, expect, it } from 'vitest';
import { checkCron } from '../src/pipeline/validate/cron.js';
import { cpuMillicores, memoryMegabytes, isSupportedSpec } from '../src/pipeline/quantity.js';
import { expandEnvRefs, isWholeEnvRef } from '../src/pipeline/envref.js';
import { redactText, redactDeep, MASK } from '../src/pipeline/redact.js';
import { describedParams, normaliseParam } from '../src/pipeline/plan/live-job.js';
import { planJob, leafChanges, alignToDesired } from '../src/pipeline/plan/plan.js';
import { SaeError } from '../src/sae/errors.js';
import { nearest } from '../src/pipeline/suggest.js';
import { isIpAddress, isTimeZone } from '../src/pipeline/validate/rules.js';
import { manifestFromParams } from '../src/pipeline/export/export.js';
import { compileJob, loadManifests, parseManifestText, validateManifests } from '../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('cron', () => {
  it('finds schedules that never fire', () => {
    expect(checkCron('0 0 31 2 *')).toContain('never fires');
    expect(checkCron('0 0 30,31 2 ?')).toContain('never fires');
    expect(checkCron('0 0 31 4,6,9,11 *')).toContain('never fires');
    expect(checkCron('0 0 29 2 *')).toBeUndefined(); // leap years
    expect(checkCron('0 0 31 1-3 *')).toBeUndefined();
    expect(checkCron('0 0 31 2 MON')).toBeUndefined(); // the day of the week decides
  });
  it.each(['0 1 * * ?', '*/15 8-20 ? * MON-FRI', '0 0 1,15 * ?', '30 2 1 JAN,JUL ?', '0 */6 * * *', '0 0 ? * 0-7/2'])(
    'accepts %s',
    (c) => expect(checkCron(c)).toBeUndefined(),
  );
  it.each([
    ['0 1 * *', /4 fields/],
    ['60 * * * *', /minute value 60 is out of range 0-59/],
    ['0 24 * * *', /hour value 24/],
    ['0 0 0 * *', /day-of-month value 0/],
    ['0 0 * 13 *', /month value 13/],
    ['? * * * *', /only in day-of-month or day-of-week/],
    ['0 0 * * FRIDAY', /not a number or a name such as SUN/],
    ['0 5-1 * * *', /goes backwards/],
    ['*/0 * * * *', /step "0"/],
  ])('rejects %s', (c, why) => expect(checkCron(c)).toMatch(why));
});

describe('quantities and instance sizes', () => {
  it('cpu', () => {
    expect([
      cpuMillicores(1000),
      cpuMillicores('500m'),
      cpuMillicores('1'),
      cpuMillicores('0.5'),
      cpuMillicores('2.5'),
    ]).toEqual([1000, 500, 1000, 500, 2500]);
    expect([cpuMillicores('1 core'), cpuMillicores(0.5), cpuMillicores('0')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('memory', () => {
    expect([
      memoryMegabytes(2048),
      memoryMegabytes('2048Mi'),
      memoryMegabytes('2Gi'),
      memoryMegabytes('128Gi'),
    ]).toEqual([2048, 2048, 2048, 131072]);
    expect([memoryMegabytes('2GB'), memoryMegabytes('0Gi')]).toEqual([undefined, undefined]);
  });
  it('the table', () => {
    expect(isSupportedSpec(500, 1024)).toBe(true);
    expect(isSupportedSpec(12000, 12288)).toBe(true);
    expect(isSupportedSpec(4000, 1024)).toBe(false);
  });
});

describe('${env:NAME}', () => {
  it('expands, escapes and leaves shell text alone', () => {
    expect(expandEnvRefs('a${env:X}b $${env:X} $X ${X}', { X: '1' })).toEqual({
      value: 'a1b ${env:X} $X ${X}',
      missing: [],
      used: ['X'],
    });
    expect(expandEnvRefs('${env:NOPE}', {}).missing).toEqual(['NOPE']);
    expect(isWholeEnvRef('${env:OSS_AK_SECRET}')).toBe(true);
    expect(isWholeEnvRef('x${env:S}')).toBe(false);
  });
});

describe('${env:NAME:-default}', () => {
  it('takes the default only when the variable is unset, and a default is never a secret', () => {
    expect(expandEnvRefs('${env:TAG:-latest}', {})).toEqual({ value: 'latest', missing: [], used: [] });
    expect(expandEnvRefs('${env:TAG:-latest}', { TAG: '1.2' })).toEqual({ value: '1.2', missing: [], used: ['TAG'] });
    expect(expandEnvRefs('x${env:EMPTY:-}y', {})).toEqual({ value: 'xy', missing: [], used: [] });
    expect(isWholeEnvRef('${env:TAG:-latest}')).toBe(true);
    const c = compileJob(
      {
        apiVersion: 'saejob/v1',
        kind: 'Job',
        metadata: { name: 'd', namespace: 'cn-beijing:x' },
        spec: {
          replicas: 1,
          template: {
            image: { url: 'a/b:${env:TAG:-latest}' },
            resources: { cpu: 1000, memory: 2048 },
            env: [{ name: 'MODE', value: '${env:API_TOKEN:-dev-token}' }],
          },
        },
      } as never,
      {
        env: {},
      },
    );
    expect(c.findings).toEqual([]);
    expect(c.job!.params.ImageUrl).toBe('a/b:latest');
    expect(c.job!.secrets).toEqual([]);
  });
});

describe('redaction', () => {
  it('masks a secret as written, JSON-escaped and URL-encoded, longest first', () => {
    const s = 'p"a/s s+';
    expect(redactText(`a ${s} b`, [s])).toBe(`a ${MASK} b`);
    expect(redactText(JSON.stringify({ v: s }), [s])).toBe(`{"v":"${MASK}"}`);
    expect(redactText(encodeURIComponent(s), [s])).toBe(MASK);
    expect(redactDeep({ a: [s, 1] }, [s])).toEqual({ a: [MASK, 1] });
    expect(redactText('secret-long', ['secret', 'secret-long'])).toBe(MASK);
  });
});

describe('secret names', () => {
  it('a *_KEY is secret when the word before _KEY says so; SORT_KEY and CACHE_KEY are shown', async () => {
    const { SECRET_NAME } = await import('../src/pipeline/envref.js');
    for (const name of [
      'API_KEY',
      'STRIPE_API_KEY',
      'AWS_ACCESS_KEY',
      'ENCRYPTION_KEY',
      'JWT_SIGNING_KEY',
      'DB_PASSWORD',
      'GITHUB_TOKEN',
      'KEY',
      'OPENAI_KEY',
    ])
      expect(SECRET_NAME.test(name), name).toBe(true);
    for (const name of ['SORT_KEY', 'CACHE_KEY', 'PARTITION_KEY', 'PRIMARY_KEY_COLUMN', 'LOG_LEVEL', 'KEYBOARD'])
      expect(SECRET_NAME.test(name), name).toBe(false);
  });
});

describe('DescribeJob normalisation', () => {
  it('maps PascalCase arrays back and treats empties as unset', () => {
    const p = describedParams({
      AppId: 'x',
      ConfigMapMountDesc: [{ ConfigMapId: 16, ConfigMapName: 'n', Key: 'k', MountPath: '/m' }],
      MountDesc: [{ MountPath: '/d', NasPath: '/' }],
      Envs: '[]',
      Cpu: 1000,
      Tags: [],
    });
    expect(p).toEqual({
      ConfigMapMountDesc: '[{"configMapId":16,"key":"k","mountPath":"/m"}]',
      MountDesc: '[{"mountPath":"/d","nasPath":"/"}]',
      Envs: '[]',
      Cpu: 1000,
    });
    expect(normaliseParam('Envs', '[]')).toBeUndefined();
    expect(normaliseParam('TomcatConfig', '{}')).toBeUndefined();
    expect(normaliseParam('Replicas', '3')).toBe(3);
    expect(normaliseParam('Slice', 'true')).toBe(true);
    expect(normaliseParam('ImagePullSecrets', 10)).toBe('10');
  });

  it('an unchanged manifest plans as unchanged against what DescribeJob returns', () => {
    const text =
      'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: j, namespace: cn-beijing:x }\nspec:\n  replicas: 2\n  template:\n    image: { url: a/b:1 }\n    resources: { cpu: 1000, memory: 2048 }\n    volumes:\n      configMaps: [{ configMapId: 16, key: k, mountPath: /m }]\n';
    const job = compileJob(validateManifests(parseManifestText('t.yaml', text)).valid[0]!.manifest).job!;
    const described = describedParams({
      AppName: 'j',
      NamespaceId: 'cn-beijing:x',
      PackageType: 'Image',
      ImageUrl: 'a/b:1',
      Replicas: 2,
      Cpu: 1000,
      Memory: 2048,
      ConfigMapMountDesc: [{ ConfigMapId: 16, ConfigMapName: 'n', Key: 'k', MountPath: '/m' }],
      Envs: '[]',
      SlsConfigs: '',
    });
    expect(planJob('t.yaml', job, { appId: 'a', params: described, suspend: false }).action).toBe('unchanged');
    const changed = planJob('t.yaml', job, {
      appId: 'a',
      params: { ...described, Replicas: 1, Cpu: 2000 },
      suspend: false,
    });
    expect(changed.action).toBe('replace');
    expect(changed.changes).toEqual([{ param: 'Replicas', before: 1, after: 2 }]);
    expect(changed.replaceReasons).toEqual([{ param: 'Cpu', before: 2000, after: 1000 }]);
  });

  it('what SAE adds inside JSON parameters is not a difference; what it changes is', () => {
    expect(
      alignToDesired(
        [{ logDir: '', logType: 'stdout', logtailName: '', projectName: null }],
        [{ logDir: '', logType: 'stdout' }],
      ),
    ).toEqual([{ logDir: '', logType: 'stdout' }]);
    expect(alignToDesired({ configMapId: '16', readOnly: 'false' }, { configMapId: 16, readOnly: false })).toEqual({
      configMapId: 16,
      readOnly: false,
    });
    expect(alignToDesired({ port: 8081, extra: 'x' }, { port: 8080 })).toEqual({ port: 8081, extra: 'x' });
  });

  it('leaf changes inside JSON-valued parameters', () => {
    expect(
      leafChanges(
        [{ name: 'A', value: '1' }],
        [
          { name: 'A', value: '2' },
          { name: 'B', value: '3' },
        ],
      ),
    ).toEqual([
      { path: '[0].value', before: '1', after: '2' },
      { path: '[1]', before: undefined, after: { name: 'B', value: '3' } },
    ]);
  });

  it('export maps parameters back to a manifest that compiles to them', () => {
    const params = {
      AppName: 'j',
      NamespaceId: 'cn-beijing:x',
      PackageType: 'Image',
      ImageUrl: 'a/b:1',
      Replicas: 1,
      Cpu: 500,
      Memory: 1024,
      Envs: '[{"name":"DB_PASSWORD","value":"hunter2"},{"name":"MODE","value":"x"}]',
      CustomHostAlias: '[{"hostName":"a","ip":"10.0.0.1"},{"hostName":"b","ip":"10.0.0.1"}]',
      Workload: 'job',
    };
    const { manifest, secretVariables } = manifestFromParams(params, false);
    expect(secretVariables).toEqual(['DB_PASSWORD']);
    expect(JSON.stringify(manifest)).not.toContain('hunter2');
    expect(manifest.spec.template.hostAliases).toEqual([{ ip: '10.0.0.1', hostnames: ['a', 'b'] }]);
    const job = compileJob(manifest, { env: { DB_PASSWORD: 'hunter2' } }).job!;
    expect(job.params).toEqual(params);
    expect(job.secrets).toEqual(['hunter2']);
  });
});

describe('small checks', () => {
  it('did you mean', () => {
    expect(nearest('comand', ['command', 'args'])).toBe('command');
    expect(nearest('xyz', ['command', 'args'])).toBeUndefined();
  });
  it('IP addresses and time zones', () => {
    expect(['10.0.0.1', '::1', 'fe80::1', '2001:db8::8a2e:370:7334'].every(isIpAddress)).toBe(true);
    expect(['10.0.0.256', '1.2.3', 'abc', '::g'].some(isIpAddress)).toBe(false);
    // Each rejected on its own: a first octet of 256, and text the URL parser would take around an IPv6 address.
    for (const bad of ['256.1.1.1', '300.0.0.1', '::1]/x?[', '[::1]', '::1/64', 'fe80::1%eth0'])
      expect(isIpAddress(bad), bad).toBe(false);
    expect(['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Calcutta'].every(isTimeZone)).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
  });
});

describe('regions', () => {
  it('a region with no published SAE endpoint is a warning with a did-you-mean; known ones pass', () => {
    const doc = (ns: string) =>
      `apiVersion: saejob/v1\nkind: Job\nmetadata: { name: r, namespace: "${ns}" }\nspec:\n  replicas: 1\n  template:\n    image: { url: a/b:1 }\n    resources: { cpu: 1000, memory: 2048 }\n`;
    const typo = validateManifests(parseManifestText('r.yaml', doc('cn-hagzhou:prod'))).diagnostics;
    expect(typo.map((d) => [d.severity, d.rule, d.message.includes('did you mean cn-hangzhou?')])).toEqual([
      ['warning', 'region-known', true],
    ]);
    expect(validateManifests(parseManifestText('r.yaml', doc('ap-southeast-1:prod'))).diagnostics).toEqual([]);
  });

  it('a host name that does not resolve is not retried', () => {
    expect(new SaeError('network', 'ENOTFOUND', 'the host name does not resolve').retryable).toBe(false);
    expect(new SaeError('network', 'ECONNRESET', 'the connection was reset').retryable).toBe(true);
  });
});

describe('reading files', () => {
  const write = (bytes: Uint8Array | string) => {
    const dir = mkdtempSync(join(tmpdir(), 'saejob-read-'));
    writeFileSync(join(dir, 'job.yaml'), bytes);
    return join(dir, 'job.yaml');
  };
  const text = 'apiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: x\n  description: "REPLACE"\n';

  it('drops a byte order mark', () => {
    const loaded = loadManifests([write(`\ufeff${text}`)]);
    expect(loaded.diagnostics).toEqual([]);
    expect((loaded.sources[0]!.value as { kind: string }).kind).toBe('Job');
  });

  it('keeps a real U+FFFD, and points at a byte that is not UTF-8', () => {
    const real = loadManifests([write(text.replace('REPLACE', 'a \ufffd b'))]);
    expect(real.diagnostics).toEqual([]);
    expect((real.sources[0]!.value as { metadata: { description: string } }).metadata.description).toBe('a \ufffd b');
    const bytes = Buffer.from(text.replace('REPLACE', 'a ? b'));
    bytes[bytes.indexOf('?')] = 0xff;
    const bad = loadManifests([write(bytes)]);
    expect(bad.sources).toEqual([]);
    expect(bad.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['file/encoding', 5, 19]]);
  });
});

describe('Kubernetes habits', () => {
  it('each gets one message at its line that names the saejob form', () => {
    const text = `apiVersion: saejob/v1
kind: Job
metadata:
  name: habits
  namespace: cn-hangzhou:x
  annotations: { owner: me }
spec:
  replicas: 1
  activeDeadlineSeconds: 600
  parallelism: 2
  trigger: { schedule: "@daily" }
  template:
    image: { url: "r/a:1" }
    resources: { cpu: 1000, memory: 2048, limits: { cpu: "1" } }
    restartPolicy: Never
`;
    const d = validateManifests(parseManifestText('k.yaml', text)).diagnostics;
    expect(d.map((x) => `${x.line} ${x.field}`)).toEqual([
      '6 metadata.annotations',
      '9 spec.activeDeadlineSeconds',
      '10 spec.parallelism',
      '11 spec.trigger.schedule',
      '14 spec.template.resources.limits',
      '15 spec.template.restartPolicy',
    ]);
    const msg = (field: string) => d.find((x) => x.field === field)!.message;
    expect(msg('spec.activeDeadlineSeconds')).toContain('spec.timeoutSeconds');
    expect(msg('spec.parallelism')).toContain('spec.replicas');
    expect(msg('spec.trigger.schedule')).toContain('write "0 0 * * ?"');
    expect(msg('spec.template.resources.limits')).toContain('resources: { cpu: 1000, memory: 2Gi }');
    expect(msg('metadata.annotations')).toContain('metadata.labels');
    // image as Kubernetes writes it: one message, with the saejob form.
    const img = validateManifests(
      parseManifestText('i.yaml', text.replace('image: { url: "r/a:1" }', 'image: r/a:1')),
    ).diagnostics.filter((x) => x.field === 'spec.template.image');
    expect(img).toHaveLength(1);
    expect(img[0]!.message).toContain(`write image: { url: "r/a:1" }`);
  });

  it("configMapKeyRef and volumes take Kubernetes' name:, like envFrom; configMapName is read, with a warning", () => {
    const text = `apiVersion: saejob/v1
kind: Job
metadata:
  name: refs
  namespace: cn-hangzhou:x
spec:
  replicas: 1
  template:
    image: { url: "r/a:1" }
    resources: { cpu: 1000, memory: 2048 }
    env:
      - name: A
        valueFrom:
          configMapKeyRef: { name: cfg, key: k }
    envFrom:
      - configMapRef: { name: cfg }
    volumes:
      configMaps:
        - { name: cfg, key: app.properties, mountPath: /etc/cfg }
`;
    const findings = (t: string) => validateManifests(parseManifestText('r.yaml', t)).diagnostics;
    expect(findings(text)).toEqual([]);
    const old = findings(text.replaceAll('{ name: cfg, key', '{ configMapName: cfg, key'));
    expect(old.map((x) => `${x.severity} ${x.line} ${x.field} ${x.rule}`)).toEqual([
      'warning 14 spec.template.env[0].valueFrom.configMapKeyRef.configMapName configmap-name-spelling',
      'warning 19 spec.template.volumes.configMaps[0].configMapName configmap-name-spelling',
    ]);
    for (const x of old) expect(x.message).toContain('write name: cfg');
    const both = findings(text.replace('{ name: cfg, key: k', '{ name: cfg, configMapName: cfg, key: k'));
    expect(both.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual([
      'set only one of name or configMapName, not both',
    ]);
    // A misspelt choice: its did-you-mean is the one message.
    const typo = findings(text.replace('{ name: cfg, key: k', '{ configMapI: 16, key: k'));
    expect(typo.map((x) => x.message)).toEqual([
      'unknown field configMapI in spec.template.env.valueFrom.configMapKeyRef: did you mean configMapId?',
    ]);
    // Neither: the choice offered is the current spelling; an unrelated field is named as unknown too.
    const neither = findings(text.replace('{ name: cfg, key: k', '{ owner: cfg, key: k'));
    expect(neither.map((x) => x.message)).toEqual([
      'set one of configMapId or name',
      'unknown field owner in spec.template.env.valueFrom.configMapKeyRef: allowed fields are configMapId, key, name',
    ]);
  });
});
