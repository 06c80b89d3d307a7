// Every row of the mapping table (manifest.md §2), with the exact parameter
// values SAE receives, including the CreateJob page's own examples.
import { describe, expect, it } from 'vitest';
import { compileJob, updateRequest, parseManifestText, validateManifests, type SaeJob } from '../src/index.js';

function manifest(spec: string, metadata = '  name: job1\n  namespace: cn-beijing:test\n'): SaeJob {
  const text = `apiVersion: saejob/v1\nkind: Job\nmetadata:\n${metadata}spec:\n${spec}`;
  const parsed = parseManifestText('t.yaml', text);
  const v = validateManifests(parsed);
  expect(
    v.diagnostics.filter((d) => d.severity === 'error'),
    text,
  ).toEqual([]);
  return v.valid[0]!.manifest;
}

const IMAGE =
  '    image: { url: "registry.cn-beijing.aliyuncs.com/a/b:1" }\n    resources: { cpu: 1000, memory: 2048 }\n';
const spec = (extraSpec = '', extraTemplate = '', image = IMAGE) =>
  `  replicas: 3\n${extraSpec}  template:\n${image}${extraTemplate}`;

function compile(m: SaeJob, env: Record<string, string> = {}) {
  const { job, findings } = compileJob(m, { env });
  expect(findings).toEqual([]);
  return job!;
}
const params = (s: string, env: Record<string, string> = {}, md?: string) => compile(manifest(s, md), env).params;

