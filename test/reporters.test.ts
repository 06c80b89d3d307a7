// Every command's reporters, one case per -o format, against a string sink:
// what goes to stdout, to stderr and to the job summary. A format a command
// accepts without a case here fails the coverage test at the end.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/pipeline/diagnostics.js';
import { stringSink, type Reporters } from '../src/output/reporter.js';
import { makeStyle } from '../src/output/style.js';
import { VALIDATE_REPORTERS, type ValidateReport } from '../src/output/reports/validate.js';
import { COMPILE_REPORTERS, type CompileReport } from '../src/output/reports/compile.js';
import { PLAN_REPORTERS, type PlanReport } from '../src/output/reports/plan.js';
import { APPLY_REPORTERS, type ApplyReport } from '../src/output/reports/apply.js';
import { STATUS_REPORTERS, type StatusReport } from '../src/output/reports/status.js';
import { RUN_REPORTERS, type RunReport } from '../src/output/reports/run.js';
import { DELETE_REPORTERS, type DeleteReport } from '../src/output/reports/delete.js';
import { EXPORT_REPORTERS, type ExportReport } from '../src/output/reports/export.js';
import { RENDER_REPORTERS } from '../src/output/reports/render.js';
import { COMPARE_REPORTERS } from '../src/output/reports/compare.js';
import { COMPARE_FORMATS, COMPARE_HELP, RENDER_FORMATS, RENDER_HELP } from '../src/cli/commands/environments.js';
import { FORMATS as VALIDATE_FORMATS, VALIDATE_HELP } from '../src/cli/commands/validate.js';
import { FORMATS as COMPILE_FORMATS, COMPILE_HELP } from '../src/cli/commands/compile.js';
import { FORMATS as PLAN_FORMATS, PLAN_HELP } from '../src/cli/commands/plan.js';
import { FORMATS as APPLY_FORMATS, APPLY_HELP } from '../src/cli/commands/apply.js';
import { FORMATS as STATUS_FORMATS, STATUS_HELP } from '../src/cli/commands/status.js';
import { FORMATS as RUN_FORMATS, RUN_HELP } from '../src/cli/commands/run.js';
import { FORMATS as DELETE_FORMATS, DELETE_HELP } from '../src/cli/commands/delete.js';
import { FORMATS as EXPORT_FORMATS, EXPORT_HELP } from '../src/cli/commands/export.js';

const plain = makeStyle({ isTTY: false });
function render<R>(reporters: Reporters<R>, format: string, report: R) {
  const sink = stringSink(plain);
  reporters[format]!(report, sink);
  return sink;
}

const error: Diagnostic = {
  severity: 'error',
  file: 'm/a.yaml',
  line: 7,
  col: 13,
  endLine: 7,
  endCol: 14,
  field: 'spec.replicas',
  message: 'must be at least 1, but it is 0',
  rule: 'schema/minimum',
};
const warning: Diagnostic = {
  severity: 'warning',
  file: 'm/b.yaml',
  line: 3,
  col: 1,
  field: 'metadata.region',
  message: 'not a region with an SAE endpoint',
  rule: 'region-known',
};
const pos = { file: 'm/a.yaml', line: 4, col: 9 };

