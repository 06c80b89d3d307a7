// Under injected faults (throttling, 5xx, resets, lost responses) applying
// 30 manifests ends with exactly the desired jobs, no duplicates, exit 0;
// a re-apply sends no writes.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, emulator, jobYaml, manifestDir, writes } from './cloud-helpers.js';

let emu: Emulator;
afterAll(() => emu?.close());

describe('apply under faults', () => {
  it('30 manifests: exactly the desired jobs, no duplicates, exit 0, then no writes', async () => {
    emu = await emulator({
      faults: { throttleRate: 0.2, serverErrorRate: 0.05, resetRate: 0.05, lostResponseRate: 0.2, seed: 42 },
    });
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`job-${i}.yaml`] = jobYaml(`job-${i}`, {
        replicas: 1 + (i % 3),
        extraTemplate: `    env: [{ name: INDEX, value: "${i}" }]\n`,
      });
    const dir = manifestDir(files);
    const env = { SAEJOB_RETRY_ATTEMPTS: '12' };
    const apply = await cli(emu, ['apply', '--yes', '--concurrency', '6', '--rate-limit', '60000', dir], env);
    expect(apply.code, apply.stdout.slice(-2000) + apply.stderr.slice(-2000)).toBe(0);
    const names = [...emu.store.jobs.values()].map((j) => j.params.AppName).sort();
    expect(names).toEqual(Array.from({ length: 30 }, (_, i) => `job-${i}`).sort());
    const counters = emu.counters();
    // The faults really happened (how many of each kind varies with timing).
    const injected = Object.values(counters.faults).reduce((a, b) => a + b, 0);
    expect(injected).toBeGreaterThan(20);
    expect(counters.faults.throttle).toBeGreaterThan(5);
    emu.setFaults({ throttleRate: 0, serverErrorRate: 0, resetRate: 0, lostResponseRate: 0 });
    emu.resetCounters();
    const again = await cli(emu, ['apply', '--yes', dir], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Apply: 30 unchanged.');
    expect(writes(emu)).toBe(0);
  }, 120_000);

  it("keeps to SAE's call rate once throttled", async () => {
    await emu?.close();
    // SAE's limiter, sped up: 10 calls in any 250 ms instead of 60 a minute;
    // saejob told to keep to 35 a second once throttled.
    const throttledAt: number[] = [];
    emu = await emulator({
      faults: { callsPerMinute: 10, rateWindowMs: 250 },
      log: (line) => line.includes('Throttling') && throttledAt.push(Date.now()),
    });
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`j${i}.yaml`] = jobYaml(`paced-${i}`);
    const r = await cli(emu, ['apply', '--yes', '--concurrency', '8', '--rate-limit', '2100', manifestDir(files)], {
      SAEJOB_RETRY_BASE_MS: '20',
      SAEJOB_RETRY_ATTEMPTS: '10',
    });
    expect(r.code, r.stdout.slice(-1500) + r.stderr.slice(-1500)).toBe(0);
    expect(emu.store.jobs.size).toBe(24);
    // Throttled, retried, and every job made. How the pace spaces calls is
    // tested with a fake clock (units), not the machine's speed.
    expect(throttledAt.length).toBeGreaterThan(0);
  }, 60_000);

  it('a CreateJob whose response is lost is looked up, not sent again', async () => {
    await emu?.close();
    emu = await emulator({ faults: { lostResponseRate: 1, operations: ['CreateJob'] } });
    const dir = manifestDir({ 'a.yaml': jobYaml('lost-one') });
    const apply = await cli(emu, ['apply', '--yes', dir]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stderr).toContain('lost-one: CreateJob outcome unknown');
    expect(apply.stderr).toContain('the lost CreateJob went through');
    expect(emu.counters().writes).toEqual({ CreateJob: 1, TagResources: 1 });
    expect(emu.counters().requests.CreateJob).toBe(1);
    expect([...emu.store.jobs.values()].filter((j) => j.params.AppName === 'lost-one')).toHaveLength(1);
  });

  it('a 5xx on CreateJob that did not commit is retried after a look-up', async () => {
    await emu?.close();
    emu = await emulator({ faults: { serverErrorCount: 3, operations: ['CreateJob'] } });
    const dir = manifestDir({ 'a.yaml': jobYaml('flaky') });
    const apply = await cli(emu, ['apply', '--yes', dir], { SAEJOB_RETRY_BASE_MS: '50', SAEJOB_RETRY_ATTEMPTS: '12' });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(emu.counters().writes).toEqual({ CreateJob: 1, TagResources: 1 });
    expect(emu.counters().requests.CreateJob).toBe(4);
    // the plan's listing, one look before each new try, one after the creates (no namesake), and the change-order watcher's
    expect(emu.counters().requests.ListJobs).toBeGreaterThanOrEqual(1 + 3 + 1 + 1);
  });
});

describe('retry lines', () => {
  it('name the job and its own region, also when --endpoint sends every region to one place', async () => {
    emu = await emulator();
    const dir = manifestDir({
      'a.yaml': jobYaml('job-hz'),
      'b.yaml': jobYaml('job-bj', { namespace: 'cn-beijing:e2e' }),
    });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    for (const [file, other, line] of [
      ['a.yaml', 'b.yaml', /DescribeJob for job-hz \(cn-hangzhou\): \S+, trying again/],
      ['b.yaml', 'a.yaml', /DescribeJob for job-bj \(cn-beijing\): \S+, trying again/],
    ] as const) {
      emu.setFaults({ serverErrorCount: 1, operations: ['DescribeJob'] });
      // Both regions in one run: the first region's client must not answer for the second.
      const plan = await cli(emu, ['plan', '--concurrency', '1', join(dir, file), join(dir, other)]);
      expect(plan.code, plan.stderr).toBe(0);
      expect(plan.stderr).toMatch(line);
    }
  });
});
