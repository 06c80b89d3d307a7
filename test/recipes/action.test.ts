// The GitHub Action (action.yml) run the way the runner runs a composite
// action: each step's `run` in bash, its `${{ inputs.* }}` expressions
// replaced, GITHUB_ACTION_PATH / GITHUB_OUTPUT / GITHUB_STEP_SUMMARY set, in
// a workspace holding the manifests — against the emulator.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { emulator, jobYaml, KEY } from '../cloud-helpers.js';
import { ROOT } from '../helpers.js';

interface Step {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(`${ROOT}action.yml`, 'utf8')) as { inputs: Record<string, { default: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } };

/** `${{ inputs.x }}` and `${{ steps.id.outputs.y }}`; any other expression is a test failure (the runner would evaluate it). */
function expand(text: string, ctx: { inputs: Record<string, string>; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.inputs[m[1]!] ?? '';
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.steps[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`action.yml: an expression this test cannot evaluate: ${expr}`);
  });
}

function bash(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runAction(workspace: string, given: Record<string, string>, env: Record<string, string>) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default]));
  const steps: Record<string, Record<string, string>> = {};
  const summary = join(workspace, `summary-${Object.values(given).join('-').replace(/\W+/g, '_')}.md`);
  let stdout = '';
  for (const step of action.runs.steps) {
    const output = join(mkdtempSync(join(tmpdir(), 'saejob-action-out-')), 'output');
    writeFileSync(output, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), { inputs, steps })]));
    const r = await bash(expand(step.run, { inputs, steps }), { ...process.env, ...env, ...stepEnv, GITHUB_ACTION_PATH: ROOT.replace(/\/$/, ''), GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: workspace, NO_COLOR: '1' }, workspace);
    stdout += r.stdout;
    if (step.id)
      steps[step.id] = Object.fromEntries(
        readFileSync(output, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
      );
    if (r.code !== 0) return { failedStep: step.name, code: r.code, stdout, stderr: r.stderr, outputs: {} as Record<string, string>, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value, { inputs, steps })]));
  return { failedStep: undefined, code: 0, stdout, stderr: '', outputs, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

let emu: Emulator;
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

describe('the GitHub Action', () => {
  it('is a composite action whose steps this test can run', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.every((s) => s.shell === 'bash')).toBe(true);
  });

  it("the README's workflow parses and gives the action only inputs it has", () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/sae-jobs\.yml\n[\s\S]*?)```/.exec(readme)![1]!;
    const workflow = parse(block) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
    const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('<owner>/saejob@')));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const step of uses) {
      for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
      expect(['validate', 'compile', 'plan', 'apply']).toContain(step.with?.command);
    }
  });

  it('validate: annotations on the broken line, the step fails', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'saejob-action-ws-'));
    mkdirSync(join(ws, 'manifests'));
    writeFileSync(join(ws, 'manifests/a.yaml'), jobYaml('act-broken', { replicas: 0 }));
    const r = await runAction(ws, { command: 'validate' }, {});
    expect(r.failedStep).toBe('saejob ${{ inputs.command }}');
    expect(r.stdout).toMatch(/::error file=manifests\/a\.yaml,line=7,endLine=7,col=13,[^:]*::spec\.replicas/);
    expect(r.summary).toContain('### saejob validate');
  });

  it('plan saves a plan, says has-changes and writes the summary; apply of that plan sends it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'saejob-action-ws-'));
    mkdirSync(join(ws, 'jobs'));
    writeFileSync(join(ws, 'jobs/a.yaml'), jobYaml('act-job'));
    const cloud = { SAEJOB_ENDPOINT: emu.url, ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', SAEJOB_POLL_MS: '20', CI: 'true' };
    const plan = await runAction(ws, { command: 'plan', paths: 'jobs', 'plan-file': 'saejob.plan' }, cloud);
    expect(plan.failedStep, plan.stdout + plan.stderr).toBeUndefined();
    expect(plan.outputs).toEqual({ 'has-changes': 'true', 'exit-code': '0' });
    expect(plan.stdout).toContain('::notice file=jobs/a.yaml,line=4,col=9,title=saejob plan%3A create::act-job in cn-hangzhou:e2e will be created');
    expect(plan.summary).toMatch(/### saejob plan\n\nPlan: 1 to create[\s\S]*\| 🟢 create \| `act-job` \|/);
    expect(existsSync(join(ws, 'saejob.plan'))).toBe(true);
    expect(emu.store.jobs.size).toBe(0);

    const apply = await runAction(ws, { command: 'apply', 'plan-file': 'saejob.plan' }, cloud);
    expect(apply.failedStep, apply.stdout + apply.stderr).toBeUndefined();
    expect(apply.outputs).toEqual({ 'has-changes': 'true', 'exit-code': '0' });
    expect(apply.summary).toContain('### saejob apply\n\nApply: 1 created.');
    expect(emu.store.jobs.size).toBe(1);

    const again = await runAction(ws, { command: 'plan', paths: 'jobs' }, cloud);
    expect(again.outputs).toEqual({ 'has-changes': 'false', 'exit-code': '0' });
  });
});
