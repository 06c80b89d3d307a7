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