describe('compile: CreateJob mapping', () => {
  it('identity, replicas, workload; nothing the manifest does not set', () => {
    const job = compile(
      manifest(spec(), '  name: job1\n  namespace: cn-beijing:test\n  description: Nightly report\n'),
    );
    expect(job.create).toEqual({
      operation: 'CreateJob',
      method: 'POST',
      path: '/pop/v1/sam/job/createJob',
      query: {
        AppName: 'job1',
        NamespaceId: 'cn-beijing:test',
        AppDescription: 'Nightly report',
        Replicas: 3,
        PackageType: 'Image',
        ImageUrl: 'registry.cn-beijing.aliyuncs.com/a/b:1',
        Cpu: 1000,
        Memory: 2048,
        Workload: 'job',
      },
      body: {},
    });
    expect(job.region).toBe('cn-beijing');
  });

  it('schedule trigger: the API page example, default timezone', () => {
    expect(params(spec('  trigger: { schedule: "0 1 */1 * ?" }\n')).TriggerConfig).toBe(
      '{"type":"time","config":"0 1 */1 * ?","timezone":"GMT+8:00"}',
    );
    expect(params(spec('  trigger: { schedule: "0 1 * * ?", timezone: "GMT-5:00" }\n')).TriggerConfig).toBe(
      '{"type":"time","config":"0 1 * * ?","timezone":"GMT-5:00"}',
    );
  });

  it('http trigger: the API page example from defaults, and every field', () => {
    expect(params(spec('  trigger: { http: {} }\n')).TriggerConfig).toBe(
      '{"type":"http","config":{"type":"HTTPS","method":["GET"],"ip":[],"referer":[],"securityConfig":"none"}}',
    );
    expect(
      params(
        spec(
          '  trigger: { http: { type: "HTTP&HTTPS", methods: [GET, POST], referer: [a.example.com], securityConfig: referer } }\n',
        ),
      ).TriggerConfig,
    ).toBe(
      '{"type":"http","config":{"type":"HTTP&HTTPS","method":["GET","POST"],"ip":[],"referer":["a.example.com"],"securityConfig":"referer"}}',
    );
  });

  it('policy, timeout, backoff, shards, refAppId', () => {
    const p = params(
      spec(
        '  concurrencyPolicy: Forbid\n  timeoutSeconds: 3600\n  backoffLimit: 0\n  shards: [0, 1, 2]\n  refAppId: 7171a6ca\n',
      ),
    );
    expect(p).toMatchObject({
      ConcurrencyPolicy: 'Forbid',
      Timeout: 3600,
      BackoffLimit: 0,
      Slice: true,
      SliceEnvs: '[0,1,2]',
      RefAppId: '7171a6ca',
    });
    expect(params(spec('  shards: [a, "1"]\n')).SliceEnvs).toBe('["a","1"]');
  });

  it('network', () => {
    expect(params(spec('  network: { vpcId: vpc-a1, vSwitchId: vsw-b2, securityGroupId: sg-c3 }\n'))).toMatchObject({
      VpcId: 'vpc-a1',
      VSwitchId: 'vsw-b2',
      SecurityGroupId: 'sg-c3',
    });
    // autoConfig puts the job in the region's default namespace (the SDK text): the manifest says so.
    expect(
      params(spec('  network: { autoConfig: true }\n'), {}, '  name: job1\n  namespace: cn-beijing\n').AutoConfig,
    ).toBe(true);
  });

  it('image with a private registry; AcrInstanceId and EnableImageAccl in the body', () => {
    const job = compile(
      manifest(
        spec(
          '',
          '',
          '    image: { url: "r.cr.aliyuncs.com/a/b:1", acrInstanceId: cri-abc, acrAssumeRoleArn: "acs:ram::123:role/r", pullSecretId: 10, acceleration: true }\n    resources: { cpu: 1000, memory: 2048 }\n',
        ),
      ),
    );
    expect(job.create.query).toMatchObject({
      PackageType: 'Image',
      ImageUrl: 'r.cr.aliyuncs.com/a/b:1',
      AcrAssumeRoleArn: 'acs:ram::123:role/r',
      ImagePullSecrets: '10',
    });
    expect(job.create.body).toEqual({ AcrInstanceId: 'cri-abc', EnableImageAccl: true });
  });

  it('FatJar with runtime and jar options', () => {
    const p = params(
      spec(
        '',
        '    runtime: { language: java, jdk: Dragonwell 11, edasContainerVersion: 3.5.3 }\n    jar: { startOptions: "-Xms4G -Xmx4G", startArgs: custom-option }\n',
        '    package: { type: FatJar, url: "http://myoss.oss-cn-hangzhou.aliyuncs.com/my-buc/2019-06-30/a.jar", version: 1.0.1 }\n    resources: { cpu: 1000, memory: 2048 }\n',
      ),
    );
    expect(p).toMatchObject({
      PackageType: 'FatJar',
      PackageUrl: 'http://myoss.oss-cn-hangzhou.aliyuncs.com/my-buc/2019-06-30/a.jar',
      PackageVersion: '1.0.1',
      ProgrammingLanguage: 'java',
      Jdk: 'Dragonwell 11',
      EdasContainerVersion: '3.5.3',
      JarStartOptions: '-Xms4G -Xmx4G',
      JarStartArgs: 'custom-option',
    });
    expect(p.ImageUrl).toBeUndefined();
  });

  it('War with Tomcat: the API page TomcatConfig example', () => {
    const p = params(
      spec(
        '',
        '    runtime: { jdk: Open JDK 8, webContainer: apache-tomcat-7.0.91 }\n    war: { startOptions: "catalina.sh run" }\n    tomcat: { port: 8080, contextPath: /, maxThreads: 400, uriEncoding: ISO-8859-1, useBodyEncodingForUri: true }\n',
        '    package: { type: War, url: "https://x/a.war", version: "1" }\n    resources: { cpu: 1000, memory: 2048 }\n',
      ),
    );
    expect(p).toMatchObject({
      PackageType: 'War',
      WebContainer: 'apache-tomcat-7.0.91',
      WarStartOptions: 'catalina.sh run',
      TomcatConfig:
        '{"port":8080,"contextPath":"/","maxThreads":400,"uriEncoding":"ISO-8859-1","useBodyEncodingForUri":true}',
    });
  });

  it('Python: runtime and modules as a string or joined lines', () => {
    const pkg =
      '    package: { type: PythonZip, url: "https://x/a.zip", version: 2 }\n    resources: { cpu: 1000, memory: 2048 }\n';
    expect(
      params(spec('', '    runtime: { python: PYTHON 3.9.15, pythonModules: [Flask==2.0, requests] }\n', pkg)),
    ).toMatchObject({ Python: 'PYTHON 3.9.15', PythonModules: 'Flask==2.0\nrequests', PackageVersion: '2' });
    expect(params(spec('', '    runtime: { pythonModules: Flask==2.0 }\n', pkg)).PythonModules).toBe('Flask==2.0');
  });

  it('PHP: PhpConfig in the body; IMAGE_PHP_* sends package.url as ImageUrl', () => {
    const job = compile(
      manifest(
        spec(
          '',
          '    php: { config: "k1=v1", configLocation: /usr/local/etc/php/php.ini }\n',
          '    package: { type: PhpZip, url: "https://x/a.zip" }\n    resources: { cpu: 1000, memory: 2048 }\n',
        ),
      ),
    );
    expect(job.create.body).toEqual({ PhpConfig: 'k1=v1' });
    expect(job.create.query).toMatchObject({
      PackageType: 'PhpZip',
      PackageUrl: 'https://x/a.zip',
      PhpConfigLocation: '/usr/local/etc/php/php.ini',
    });
    const img = params(
      spec(
        '',
        '',
        '    package: { type: IMAGE_PHP_7_3, url: "r/php:7.3" }\n    resources: { cpu: 1000, memory: 2048 }\n',
      ),
    );
    expect(img).toMatchObject({ PackageType: 'IMAGE_PHP_7_3', ImageUrl: 'r/php:7.3' });
    expect(img.PackageUrl).toBeUndefined();
  });

  it('resources: quantities converted', () => {
    const res = (cpu: string, mem: string) =>
      params(spec('', '', `    image: { url: a/b:1 }\n    resources: { cpu: ${cpu}, memory: ${mem} }\n`));
    expect(res('"500m"', '"1024Mi"')).toMatchObject({ Cpu: 500, Memory: 1024 });
    expect(res('"0.5"', '"2Gi"')).toMatchObject({ Cpu: 500, Memory: 2048 });
    expect(res('"2"', '4096')).toMatchObject({ Cpu: 2000, Memory: 4096 });
    expect(res('32000', '"128Gi"')).toMatchObject({ Cpu: 32000, Memory: 131072 });
  });

  it('command and args: the API page example', () => {
    const p = params(spec('', '    command: [echo, abc, ">", file0]\n'));
    expect(p.Command).toBe('echo');
    expect(p.CommandArgs).toBe('["abc",">","file0"]');
    expect(params(spec('', '    command: [python, run.py]\n    args: ["--day", yesterday]\n')).CommandArgs).toBe(
      '["run.py","--day","yesterday"]',
    );
    const single = params(spec('', '    command: [/app/run]\n'));
    expect(single.Command).toBe('/app/run');
    expect(single.CommandArgs).toBeUndefined();
  });

  it('env: values as strings (the API page example), ConfigMap keys, whole ConfigMaps', () => {
    expect(params(spec('', '    env: [{ name: envtmp, value: 0 }]\n')).Envs).toBe('[{"name":"envtmp","value":"0"}]');
    expect(
      params(
        spec(
          '',
          '    env:\n      - { name: FLAG, value: true }\n      - { name: DB, valueFrom: { configMapKeyRef: { configMapId: 16, key: db-host } } }\n    envFrom: [{ configMapRef: { configMapId: 17, name: test1 } }]\n',
        ),
      ).Envs,
    ).toBe(
      '[{"name":"FLAG","value":"true"},{"name":"DB","valueFrom":"configMapRef","configMapId":16,"key":"db-host"},{"name":"sae-sys-configmap-all-test1","valueFrom":"configMapRef","configMapId":17}]',
    );
  });

  it('hostAliases: one entry per host name (the API page example)', () => {
    expect(params(spec('', '    hostAliases: [{ ip: 127.0.0.1, hostnames: [samplehost] }]\n')).CustomHostAlias).toBe(
      '[{"hostName":"samplehost","ip":"127.0.0.1"}]',
    );
    expect(params(spec('', '    hostAliases: [{ ip: "::1", hostnames: [a.local, b.local] }]\n')).CustomHostAlias).toBe(
      '[{"hostName":"a.local","ip":"::1"},{"hostName":"b.local","ip":"::1"}]',
    );
  });

  it('lifecycle, grace period, timezone (the API page PreStop example)', () => {
    const p = params(
      spec(
        '',
        '    lifecycle:\n      postStart: { exec: { command: [sh, -c, "echo hello"] } }\n      preStop: { exec: { command: [sh, -c, "echo hello"] } }\n    terminationGracePeriodSeconds: 10\n    timezone: Asia/Shanghai\n',
      ),
    );
    expect(p).toMatchObject({
      PostStart: '{"exec":{"command":["sh","-c","echo hello"]}}',
      PreStop: '{"exec":{"command":["sh","-c","echo hello"]}}',
      TerminationGracePeriodSeconds: 10,
      Timezone: 'Asia/Shanghai',
    });
  });

  it('volumes: ConfigMaps (API page example) and OSS in the body, NAS in the query', () => {
    const job = compile(
      manifest(
        spec(
          '',
          '    volumes:\n      configMaps: [{ configMapId: 16, key: test, mountPath: /tmp }]\n      nas: { id: 10d3b4, mountHost: 10d3b4bc9.com, mounts: [{ mountPath: /data, nasPath: / }] }\n      oss:\n        accessKeyId: ${env:AK}\n        accessKeySecret: ${env:SK}\n        mounts:\n          - { bucket: oss-bucket, bucketPath: data/user.data, mountPath: /usr/data/user.data, readOnly: true }\n          - { bucket: oss-bucket, bucketPath: b/, mountPath: /b }\n',
        ),
      ),
      { AK: 'LTAIid', SK: 'top-secret' },
    );
    expect(job.create.body).toEqual({
      ConfigMapMountDesc: '[{"configMapId":16,"key":"test","mountPath":"/tmp"}]',
      OssAkId: 'LTAIid',
      OssAkSecret: 'top-secret',
      OssMountDescs:
        '[{"bucketName":"oss-bucket","bucketPath":"data/user.data","mountPath":"/usr/data/user.data","readOnly":true},{"bucketName":"oss-bucket","bucketPath":"b/","mountPath":"/b","readOnly":false}]',
    });
    expect(job.create.query).toMatchObject({
      NasId: '10d3b4',
      MountHost: '10d3b4bc9.com',
      MountDesc: '[{"mountPath":"/data","nasPath":"/"}]',
    });
    expect(job.secrets).toEqual(['top-secret']);
  });

  it('SLS logs: the API page examples', () => {
    expect(params(spec('', '    logs: { sls: [{ stdout: true }, { path: /tmp/a.log }] }\n')).SlsConfigs).toBe(
      '[{"logDir":"","logType":"stdout"},{"logDir":"/tmp/a.log"}]',
    );
    expect(
      params(
        spec(
          '',
          '    logs:\n      sls:\n        - { stdout: true, project: test-sls, logstore: sae1, logtail: t1 }\n        - { path: /tmp/a.log, project: test-sls, logstore: sae1 }\n',
        ),
      ).SlsConfigs,
    ).toBe(
      '[{"logDir":"","logType":"stdout","projectName":"test-sls","logstoreName":"sae1","logtailName":"t1"},{"logDir":"/tmp/a.log","projectName":"test-sls","logstoreName":"sae1"}]',
    );
  });

  it('suspend is not a parameter but travels with the job', () => {
    const job = compile(manifest(spec('  suspend: true\n')));
    expect(job.suspend).toBe(true);
    expect(job.params).not.toHaveProperty('Suspend');
  });

  it('region from metadata.region, else the namespace', () => {
    expect(compile(manifest(spec(), '  name: a\n  namespace: cn-hangzhou\n')).region).toBe('cn-hangzhou');
    expect(compile(manifest(spec(), '  name: a\n  namespace: cn-hangzhou:x\n  region: cn-hangzhou\n')).region).toBe(
      'cn-hangzhou',
    );
  });
});