const validateBad: ValidateReport = { diagnostics: [error, warning], files: 2, manifests: 2 };
const validateGood: ValidateReport = { diagnostics: [], files: 1, manifests: 3 };
const compiled: CompileReport = {
  diagnostics: [],
  requests: [
    {
      file: 'm/a.yaml',
      name: 'job-a',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      operation: 'CreateJob',
      method: 'POST',
      path: '/pop/v1/sam/job/createJob',
      query: { AppName: 'job-a', Replicas: 1 },
      body: { Envs: '[{"name":"TOKEN","value":"******"}]' },
      suspend: true,
    },
  ],
};
const plan: PlanReport = {
  jobs: [
    {
      file: 'm/a.yaml',
      name: 'job-a',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      action: 'update',
      appId: 'app-1',
      changes: [
        {
          field: 'spec.template.env[B]',
          param: 'Envs',
          path: '[B]',
          before: { name: 'B', value: '1' },
          after: undefined,
        },
      ],
      replaceReasons: [],
      position: pos,
    },
    {
      file: 'm/b.yaml',
      name: 'job-b',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      action: 'replace',
      appId: 'app-2',
      changes: [],
      replaceReasons: [{ field: 'spec.template.resources.cpu', param: 'Cpu', path: '', before: 1000, after: 2000 }],
      position: { ...pos, file: 'm/b.yaml' },
    },
    {
      file: 'm/c.yaml',
      name: 'job-c',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      action: 'unchanged',
      changes: [],
      replaceReasons: [],
      position: { ...pos, file: 'm/c.yaml' },
    },
  ],
  errors: [
    {
      name: 'job-d',
      namespace: 'cn-hangzhou:prod',
      file: 'm/d.yaml',
      error: 'Throttling.User: try later',
      position: { ...pos, file: 'm/d.yaml' },
    },
  ],
  summary: { create: 0, update: 1, replace: 1, wait: 0, unchanged: 1, delete: 0 },
};
const applied: ApplyReport = {
  jobs: [
    {
      file: 'm/a.yaml',
      name: 'job-a',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      action: 'update',
      outcome: 'updated',
      appId: 'app-1',
      steps: ['UpdateJob: Envs', 'change order co-1 succeeded'],
      position: pos,
    },
    {
      file: 'm/b.yaml',
      name: 'job-b',
      namespace: 'cn-hangzhou:prod',
      region: 'cn-hangzhou',
      action: 'replace',
      outcome: 'refused',
      steps: [],
      error: 'create-only fields differ',
      position: { ...pos, file: 'm/b.yaml' },
    },
  ],
  calls: { ListJobs: 1, DescribeJob: 2, UpdateJob: 1 },
};
const status: StatusReport = {
  jobs: [
    {
      name: 'job-a',
      namespace: 'cn-hangzhou:prod',
      appId: 'app-1',
      suspended: true,
      webhookUrls: [{ url: 'https://a.example/trigger', network: 'public' }],
      runs: [
        {
          JobId: 'run-1',
          State: 2,
          Active: 0,
          Succeeded: 0,
          Failed: 1,
          StartTime: 1764288000,
          CompletionTime: 1764288060,
          Message: 'exit 1',
        },
      ],
    },
  ],
};
const run: RunReport = {
  name: 'job-a',
  namespace: 'cn-hangzhou:prod',
  appId: 'app-1',
  eventId: 'ev-1',
  jobId: 'run-9',
  state: 'running',
};
const deleted: DeleteReport = {
  jobs: [
    { name: 'job-a', namespace: 'ns', region: 'cn-hangzhou', file: 'm/a.yaml', appId: 'app-1', outcome: 'deleted' },
    { name: 'job-b', namespace: 'ns', region: 'cn-hangzhou', file: 'm/b.yaml', outcome: 'missing' },
  ],
};
const exported: ExportReport = {
  exported: {
    manifest: {
      apiVersion: 'saejob/v1',
      kind: 'Job',
      metadata: { name: 'job-a', namespace: 'cn-hangzhou:prod' },
      spec: { replicas: 1, template: { image: { url: 'r/acme/a:1' }, resources: { cpu: 1000, memory: 2048 } } },
    } as never,
    secretVariables: ['OSS_AK_SECRET'],
    omitted: [],
  },
  schemaRef: 'schema.json',
};

const rendered = {
  manifests: [
    {
      environment: 'prod',
      from: ['base/a.yaml', 'environments/prod.yaml'],
      manifest: { apiVersion: 'saejob/v1', kind: 'Job', metadata: { name: 'a', namespace: 'cn-hangzhou:prod' } },
    },
  ],
};
const compared = {
  a: 'staging',
  b: 'prod',
  jobs: [
    {
      name: 'a',
      differences: [
        { field: 'spec.replicas', a: 1, b: 3 },
        { field: 'spec.template.env[X]', a: undefined, b: { name: 'X', value: '1' } },
      ],
    },
    { name: 'b', only: 'staging', differences: [] },
    { name: 'c', differences: [] },
  ],
};

