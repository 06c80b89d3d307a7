// Environments: one base, what differs per environment in an Environment
// document, every error at the line that introduced the value.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, emulator } from './cloud-helpers.js';
import { ROOT, runInProcess } from './helpers.js';

/** A copy of the shop example (base/ + environments/) to change. */
function shop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'saejob-shop-'));
  cpSync(`${ROOT}manifests/shop`, dir, { recursive: true });
  return dir;
}
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(file, next);
};
const SECRETS = { SHOP_DB_PASSWORD: 'db-pw-value' };

describe('environments offline', () => {
  it('validate checks every environment’s final manifests', async () => {
    const r = await runInProcess(['validate', `${ROOT}manifests/shop`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('4 manifests in 4 files: 0 errors, 0 warnings');
  });

  it('reads a base file once: the paths given hold it, or the environment loads it', async () => {
    const { applyEnvironments } = await import('../src/pipeline/environments/environments.js');
    const { loadManifests } = await import('../src/pipeline/load/load.js');
    const asked: string[][] = [];
    const load = (paths: readonly string[]) => (asked.push([...paths]), loadManifests(paths));
    const whole = applyEnvironments(loadManifests([`${ROOT}manifests/shop`]), { load });
    expect(asked).toEqual([]);
    expect(whole.sources).toHaveLength(4);
    const envsOnly = applyEnvironments(loadManifests([`${ROOT}manifests/shop/environments`]), { load });
    expect(asked.map((a) => a.map((f) => f.slice(ROOT.length)))).toEqual([
      ['manifests/shop/base/order-sync.yaml', 'manifests/shop/base/stock-report.yaml'],
    ]);
    expect(envsOnly.sources.map((x) => x.value)).toEqual(whole.sources.map((x) => x.value));
  });

  it('an error in an overlay points at the overlay’s line and names the environment', async () => {
    const dir = shop();
    edit(join(dir, 'environments/prod.yaml'), 'replicas: 3', 'replicas: 0');
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'environments/prod.yaml')}:16:19: error: (prod) spec.replicas: must be at least 1, but it is 0 [schema/minimum]`,
    );
    expect(r.stderr).not.toContain('(staging)');
  });

  it('a secret per environment: a patch names its own variable; only the chosen environment’s is read', async () => {
    const dir = shop();
    edit(
      join(dir, 'environments/prod.yaml'),
      '            - { name: LOG_LEVEL, value: warn } # replaces the base’s LOG_LEVEL'.replace('’', "'"),
      '            - { name: LOG_LEVEL, value: warn }\n            - { name: DB_PASSWORD, value: "${env:PROD_DB_PASSWORD}" }',
    );
    const prod = await runInProcess(['compile', '-e', 'prod', dir], { env: { PROD_DB_PASSWORD: 'prod-pw-41' } });
    expect(prod.code, prod.stderr).toBe(0);
    expect(prod.stdout).toContain('{"name": "DB_PASSWORD", "value": "******"}');
    expect(prod.stdout + prod.stderr).not.toContain('prod-pw-41');
    const shown = await runInProcess(['compile', '-e', 'prod', '--show-secrets', dir], {
      env: { PROD_DB_PASSWORD: 'prod-pw-41' },
    });
    expect(shown.stdout).toContain('"value": "prod-pw-41"');
    const missing = await runInProcess(['compile', '-e', 'prod', dir], { env: { SHOP_DB_PASSWORD: 'base-pw' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /environments\/prod\.yaml:21:\d+: error: \(prod\) spec\.template\.env\[\d\]\.value: environment variable PROD_DB_PASSWORD is not set/,
    );
  });

  it('an error in the base is reported at the base’s line for each environment it breaks', async () => {
    const dir = shop();
    edit(join(dir, 'base/order-sync.yaml'), 'timeoutSeconds: 900', 'timeoutSeconds: -5');
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    for (const env of ['prod', 'staging'])
      expect(r.stderr).toContain(`${join(dir, 'base/order-sync.yaml')}:12:19: error: (${env}) spec.timeoutSeconds:`);
  });

  it('a value from a variable is reported at the variable, in the environment file', async () => {
    const dir = shop();
    edit(
      join(dir, 'environments/staging.yaml'),
      'WAREHOUSE_URL: https://warehouse.staging.example.com',
      'WAREHOUSE_URL: 1.10',
    );
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'environments/staging.yaml')}:12:20: error: (staging) spec.template.env[0].value:`,
    );
  });

  it('an unset variable and an unknown environment are clear errors', async () => {
    const dir = shop();
    edit(join(dir, 'environments/staging.yaml'), /\n {4}IMAGE_TAG: "2.4.0"/, '');
    const r = await runInProcess(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /base\/order-sync\.yaml:18:\d+: error: \(staging\) spec\.template\.image\.url: variable IMAGE_TAG is not set in environment staging: add it under spec\.variables of .*staging\.yaml, or give a default/,
    );
    const unknown = await runInProcess(['compile', '-e', 'qa', `${ROOT}manifests/shop`], { env: SECRETS });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no environment named qa: the environments are prod, staging');
  });

  it('patches: keyed merge of lists (env by name, logs), removal of an item and of a section', async () => {
    const dir = shop();
    edit(
      join(dir, 'environments/staging.yaml'),
      '    WAREHOUSE_URL: https://warehouse.staging.example.com\n',
      '    WAREHOUSE_URL: https://warehouse.staging.example.com\n  patches:\n    - job: order-sync\n      spec:\n        template:\n          env:\n            - { name: LOG_LEVEL, $patch: delete }\n            - { name: FEATURE_X, value: "on" }\n          logs: null\n',
    );
    const r = await runInProcess(['render', '-e', 'staging', '-o', 'json', dir]);
    expect(r.code, r.stderr).toBe(0);
    const [order] = JSON.parse(r.stdout) as {
      manifest: { spec: { template: { env: { name: string }[]; logs?: unknown } } };
    }[];
    expect(order!.manifest.spec.template.env.map((e) => e.name)).toEqual(['WAREHOUSE_URL', 'DB_PASSWORD', 'FEATURE_X']);
    expect(order!.manifest.spec.template.logs).toBeUndefined();
  });

  it('render shows an environment’s final manifests, with where they come from', async () => {
    const r = await runInProcess(['render', '-e', 'prod', `${ROOT}manifests/shop`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# environment prod: .*base\/order-sync\.yaml \+ .*environments\/prod\.yaml\n/);
    expect(r.stdout).toContain('namespace: cn-hangzhou:shop-prod');
    expect(r.stdout).toContain('url: registry.cn-hangzhou.aliyuncs.com/acme/order-sync:2.3.1');
    expect(r.stdout).toContain('value: ${env:SHOP_DB_PASSWORD}');
  });

  it('compare says job by job what differs between two environments', async () => {
    const r = await runInProcess(['compare', 'staging', 'prod', `${ROOT}manifests/shop`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'order-sync (staging → prod)\n    metadata.namespace: "cn-hangzhou:shop-staging" → "cn-hangzhou:shop-prod"\n    spec.replicas: 1 → 3\n',
    );
    expect(r.stdout).toContain('    spec.template.env[LOG_LEVEL].value: "debug" → "warn"\n');
    expect(r.stdout).toContain('    spec.suspend: (unset) → true\n');
    const json = JSON.parse(
      (await runInProcess(['compare', 'staging', 'prod', '-o', 'json', `${ROOT}manifests/shop`])).stdout,
    );
    expect(json.jobs.map((j: { name: string }) => j.name)).toEqual(['order-sync', 'stock-report']);
  });

  it('${var:NAME:-default} keeps the default’s type in a whole value', async () => {
    const dir = shop();
    edit(join(dir, 'base/stock-report.yaml'), 'replicas: 1', 'replicas: ${var:REPORT_REPLICAS:-2}');
    const r = await runInProcess(['render', '-e', 'staging', '-o', 'json', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[1].manifest.spec.replicas).toBe(2);
  });
});

describe('patches between two manifests', () => {
  it('reproduce the target when merged: changed keys, removals, keyed items, a new order', async () => {
    const { patchBetween } = await import('../src/pipeline/environments/environments.js');
    const base = {
      spec: {
        replicas: 1,
        suspend: false,
        template: {
          env: [
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
            { name: 'C', value: '3' },
          ],
        },
      },
    };
    expect(
      patchBetween(base, {
        spec: {
          replicas: 2,
          template: {
            env: [
              { name: 'A', value: '1' },
              { name: 'C', value: '9' },
            ],
          },
        },
      }),
    ).toEqual({
      spec: {
        replicas: 2,
        suspend: null,
        template: {
          env: [
            { name: 'C', value: '9' },
            { name: 'B', $patch: 'delete' },
          ],
        },
      },
    });
    // A new order cannot be made by merging in place: every item is deleted and added again.
    const reordered = patchBetween(base, {
      spec: {
        replicas: 1,
        suspend: false,
        template: {
          env: [
            { name: 'C', value: '3' },
            { name: 'A', value: '1' },
            { name: 'B', value: '2' },
          ],
        },
      },
    }) as { spec: { template: { env: unknown[] } } };
    expect(reordered.spec.template.env).toHaveLength(6);
    expect(patchBetween(base, base)).toBeUndefined();
  });
});

describe('environments against the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulator();
  });
  afterAll(() => emu.close());

  it('plan and apply act on exactly the chosen environment; a change is promoted from staging to prod', async () => {
    const dir = shop();
    const staging = await cli(emu, ['apply', '--yes', '-e', 'staging', dir], SECRETS);
    expect(staging.code, staging.stderr).toBe(0);
    expect(staging.stdout).toContain('Apply: 2 created.');
    expect(staging.stdout).toContain('order-sync (cn-hangzhou:shop-staging, staging): created');
    expect([...emu.store.jobs.values()].map((j) => j.params.NamespaceId)).toEqual([
      'cn-hangzhou:shop-staging',
      'cn-hangzhou:shop-staging',
    ]);
    expect((await cli(emu, ['apply', '--yes', '-e', 'prod', dir], SECRETS)).code).toBe(0);
    expect(emu.store.jobs.size).toBe(4);

    // A new image in staging: staging plans one update, prod nothing; then promoted to prod.
    edit(join(dir, 'environments/staging.yaml'), 'IMAGE_TAG: "2.4.0"', 'IMAGE_TAG: "2.5.0"');
    const all = await cli(emu, ['plan', '--all-environments', '-o', 'json', dir], SECRETS);
    expect(all.code, all.stderr).toBe(0);
    const jobs = JSON.parse(all.stdout).jobs as { name: string; environment: string; action: string }[];
    expect(jobs.map((j) => `${j.environment}/${j.name}:${j.action}`).sort()).toEqual([
      'prod/order-sync:unchanged',
      'prod/stock-report:unchanged',
      'staging/order-sync:update',
      'staging/stock-report:update',
    ]);
    const text = await cli(emu, ['plan', '--all-environments', dir], SECRETS);
    expect(text.stdout).toContain('~ update order-sync in cn-hangzhou:shop-staging (cn-hangzhou) [staging]');
    expect((await cli(emu, ['apply', '--yes', '-e', 'staging', dir], SECRETS)).code).toBe(0);
    edit(join(dir, 'environments/prod.yaml'), 'IMAGE_TAG: "2.3.1"', 'IMAGE_TAG: "2.5.0"');
    const prod = await cli(emu, ['plan', '-e', 'prod', dir], SECRETS);
    expect(prod.stdout).toContain(
      'spec.template.image.url: "registry.cn-hangzhou.aliyuncs.com/acme/order-sync:2.3.1" → "registry.cn-hangzhou.aliyuncs.com/acme/order-sync:2.5.0"',
    );
    expect(prod.stdout).not.toContain('[staging]');
  });

  it('export --layout adopts the same jobs from two namespaces as a base and environments that plan unchanged', async () => {
    const own = await emulator();
    const dir = shop();
    for (const e of ['staging', 'prod'])
      expect((await cli(own, ['apply', '--yes', '-e', e, dir], SECRETS)).code).toBe(0);
    const out = join(mkdtempSync(join(tmpdir(), 'saejob-layout-')), 'shop');
    const r = await cli(own, [
      'export',
      '--layout',
      'staging=cn-hangzhou:shop-staging,prod=cn-hangzhou:shop-prod',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`exported 2 jobs in 2 environments to ${out}`);
    const prodDoc = readFileSync(join(out, 'environments/prod.yaml'), 'utf8');
    expect(prodDoc).toContain('kind: Environment');
    expect(prodDoc).toContain('namespace: cn-hangzhou:shop-prod');
    expect(prodDoc).toContain('job: order-sync');
    // Exported secrets are references to variables named after the env entries.
    const env = { DB_PASSWORD: SECRETS.SHOP_DB_PASSWORD };
    for (const e of ['staging', 'prod']) {
      const plan = await cli(own, ['plan', '-e', e, '--detailed-exitcode', out], env);
      expect(plan.code, `${e}: ${plan.stdout}${plan.stderr}`).toBe(0);
      expect(plan.stdout).toContain('Plan: 0 to create, 0 to update, 0 to replace, 2 unchanged.');
    }
    expect((await runInProcess(['validate', out], { env })).code).toBe(0);
    own.close();
  });
});