describe('compile: ${env:NAME}', () => {
  const m = manifest(
    spec(
      '',
      '    env:\n      - { name: A, value: "${env:A_VALUE}" }\n      - { name: B, value: "$${env:NOT_ME} and $HOME and $${HOME}" }\n      - { name: C, value: "x${env:API_TOKEN}y" }\n',
    ),
  );

  it('replaces references, keeps $${ as a literal ${ and shell text as it is', () => {
    const job = compile(m, { A_VALUE: 'hello', API_TOKEN: 'tok123' });
    expect(JSON.parse(job.params.Envs as string)).toEqual([
      { name: 'A', value: 'hello' },
      { name: 'B', value: '${env:NOT_ME} and $HOME and ${HOME}' },
      { name: 'C', value: 'xtok123y' },
    ]);
    expect(job.secrets).toEqual(['tok123', 'xtok123y']); // a secret-looking variable's value is a secret, and so is the value holding it
    expect(job.secretEnvNames).toEqual(['C']);
  });

  it('an unset variable is a finding at the value that uses it', () => {
    const { job, findings } = compileJob(m, { env: {} });
    expect(job).toBeUndefined();
    expect(findings.map((f) => [f.path.join('.'), f.rule])).toEqual([
      ['spec.template.env.0.value', 'env-unset'],
      ['spec.template.env.2.value', 'env-unset'],
    ]);
    expect(findings[0]!.message).toContain('A_VALUE');
  });
});

