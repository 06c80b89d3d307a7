// The published JSON Schemas (schema/saejob.schema.json for editors,
// schema/saejob.strict.schema.json for validators) say what `saejob validate`
// says, in the tools users bring: ajv in its default strict mode (the library
// and the ajv-cli binary, no flags), yaml-language-server over stdio, and
// python-jsonschema. Every shipped example is valid in each; every case of a
// corpus of broken Jobs, Environments and ConfigMaps is invalid in each; and
// in the editor, a failed pattern reads as a sentence, not a regular expression.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../src/index.js';
import { hasErrors } from '../src/pipeline/diagnostics.js';
import { ROOT } from './helpers.js';
import { type LspDiagnostic, yamlLanguageServerDiagnostics } from './tools/yaml-language-server.js';

const EDITOR = `${ROOT}schema/saejob.schema.json`;
const STRICT = `${ROOT}schema/saejob.strict.schema.json`;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const EXAMPLES = yamlFiles(`${ROOT}manifests`).sort();
const docsOf = (file: string) => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS());

const JOB = (over: { name?: string; spec?: string } = {}) => `apiVersion: saejob/v1
kind: Job
metadata:
  name: ${over.name ?? 'report'}
  namespace: cn-beijing:prod
spec:
  replicas: 1
  trigger: { schedule: "0 3 * * *" }
  template:
    image: { url: "registry.cn-beijing.aliyuncs.com/acme/report:\${var:TAG:-1.0}" }
    resources: { cpu: 1000, memory: 2048 }
${over.spec ?? ''}`;
const ENV = (body: string) => `apiVersion: saejob/v1\nkind: Environment\n${body}`;
const CONFIGMAP = (body: string) => `apiVersion: saejob/v1\nkind: ConfigMap\n${body}`;
const ENV_OK = 'metadata: { name: prod }\nspec:\n  base: ../base\n  variables: { TAG: "2.0" }\n';
const CM_META = 'metadata: { name: app-settings, namespace: cn-beijing:prod }\n';

/** Documents saejob accepts that no example shows. */
const VALID: Record<string, string> = {
  'configmap.yaml': CONFIGMAP(`${CM_META}data: { LOG_LEVEL: info, "app.properties": "a=1" }\n`),
  'env-base-list.yaml': ENV('metadata: { name: staging }\nspec:\n  base: [../base]\n  region: cn-beijing\n'),
};

/** One mistake each; `pattern` marks the cases whose editor message must be a sentence. */
const INVALID: Record<string, { text: string; pattern?: true }> = {
  'job-name.yaml': { text: JOB({ name: '1report' }), pattern: true },
  'job-host.yaml': {
    text: JOB({ spec: '    hostAliases: [{ ip: 10.0.0.1, hostnames: ["db internal"] }]\n' }),
    pattern: true,
  },
  'job-field.yaml': { text: JOB({ spec: '  replica: 2\n' }) },
  'kind.yaml': { text: 'apiVersion: saejob/v1\nkind: CronJob\nmetadata: { name: a, namespace: cn-beijing }\n' },
  'configmap-name.yaml': {
    text: CONFIGMAP('metadata: { name: App_Settings, namespace: cn-beijing:prod }\ndata: { A: b }\n'),
    pattern: true,
  },
  'configmap-number.yaml': { text: CONFIGMAP(`${CM_META}data: { RETRIES: 3 }\n`) },
  'configmap-key.yaml': { text: CONFIGMAP(`${CM_META}data: { "a key": b }\n`), pattern: true },
  'configmap-no-namespace.yaml': { text: CONFIGMAP('metadata: { name: app }\ndata: {}\n') },
  'configmap-labels.yaml': {
    text: CONFIGMAP('metadata: { name: app, namespace: cn-beijing, labels: { a: b } }\ndata: {}\n'),
  },
  'configmap-field.yaml': { text: CONFIGMAP(`${CM_META}data: {}\nspec: {}\n`) },
  'env-apiversion.yaml': { text: `apiVersion: saejob/v2\nkind: Environment\n${ENV_OK}` },
  'env-name.yaml': { text: ENV(ENV_OK.replace('name: prod', 'name: Prod')), pattern: true },
  'env-metadata.yaml': { text: ENV(ENV_OK.replace('name: prod', 'name: prod, labels: { a: b }')) },
  'env-field.yaml': { text: ENV(`${ENV_OK}data: {}\n`) },
  'env-spec-field.yaml': { text: ENV(`${ENV_OK}  replicas: 2\n`) },
  'env-no-base.yaml': { text: ENV('metadata: { name: prod }\nspec: { namespace: cn-beijing:prod }\n') },
  'env-variable-name.yaml': { text: ENV(ENV_OK.replace('TAG: "2.0"', 'TAG: "2.0", 1X: a')), pattern: true },
  'env-variable-value.yaml': { text: ENV(ENV_OK.replace('TAG: "2.0"', 'TAG: { v: 1 }')) },
  'env-namespace.yaml': { text: ENV(`${ENV_OK}  namespace: CN-BEIJING:Prod\n`), pattern: true },
  'env-patch-no-job.yaml': { text: ENV(`${ENV_OK}  patches: [{ spec: { replicas: 2 } }]\n`) },
  'env-patch-field.yaml': { text: ENV(`${ENV_OK}  patches: [{ job: report, data: {} }]\n`) },
  'env-patch-spec.yaml': { text: ENV(`${ENV_OK}  patches: [{ job: report, spec: 2 }]\n`) },
};

