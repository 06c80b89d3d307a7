// compile through the CLI: reviewed snapshots of every example, and no secret
// in any output format unless --show-secrets.
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';

const SECRET = 'Sup3r"Secret/Value+=';
const ENV = { OSS_AK_ID: 'LTAI5tExampleId', OSS_AK_SECRET: SECRET, ALIBABA_CLOUD_REGION_ID: undefined };
const escaped = JSON.stringify(SECRET).slice(1, -1);

describe('saejob compile', () => {
  it('-o json of every example matches the reviewed snapshot, secrets redacted', async () => {
    const r = await runInProcess(['compile', '-o', 'json'], { env: ENV });
    expect(r.stderr).toBe(
      'manifests: warning: these paths also define environments (prod, staging), left out: choose one with --environment NAME, or SAEJOB_ENVIRONMENT=NAME where saejob runs (plan: --all-environments) [environment/not-chosen]\n',
    );
    expect(r.code).toBe(0);
    const views = JSON.parse(r.stdout).requests;
    expect(views.length).toBe(7);
    await expect(`${JSON.stringify(views, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/compile-examples.json');
    expect(views[0].body.OssAkSecret ?? views.find((v: any) => v.body.OssAkSecret).body.OssAkSecret).toBe('******');
  });

  it('text output pretty-prints nested JSON parameters', async () => {
    const r = await runInProcess(['compile', 'manifests/nightly-report.yaml'], { env: ENV });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/compile-nightly-report.txt');
  });

  it.each(['text', 'json', 'yaml', 'github'])(
    'no secret value in -o %s without --show-secrets, and it is there with it',
    async (format) => {
      const hidden = await runInProcess(['compile', '-o', format], { env: ENV });
      expect(hidden.code).toBe(0);
      for (const out of [hidden.stdout, hidden.stderr]) {
        expect(out).not.toContain(SECRET);
        expect(out).not.toContain(escaped);
        expect(out).not.toContain('Sup3r');
      }
      expect(hidden.stdout).toContain('******');
      const shown = await runInProcess(['compile', '-o', format, '--show-secrets'], { env: ENV });
      expect(shown.stdout.includes(SECRET) || shown.stdout.includes(escaped)).toBe(true);
    },
  );

  it('an unset variable is a positioned error, exit 1, nothing printed on stdout', async () => {
    const r = await runInProcess(['compile', 'manifests/nightly-report.yaml'], {
      env: { OSS_AK_ID: 'x', OSS_AK_SECRET: undefined },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'manifests/nightly-report.yaml:58:26: error: spec.template.volumes.oss.accessKeySecret: environment variable OSS_AK_SECRET is not set',
    );
  });

  it('invalid manifests compile to nothing', async () => {
    const r = await runInProcess(['compile', 'test/broken/rule-cpu-memory.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });
});
