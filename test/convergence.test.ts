// Converging on the SAE we cannot see: removing a field is a change (never
// `unchanged`), values SAE fills in are not, and apply checks that SAE took
// what it was sent. Every unknown of SAE's behaviour is played both ways by
// the emulator, and saejob converges or stops with a clear message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { JOB_PARAMS, removalOf } from '../src/sae/api.js';
import { planJob } from '../src/pipeline/plan.js';
import type { CompiledJob } from '../src/pipeline/compile.js';
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

const job = (params: CompiledJob['params']): CompiledJob => ({ name: 'j', namespace: 'cn-hangzhou:e2e', region: 'cn-hangzhou', create: { operation: 'CreateJob', method: 'POST', path: '/', query: {}, body: {} }, params, secrets: [], secretEnvNames: [] });

describe('removal is a change', () => {
  it('every manifest parameter says how its removal is made, and none plans as unchanged', () => {
    const seen: Record<string, string> = {};
    for (const param of JOB_PARAMS.keys()) {
      const how = removalOf(param);
      seen[param] = how.kind;
      if (how.kind === 'none' || how.kind === 'server') continue;
      // The manifest sets the parameter it follows (Slice for SliceEnvs), not this one.
      const desired = { AppName: 'j', NamespaceId: 'cn-hangzhou:e2e', ...(how.kind === 'follows' ? { [how.param]: sample(how.param) } : {}) };
      const live = { appId: 'a', params: { ...desired, [param]: sample(param) }, suspend: false, tags: { 'saejob-set': 'default' } };
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
    ).toEqual(['Slice', 'TerminationGracePeriodSeconds', 'Timezone'].filter((p) => seen[p]).sort((a, b) => [...JOB_PARAMS.keys()].indexOf(a) - [...JOB_PARAMS.keys()].indexOf(b)));
    expect(seen.TriggerConfig).toBe('replace');
    expect(seen.Envs).toBe('clear');
    expect(seen.VpcId).toBe('server');
  });

  it('values SAE fills in are not differences: Tomcat defaults, shell read back as other, the namespace’s network', () => {
    const desired = { AppName: 'j', NamespaceId: 'n', TomcatConfig: JSON.stringify({ port: 9090 }), ProgrammingLanguage: 'shell' };
    const live = {
      appId: 'a',
      params: { ...desired, TomcatConfig: JSON.stringify({ port: 9090, contextPath: '/', maxThreads: 400, uriEncoding: 'ISO-8859-1', useBodyEncodingForUri: true }), ProgrammingLanguage: 'other', VpcId: 'vpc-1', Timezone: 'Asia/Shanghai', TerminationGracePeriodSeconds: 30 },
      suspend: false,
      tags: { 'saejob-set': 'default' },
    };
    expect(planJob('f', job(desired), live).action).toBe('unchanged');
    // A default key the manifest does set to something else is a change.
    const other = planJob('f', job({ ...desired, TomcatConfig: JSON.stringify({ port: 9090, maxThreads: 100 }) }), live);
    expect(other.changes.map((c) => c.param)).toEqual(['TomcatConfig']);
  });

  it('removing the schedule, the shards and the timeout takes effect: Slice=false is sent, the rest is a replacement', async () => {
    emu = await emulator();
    const dir = manifestDir({ 'a.yaml': jobYaml('sharded', { extraSpec: '  shards: ["a", "b"]\n  trigger: { schedule: "0 1 * * ?" }\n  timeoutSeconds: 600\n' }) });
    expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
    const live = () => [...emu.store.jobs.values()].find((j) => j.params.AppName === 'sharded')!.params;
    expect(live().Slice).toBe('true');
    // The shards go: UpdateJob with Slice=false.
    writeFileSync(join(dir, 'a.yaml'), jobYaml('sharded', { extraSpec: '  trigger: { schedule: "0 1 * * ?" }\n  timeoutSeconds: 600\n' }));
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
    expect(removed.stdout).toContain('spec.trigger: {"type":"time","config":"0 1 * * ?","timezone":"GMT+8:00"} → (unset)  (removed: UpdateJob cannot clear it, forces replacement)');
    expect(removed.stdout).toContain('spec.timeoutSeconds: 600 → (unset)  (removed: UpdateJob cannot clear it, forces replacement)');
    emu.resetCounters();
    const applied = await cli(emu, ['apply', '--yes', '--replace', dir]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(live().TriggerConfig).toBeUndefined();
    expect(live().Timeout).toBeUndefined();
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
    expect(writes(emu)).toBeGreaterThan(0);
  });
});