let dir: string;
const caseFile = (name: string) => join(dir, 'cases', name);
const allFiles = () => [...EXAMPLES, ...Object.keys(VALID).map(caseFile), ...Object.keys(INVALID).map(caseFile)];
const isValidCase = (file: string) => EXAMPLES.includes(file) || Object.keys(VALID).some((n) => caseFile(n) === file);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saejob-schemas-'));
  mkdirSync(join(dir, 'base'));
  mkdirSync(join(dir, 'cases'));
  writeFileSync(join(dir, 'base', 'report.yaml'), JOB());
  for (const [name, text] of Object.entries(VALID)) writeFileSync(caseFile(name), text);
  for (const [name, c] of Object.entries(INVALID)) writeFileSync(caseFile(name), c.text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('published schemas', () => {
  it('are fresh: generated from schema/source/ (run npm run build)', async () => {
    // @ts-expect-error plain JS build script
    const { publishedSchemas } = await import('../scripts/schemas.mjs');
    for (const [file, text] of Object.entries(publishedSchemas() as Record<string, string>))
      expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('saejob validate: the examples and the valid cases pass, each broken case fails', () => {
    for (const file of allFiles()) {
      const { diagnostics } = validatePaths([file]);
      expect(hasErrors(diagnostics), `${file}: ${diagnostics.map((d) => d.message).join('; ')}`).toBe(
        !isValidCase(file),
      );
    }
  });

  it('ajv, strict as it comes: compiles without a warning and agrees on every document', () => {
    const warnings: unknown[] = [];
    const ajv = new Ajv({ allErrors: true, logger: { log() {}, warn: (w: unknown) => warnings.push(w), error() {} } });
    const validate = ajv.compile(readJson(STRICT));
    expect(warnings).toEqual([]);
    for (const file of allFiles()) {
      const verdicts = docsOf(file).map((d) => validate(d));
      if (isValidCase(file)) expect(verdicts, `${file}: ${JSON.stringify(validate.errors)}`).not.toContain(false);
      else expect(verdicts, file).toContain(false);
    }
    // Why there are two files: strict ajv refuses the keywords editors read.
    expect(() => new Ajv().compile(readJson(EDITOR))).toThrow(/unknown keyword: "patternErrorMessage"/);
  });

  it('the ajv-cli binary, no flags: every single-document example is valid, each broken case is not', () => {
    // ajv-cli reads one YAML document a file (php-jobs.yaml holds two).
    const single = allFiles().filter((f) => docsOf(f).length === 1);
    const run = (files: string[]) =>
      spawnSync(
        process.execPath,
        [`${ROOT}node_modules/ajv-cli/dist/index.js`, 'validate', '-s', STRICT, ...files.flatMap((f) => ['-d', f])],
        { encoding: 'utf8' },
      );
    const good = run(single.filter(isValidCase));
    expect(good.status, good.stderr + good.stdout).toBe(0);
    expect(good.stderr + good.stdout).not.toMatch(/strict mode|unknown/);
    const bad = run(single.filter((f) => !isValidCase(f)));
    for (const f of single.filter((f) => !isValidCase(f))) expect(bad.stderr, f).toContain(`${f} invalid`);
  });

  it('yaml-language-server over stdio: no diagnostic on a valid document, readable ones on broken ones', async () => {
    const files = allFiles();
    const uri = (f: string) => pathToFileURL(f).href;
    // The examples' own modelines point at schema/saejob.schema.json; the cases rely on the yaml.schemas mapping.
    const diagnostics = await yamlLanguageServerDiagnostics(
      Object.fromEntries(files.map((f) => [uri(f), readFileSync(f, 'utf8')])),
      { [pathToFileURL(EDITOR).href]: [`${dir}/**/*.yaml`] },
    );
    for (const f of files) {
      const found: LspDiagnostic[] = diagnostics.get(uri(f)) ?? [];
      if (isValidCase(f)) expect(found, f).toEqual([]);
      else expect(found.length, f).toBeGreaterThan(0);
      for (const d of found) expect(d.message, f).not.toMatch(/does not match the pattern/);
    }
    for (const [name, c] of Object.entries(INVALID))
      if (c.pattern)
        expect(
          diagnostics
            .get(uri(caseFile(name)))!
            .map((d) => d.message)
            .join('\n'),
          name,
        ).toMatch(/^[A-Za-z]+ /);
    expect(diagnostics.get(uri(caseFile('job-name.yaml')))!.map((d) => d.message)).toContain(
      'name must start with a letter and hold only letters, digits and `-` (SAE AppName)',
    );
  }, 60_000);

  it('python-jsonschema (Draft7Validator) agrees on every document', (ctx) => {
    const python = ['python3', '/usr/bin/python3'].find(
      (p) => spawnSync(p, ['-c', 'import jsonschema, yaml'], { stdio: 'ignore' }).status === 0,
    );
    if (!python) return ctx.skip('no python3 with jsonschema and PyYAML (.ci/run installs them)');
    const script = `
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
v = jsonschema.Draft7Validator(schema)
out = {}
for f in sys.argv[2:]:
    out[f] = [not any(True for _ in v.iter_errors(d)) for d in yaml.safe_load_all(open(f))]
print(json.dumps(out))
`;
    for (const schema of [STRICT, EDITOR]) {
      const verdicts = JSON.parse(
        execFileSync(python, ['-c', script, schema, ...allFiles()], { encoding: 'utf8' }),
      ) as Record<string, boolean[]>;
      for (const [f, v] of Object.entries(verdicts))
        if (isValidCase(f)) expect(v, `${schema}: ${f}`).not.toContain(false);
        else expect(v, `${schema}: ${f}`).toContain(false);
    }
  });
});