type Case = () => void;
const cases: Record<string, Record<string, Case>> = {
  validate: {
    text: () => {
      const bad = render(VALIDATE_REPORTERS, 'text', validateBad);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toBe(
        'm/a.yaml:7:13: error: spec.replicas: must be at least 1, but it is 0 [schema/minimum]\nm/b.yaml:3:1: warning: metadata.region: not a region with an SAE endpoint [region-known]\n✗ 2 manifests in 2 files: 1 error, 1 warning\n',
      );
      expect(render(VALIDATE_REPORTERS, 'text', validateGood).stdout).toBe(
        '✓ 3 manifests in 1 file: 0 errors, 0 warnings\n',
      );
    },
    json: () => {
      const out = JSON.parse(render(VALIDATE_REPORTERS, 'json', validateBad).stdout);
      expect(out).toEqual({
        formatVersion: 1,
        valid: false,
        files: 2,
        manifests: 2,
        errors: 1,
        warnings: 1,
        diagnostics: [error, warning],
      });
    },
    github: () => {
      const s = render(VALIDATE_REPORTERS, 'github', validateBad);
      expect(s.stdout.split('\n')[0]).toBe(
        '::error file=m/a.yaml,line=7,endLine=7,col=13,endColumn=14,title=saejob schema/minimum::spec.replicas: must be at least 1, but it is 0 [schema/minimum]',
      );
      expect(s.stdout).toContain('::warning file=m/b.yaml,line=3,col=1,');
      expect(s.summaries).toHaveLength(1);
      expect(s.summaries[0]).toMatch(/^### saejob validate\n\n\| \| where \| field \| problem \| rule \|/);
    },
  },
  compile: {
    text: () => {
      const s = render(COMPILE_REPORTERS, 'text', compiled);
      expect(s.stdout).toContain(
        'm/a.yaml: job-a in cn-hangzhou:prod (cn-hangzhou), then SuspendJob to suspend it\n  POST /pop/v1/sam/job/createJob (CreateJob)\n  query:\n    AppName: job-a\n',
      );
      const failed = render(COMPILE_REPORTERS, 'text', { diagnostics: [error], requests: [] });
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toContain('nothing compiled');
    },
    json: () => {
      expect(JSON.parse(render(COMPILE_REPORTERS, 'json', compiled).stdout).requests[0]).toMatchObject({
        name: 'job-a',
        operation: 'CreateJob',
        query: { Replicas: 1 },
      });
      // A failed compile still gives a machine reader JSON: the findings.
      expect(JSON.parse(render(COMPILE_REPORTERS, 'json', { diagnostics: [error], requests: [] }).stdout)).toEqual({
        formatVersion: 1,
        compiled: false,
        errors: 1,
        warnings: 0,
        requests: [],
        diagnostics: [error],
      });
    },
    yaml: () => {
      expect(render(COMPILE_REPORTERS, 'yaml', compiled).stdout).toContain('- file: m/a.yaml\n  name: job-a\n');
    },
    github: () => {
      const s = render(COMPILE_REPORTERS, 'github', { diagnostics: [error], requests: [] });
      expect(s.stdout).toMatch(/^::error file=m\/a\.yaml,line=7/);
      expect(s.summaries[0]).toMatch(/^### saejob compile\n/);
    },
  },
  plan: {
    text: () => {
      const s = render(PLAN_REPORTERS, 'text', plan);
      expect(s.stdout).toBe(
        [
          '~ update job-a in cn-hangzhou:prod (cn-hangzhou)  m/a.yaml, AppId app-1',
          '    spec.template.env[B]: {"name":"B","value":"1"} → (unset)',
          '-/+ replace job-b in cn-hangzhou:prod (cn-hangzhou)  m/b.yaml, AppId app-2',
          '    spec.template.resources.cpu: 1000 → 2000  (create-only: forces replacement)',
          '= unchanged job-c in cn-hangzhou:prod (cn-hangzhou)  m/c.yaml',
          '',
          'Plan: 0 to create, 1 to update, 1 to replace, 1 unchanged, 1 could not be planned.',
          '',
        ].join('\n'),
      );
      expect(s.stderr).toBe('error: job-d (m/d.yaml): could not read the live job: Throttling.User: try later\n');
    },
    json: () => {
      const out = JSON.parse(render(PLAN_REPORTERS, 'json', plan).stdout);
      expect(out.formatVersion).toBe(1);
      expect(out.summary).toEqual({ create: 0, update: 1, replace: 1, delete: 0, wait: 0, unchanged: 1, failed: 1 });
      expect(out.jobs[0].changes[0]).toEqual({
        field: 'spec.template.env[B]',
        param: 'Envs',
        path: '[B]',
        before: { name: 'B', value: '1' },
      });
      expect(out.jobs[0].position).toBeUndefined();
      expect(out.errors).toEqual([
        { name: 'job-d', namespace: 'cn-hangzhou:prod', file: 'm/d.yaml', error: 'Throttling.User: try later' },
      ]);
    },
    markdown: () => {
      const md = render(PLAN_REPORTERS, 'markdown', plan).stdout;
      expect(md).toContain(
        '| 🟡 update | `job-a` | cn-hangzhou:prod | `m/a.yaml` | spec.template.env[B]: `{"name":"B","value":"1"}` → `(unset)` |',
      );
      expect(md).toContain('| 🔴 replace | `job-b` |');
      expect(md).toContain('| ❌ error | `job-d` | cn-hangzhou:prod | `m/d.yaml` | Throttling.User: try later |');
    },
    github: () => {
      const s = render(PLAN_REPORTERS, 'github', plan);
      expect(s.stdout).toContain(
        '::notice file=m/a.yaml,line=4,col=9,title=saejob plan%3A update::job-a in cn-hangzhou:prod will be updated: spec.template.env\n',
      );
      expect(s.stdout).toContain(
        '::warning file=m/b.yaml,line=4,col=9,title=saejob plan%3A replace::job-b in cn-hangzhou:prod will be replaced (create-only: spec.template.resources.cpu); apply needs --replace\n',
      );
      expect(s.stdout).toContain(
        '::error file=m/d.yaml,line=4,col=9,title=saejob plan::job-d: could not read the live job: Throttling.User: try later\n',
      );
      expect(s.stdout).not.toContain('file=m/c.yaml');
      expect(s.summaries).toEqual([render(PLAN_REPORTERS, 'markdown', plan).stdout]);
    },
  },
  apply: {
    text: () => {
      const s = render(APPLY_REPORTERS, 'text', applied);
      expect(s.stdout).toBe(
        '\n✓ job-a (cn-hangzhou:prod): updated, AppId app-1\n    UpdateJob: Envs\n    change order co-1 succeeded\n✗ job-b (cn-hangzhou:prod): refused\n    refused: create-only fields differ\n\nApply: 1 updated, 1 refused.\n',
      );
    },
    json: () => {
      const out = JSON.parse(render(APPLY_REPORTERS, 'json', applied).stdout);
      expect(out.summary).toMatchObject({ updated: 1, refused: 1, created: 0 });
      expect(out.calls).toEqual({ ListJobs: 1, DescribeJob: 2, UpdateJob: 1 });
      expect(out.jobs[1]).toEqual({
        file: 'm/b.yaml',
        name: 'job-b',
        namespace: 'cn-hangzhou:prod',
        region: 'cn-hangzhou',
        action: 'replace',
        outcome: 'refused',
        steps: [],
        error: 'create-only fields differ',
      });
    },
    markdown: () => {
      const md = render(APPLY_REPORTERS, 'markdown', applied).stdout;
      expect(md).toMatch(/^### saejob apply\n\nApply: 1 updated, 1 refused\.\n/);
      expect(md).toContain('| refused | `job-b` | cn-hangzhou:prod |  | **error**: create-only fields differ |');
    },
    github: () => {
      const s = render(APPLY_REPORTERS, 'github', applied);
      expect(s.stdout).toContain(
        '::error file=m/b.yaml,line=4,col=9,title=saejob apply%3A refused::job-b in cn-hangzhou:prod: create-only fields differ\n',
      );
      expect(s.stdout).not.toContain('::notice');
      expect(s.summaries).toEqual([render(APPLY_REPORTERS, 'markdown', applied).stdout]);
    },
  },
  status: {
    text: () => {
      expect(render(STATUS_REPORTERS, 'text', status).stdout).toBe(
        'job-a (cn-hangzhou:prod, AppId app-1), suspended\nHTTP trigger (public): https://a.example/trigger\nJOB ID  STATE   ACTIVE  SUCCEEDED  FAILED  STARTED               COMPLETED             MESSAGE\nrun-1   failed  0       0          1       2025-11-28T00:00:00Z  2025-11-28T00:01:00Z  exit 1\n',
      );
      expect(
        render(STATUS_REPORTERS, 'text', {
          jobs: [
            { ...status.jobs[0]!, runs: [] },
            { name: 'job-b', namespace: 'ns', suspended: false, missing: true, runs: [] },
          ],
        }).stdout,
      ).toMatch(/no runs yet\n\njob-b \(ns\): no such job yet \(apply its manifest\)\n$/);
    },
    json: () => {
      const one = JSON.parse(render(STATUS_REPORTERS, 'json', status).stdout);
      expect(one.runs[0]).toMatchObject({ JobId: 'run-1', State: 2, state: 'failed', started: '2025-11-28T00:00:00Z' });
      expect(one.jobs).toHaveLength(1);
      expect(one.webhookUrls).toEqual([{ url: 'https://a.example/trigger', network: 'public' }]);
    },
  },
  run: {
    text: () => {
      expect(render(RUN_REPORTERS, 'text', run).stdout).toBe('started run run-9 of job-a (EventId ev-1)\n');
      expect(render(RUN_REPORTERS, 'text', { ...run, state: 'failed', status: { Message: 'exit 2' } }).stdout).toBe(
        'run run-9 failed: exit 2\n',
      );
    },
    json: () => {
      expect(JSON.parse(render(RUN_REPORTERS, 'json', run).stdout)).toEqual({
        formatVersion: 1,
        name: 'job-a',
        namespace: 'cn-hangzhou:prod',
        appId: 'app-1',
        eventId: 'ev-1',
        jobId: 'run-9',
        state: 'running',
      });
    },
  },
  delete: {
    text: () => {
      expect(render(DELETE_REPORTERS, 'text', deleted).stdout).toBe(
        '✓ job-a (ns): deleted\nDelete: 1 deleted, 1 not found, 0 failed.\n',
      );
    },
    json: () => {
      expect(JSON.parse(render(DELETE_REPORTERS, 'json', deleted).stdout)).toMatchObject({
        formatVersion: 1,
        deleted: 1,
        missing: 1,
        failed: 0,
      });
    },
  },
  render: {
    yaml: () => {
      expect(render(RENDER_REPORTERS, 'yaml', rendered).stdout).toBe(
        '# environment prod: base/a.yaml + environments/prod.yaml\n\napiVersion: saejob/v1\nkind: Job\nmetadata:\n  name: a\n  namespace: cn-hangzhou:prod\n',
      );
    },
    json: () => {
      expect(JSON.parse(render(RENDER_REPORTERS, 'json', rendered).stdout)).toEqual(rendered.manifests);
    },
  },
  compare: {
    text: () => {
      expect(render(COMPARE_REPORTERS, 'text', compared).stdout).toBe(
        'a (staging → prod)\n    spec.replicas: 1 → 3\n    spec.template.env[X]: (unset) → {"name":"X","value":"1"}\nb: only in staging\nc: the same in staging and prod\n',
      );
    },
    json: () => {
      expect(JSON.parse(render(COMPARE_REPORTERS, 'json', compared).stdout)).toMatchObject({
        formatVersion: 1,
        a: 'staging',
        b: 'prod',
      });
    },
  },
  export: {
    yaml: () => {
      const y = render(EXPORT_REPORTERS, 'yaml', exported).stdout;
      expect(y).toMatch(/^# yaml-language-server: \$schema=schema\.json\n/);
      expect(y).toContain('Secrets are not exported: set OSS_AK_SECRET');
      expect(y).toContain('apiVersion: saejob/v1\n');
    },
    json: () => {
      expect(JSON.parse(render(EXPORT_REPORTERS, 'json', exported).stdout)).toEqual(exported.exported.manifest);
    },
  },
};

const commands: Record<string, { reporters: Reporters<never>; formats: readonly string[]; help: string }> = {
  validate: { reporters: VALIDATE_REPORTERS as Reporters<never>, formats: VALIDATE_FORMATS, help: VALIDATE_HELP },
  compile: { reporters: COMPILE_REPORTERS as Reporters<never>, formats: COMPILE_FORMATS, help: COMPILE_HELP },
  plan: { reporters: PLAN_REPORTERS as Reporters<never>, formats: PLAN_FORMATS, help: PLAN_HELP },
  apply: { reporters: APPLY_REPORTERS as Reporters<never>, formats: APPLY_FORMATS, help: APPLY_HELP },
  status: { reporters: STATUS_REPORTERS as Reporters<never>, formats: STATUS_FORMATS, help: STATUS_HELP },
  run: { reporters: RUN_REPORTERS as Reporters<never>, formats: RUN_FORMATS, help: RUN_HELP },
  delete: { reporters: DELETE_REPORTERS as Reporters<never>, formats: DELETE_FORMATS, help: DELETE_HELP },
  export: { reporters: EXPORT_REPORTERS as Reporters<never>, formats: EXPORT_FORMATS, help: EXPORT_HELP },
  render: { reporters: RENDER_REPORTERS as Reporters<never>, formats: RENDER_FORMATS, help: RENDER_HELP },
  compare: { reporters: COMPARE_REPORTERS as Reporters<never>, formats: COMPARE_FORMATS, help: COMPARE_HELP },
};

describe('reporters', () => {
  for (const [command, formats] of Object.entries(cases)) {
    describe(command, () => {
      for (const [format, check] of Object.entries(formats)) it(`-o ${format}`, check);
    });
  }

  it('every -o value a command takes has a case here, and its help lists exactly those values', () => {
    for (const [command, c] of Object.entries(commands)) {
      expect(Object.keys(cases[command] ?? {}).sort(), command).toEqual(Object.keys(c.reporters).sort());
      expect(c.formats, command).toEqual(Object.keys(c.reporters));
      expect(c.help, command).toContain(`-o ${c.formats.join('|')}`);
    }
  });
});
