// `saejob emulator` as a user starts it: a subprocess that prints its URL,
// serves signed requests, keeps --state across restarts, stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import popCore from '@alicloud/pop-core';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers.js';

const { ROAClient } = popCore as any;

function startCli(args: string[]): Promise<{ url: string; stop: () => Promise<{ code: number | null; out: string }> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m)
        resolve({
          url: m[1]!,
          stop: () =>
            new Promise((done) => {
              child.on('close', (code) => done({ code, out }));
              child.kill('SIGTERM');
            }),
        });
    });
    child.on('error', reject);
    child.on('close', () => reject(new Error(`emulator exited early: ${out}`)));
  });
}

describe('saejob emulator (the command)', () => {
  it('serves signed requests with the given key, keeps --state, stops cleanly', async () => {
    const state = join(mkdtempSync(join(tmpdir(), 'saejob-emu-')), 'state.json');
    const key = { accessKeyId: 'cli-key', accessKeySecret: 'cli-secret' };
    const first = await startCli([
      '--access-key-id',
      key.accessKeyId,
      '--access-key-secret',
      key.accessKeySecret,
      '--state',
      state,
      '--verbose',
    ]);
    const c = new ROAClient({ endpoint: first.url, apiVersion: '2019-05-06', ...key });
    const created = await c.post(
      '/pop/v1/sam/job/createJob',
      {
        AppName: 'kept',
        NamespaceId: 'cn-hangzhou:x',
        PackageType: 'Image',
        ImageUrl: 'a/b:1',
        Replicas: 1,
        Workload: 'job',
        Cpu: 1000,
        Memory: 2048,
      },
      '',
      {},
    );
    const wrong = new ROAClient({
      endpoint: first.url,
      apiVersion: '2019-05-06',
      accessKeyId: 'emulator-key',
      accessKeySecret: 'emulator-secret',
    });
    await expect(wrong.get('/pop/v1/sam/job/listJobs', {})).rejects.toMatchObject({
      code: 'InvalidAccessKeyId.NotFound',
    });
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.out).toContain('CreateJob → 200');
    expect(stopped.out).toContain('saejob emulator stopped');
    const second = await startCli([
      '--access-key-id',
      key.accessKeyId,
      '--access-key-secret',
      key.accessKeySecret,
      '--state',
      state,
    ]);
    const c2 = new ROAClient({ endpoint: second.url, apiVersion: '2019-05-06', ...key });
    expect((await c2.get('/pop/v1/sam/job/describeJob', { AppId: created.Data.AppId })).Data.AppName).toBe('kept');
    await second.stop();
  });

  it('bad flags get a message, not a stack', async () => {
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'emulator', '--throttle-rate', '2']);
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, err }));
    });
    expect(r.code).toBe(1);
    expect(r.err).toBe('saejob: --throttle-rate takes a share from 0 to 1, not "2"\n');
  });
});

describe('saejob emulator --seed FILE', () => {
  it('starts with the jobs, ConfigMaps and Secrets of a file, manifests or SAE shapes', async () => {
    const { readSeed } = await import('../src/cli/commands/emulator-seed.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'saejob-seed-'));
    writeFileSync(
      join(dir, 'manifests.yaml'),
      'apiVersion: saejob/v1\nkind: Job\nmetadata: { name: console-job, namespace: "cn-hangzhou:e2e" }\nspec:\n  replicas: 1\n  template:\n    image: { url: "r/a:1" }\n    resources: { cpu: 1000, memory: 2048 }\n---\napiVersion: saejob/v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: "cn-hangzhou:e2e" }\ndata: { level: info }\n',
    );
    const fromManifests = readSeed(join(dir, 'manifests.yaml'));
    expect(fromManifests.jobs[0]!.params).toMatchObject({
      AppName: 'console-job',
      NamespaceId: 'cn-hangzhou:e2e',
      ImageUrl: 'r/a:1',
    });
    expect(fromManifests.jobs[0]!.tags).toBeUndefined(); // as the console makes it: no saejob-set tag
    expect(fromManifests.configMaps).toEqual([
      { ConfigMapId: 1, Name: 'settings', NamespaceId: 'cn-hangzhou:e2e', Description: '', Data: { level: 'info' } },
    ]);
    writeFileSync(
      join(dir, 'data.yaml'),
      'jobs:\n  - { AppName: legacy, NamespaceId: "cn-hangzhou:e2e", ImageUrl: "r/legacy:1", Cpu: 1000, Memory: 2048, Tags: { team: data } }\nsecrets:\n  - { SecretId: 5, SecretName: registry, NamespaceId: "cn-hangzhou:e2e" }\n',
    );
    const fromData = readSeed(join(dir, 'data.yaml'));
    expect(fromData.jobs[0]).toEqual({
      params: {
        Workload: 'job',
        PackageType: 'Image',
        Replicas: '1',
        AppName: 'legacy',
        NamespaceId: 'cn-hangzhou:e2e',
        ImageUrl: 'r/legacy:1',
        Cpu: '1000',
        Memory: '2048',
      },
      tags: { team: 'data' },
    });
    expect(fromData.secrets).toEqual([{ SecretId: 5, SecretName: 'registry', NamespaceId: 'cn-hangzhou:e2e' }]);
    writeFileSync(join(dir, 'bad.yaml'), 'jobs: 3\n');
    expect(() => readSeed(join(dir, 'bad.yaml'))).toThrow('jobs must be a list of objects');
  });
});
