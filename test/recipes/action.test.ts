// The GitHub Action (action.yml) run the way the runner runs a JavaScript
// action: `node <action>/<main>` with each input as INPUT_<NAME>, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY set, in a workspace holding the
// manifests — against the emulator. The action is a copy of what a
// `uses:` checkout holds (action.yml, action/, bin/, dist/): no
// node_modules, nothing installed or built.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator-entry.js';
import { emulator, jobYaml, KEY } from '../cloud-helpers.js';
import { ROOT } from '../helpers.js';

const action = parse(readFileSync(`${ROOT}action.yml`, 'utf8')) as {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

/** What `uses: owner/saejob@rev` checks out: the repository's committed files, no node_modules. */
const checkout = mkdtempSync(join(tmpdir(), 'saejob-action-checkout-'));
for (const f of ['action.yml', 'action', 'bin', 'dist', 'schema', 'package.json'])
  cpSync(join(ROOT, f), join(checkout, f), { recursive: true });

function node(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runAction(workspace: string, given: Record<string, string>, env: Record<string, string>) {
  // The runner passes every input, its default where the workflow gives none, as INPUT_<NAME> (upper case, hyphens kept).
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, given[k] ?? v.default]),
  );
  const summary = join(workspace, `summary-${Object.values(given).join('-').replace(/\W+/g, '_')}.md`);
  const output = join(mkdtempSync(join(tmpdir(), 'saejob-action-out-')), 'output');
  writeFileSync(output, '');
  const r = await node(
    [join(checkout, action.runs.main)],
    {
      ...process.env,
      ...env,
      ...inputs,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTIONS: 'true',
      NO_COLOR: '1',
    },
    workspace,
  );
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  return {
    failed: r.code !== 0,
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs,
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  };
}

let emu: Emulator;
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

describe('the GitHub Action', () => {
  it("is a JavaScript action on the runner's Node, starting from the committed bundles", async () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'action/main.cjs' });
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
    const ws = mkdtempSync(join(tmpdir(), 'saejob-action-ws-'));
    mkdirSync(join(ws, 'manifests'));
    writeFileSync(join(ws, 'manifests/a.yaml'), jobYaml('act-ok'));
    const started = process.hrtime.bigint();
    const r = await runAction(ws, { command: 'validate' }, {});
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(r.failed, r.stdout + r.stderr).toBe(false);
    expect(r.stdout).toContain(`saejob (Node ${process.version}) validate manifests -o github`);
    // From start to the manifests read and checked: one Node start and saejob's, nothing installed (was ~7 s of npm ci).
    console.log(`the action, start to finish of a one-manifest validate: ${ms.toFixed(0)} ms`);
  });

  it("docs/ci.md's workflow parses and gives the action only inputs it has", () => {
    const readme = readFileSync(`${ROOT}docs/ci.md`, 'utf8');
    const block = /```yaml\n(# \.github\/workflows\/sae-jobs\.yml\n[\s\S]*?)```/.exec(readme)![1]!;
    const workflow = parse(block) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const uses = Object.values(workflow.jobs).flatMap((j) =>
      j.steps.filter((s) => s.uses?.startsWith('<owner>/saejob@')),
    );
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
    expect(r.failed).toBe(true);
    expect(r.stdout).toMatch(/::error file=manifests\/a\.yaml,line=7,endLine=7,col=13,[^:]*::spec\.replicas/);
    expect(r.summary).toContain('### saejob validate');
  });

  it('plan saves a plan, says has-changes and writes the summary; apply of that plan sends it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'saejob-action-ws-'));
    mkdirSync(join(ws, 'jobs'));
    writeFileSync(join(ws, 'jobs/a.yaml'), jobYaml('act-job'));
    const cloud = {
      SAEJOB_ENDPOINT: emu.url,
      ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      SAEJOB_POLL_MS: '20',
      CI: 'true',
    };
    const plan = await runAction(ws, { command: 'plan', paths: 'jobs', 'plan-file': 'saejob.plan' }, cloud);
    expect(plan.failed, plan.stdout + plan.stderr).toBe(false);
    expect(plan.outputs).toEqual({ 'has-changes': 'true', 'exit-code': '0' });
    expect(plan.stdout).toContain(
      '::notice file=jobs/a.yaml,line=4,col=9,title=saejob plan%3A create::act-job in cn-hangzhou:e2e will be created',
    );
    expect(plan.summary).toMatch(/### saejob plan\n\nPlan: 1 to create[\s\S]*\| 🟢 create \| `act-job` \|/);
    expect(existsSync(join(ws, 'saejob.plan'))).toBe(true);
    expect(emu.store.jobs.size).toBe(0);

    const apply = await runAction(ws, { command: 'apply', 'plan-file': 'saejob.plan' }, cloud);
    expect(apply.failed, apply.stdout + apply.stderr).toBe(false);
    expect(apply.outputs).toEqual({ 'has-changes': 'true', 'exit-code': '0' });
    expect(apply.summary).toContain('### saejob apply\n\nApply: 1 created.');
    expect(emu.store.jobs.size).toBe(1);

    const again = await runAction(ws, { command: 'plan', paths: 'jobs' }, cloud);
    expect(again.outputs).toEqual({ 'has-changes': 'false', 'exit-code': '0' });
  });
});