describe('compile: UpdateJob', () => {
  it('sends AppId and the updatable parameters, Replicas as a string, and no clearing value it was not asked for', () => {
    const job = compile(
      manifest(
        spec('  network: { vpcId: vpc-a1 }\n', '    command: [run]\n'),
        '  name: a\n  namespace: cn-beijing:x\n  description: d\n',
      ),
    );
    const req = updateRequest('app-1', job.params);
    expect(req.operation).toBe('UpdateJob');
    expect(req.path).toBe('/pop/v1/sam/job/updateJob');
    expect(req.query).toEqual({
      AppId: 'app-1',
      Replicas: '3',
      ImageUrl: 'registry.cn-beijing.aliyuncs.com/a/b:1',
      Command: 'run',
    });
    expect(req.body).toEqual({});
    const clearing = updateRequest('app-1', job.params, ['CommandArgs', 'SlsConfigs', 'ConfigMapMountDesc', 'Cpu']);
    expect(clearing.query).toMatchObject({ CommandArgs: '[]', SlsConfigs: '' });
    expect(clearing.body).toEqual({ ConfigMapMountDesc: '[]' });
    expect(clearing.query).not.toHaveProperty('Cpu');
    for (const k of ['AppName', 'NamespaceId', 'VpcId', 'PackageType', 'Cpu', 'Memory', 'Workload', 'AppDescription'])
      expect(req.query).not.toHaveProperty(k);
  });
});

describe('IMAGE_PHP_* package jobs', () => {
  it('take the image registry settings (ACR, pull secret, acceleration) under package, as an image does', () => {
    const job = compile(
      manifest(
        spec(
          '',
          '',
          '    package: { type: IMAGE_PHP_7_3, url: "r.cr.aliyuncs.com/a/php:1", acrInstanceId: cri-abc, acrAssumeRoleArn: "acs:ram::1:role/r", pullSecretId: 10, acceleration: true }\n    resources: { cpu: 1000, memory: 2048 }\n',
        ),
      ),
    );
    expect(job.create.query).toMatchObject({
      PackageType: 'IMAGE_PHP_7_3',
      ImageUrl: 'r.cr.aliyuncs.com/a/php:1',
      AcrAssumeRoleArn: 'acs:ram::1:role/r',
      ImagePullSecrets: '10',
    });
    expect(job.create.body).toEqual({ AcrInstanceId: 'cri-abc', EnableImageAccl: true });
  });
});
