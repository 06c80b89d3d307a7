// ConfigMaps and Secrets by name: compile shows where a name will be
// resolved; plan and apply resolve it per namespace with one listing.
import type { ConfigMapRecord } from '../src/emulator/store.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/emulator-entry.js';
import { cli, emulator, jobYaml, manifestDir } from './cloud-helpers.js';
import { runInProcess } from './helpers.js';

let emu: Emulator;
afterEach(() => emu?.close());

const byName = (name: string, namespace = 'cn-hangzhou:e2e') =>
  jobYaml(name, {
    namespace,
    extraTemplate: [
      '    env:',
      '      - { name: LEVEL, valueFrom: { configMapKeyRef: { name: settings, key: level } } }',
      '    envFrom:',
      '      - configMapRef: { name: settings }',
      '    volumes:',
      '      configMaps: [{ name: files, key: app.conf, mountPath: /etc/app/app.conf }]',
      '',
    ].join('\n'),
  }).replace(`acme/${name}:1" }`, `acme/${name}:1", pullSecretName: registry }`);

const configMaps: ConfigMapRecord[] = [
  { ConfigMapId: 11, Name: 'settings', NamespaceId: 'cn-hangzhou:e2e', Data: { level: 'info' } },
  { ConfigMapId: 12, Name: 'files', NamespaceId: 'cn-hangzhou:e2e', Data: { 'app.conf': 'a=1' } },
  { ConfigMapId: 21, Name: 'settings', NamespaceId: 'cn-hangzhou:prod', Data: { level: 'warn' } },
  { ConfigMapId: 22, Name: 'files', NamespaceId: 'cn-hangzhou:prod', Data: { 'app.conf': 'a=2' } },
];
const secrets = [
  { SecretId: 5, SecretName: 'registry', NamespaceId: 'cn-hangzhou:e2e' },
  { SecretId: 6, SecretName: 'registry', NamespaceId: 'cn-hangzhou:prod' },
];

describe('ConfigMaps and Secrets by name', () => {
  it('compile stays offline and shows where a name will be resolved', async () => {
    const r = await runInProcess(['compile', '-o', 'json', '-'], { input: byName('named') });
    expect(r.code, r.stderr).toBe(0);
    const [req] = JSON.parse(r.stdout).requests;
    expect(req.query.Envs ?? req.body.Envs).toContain('"configMapId":"<ConfigMap settings: resolved at plan>"');
    expect(req.query.ImagePullSecrets ?? req.body.ImagePullSecrets).toBe('<Secret registry: resolved at plan>');
  });

  it('plan and apply resolve names per namespace (different IDs in each), one listing a namespace', async () => {
    emu = await emulator({ configMaps, secrets });
    const dir = manifestDir({
      'a.yaml': byName('named'),
      'b.yaml': byName('named-too'),
      'c.yaml': byName('named', 'cn-hangzhou:prod'),
    });
    emu.resetCounters();
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(emu.counters().requests).toMatchObject({ ListNamespacedConfigMaps: 2, ListSecrets: 2 });
    const job = (name: string, ns: string) =>
      [...emu.store.jobs.values()].find((j) => j.params.AppName === name && j.params.NamespaceId === ns)!.params;
    const e2e = job('named', 'cn-hangzhou:e2e');
    expect(JSON.parse(e2e.Envs!)).toEqual([
      { name: 'LEVEL', valueFrom: 'configMapRef', configMapId: 11, key: 'level' },
      { name: 'sae-sys-configmap-all-settings', valueFrom: 'configMapRef', configMapId: 11 },
    ]);
    expect(JSON.parse(e2e.ConfigMapMountDesc!)).toEqual([
      { configMapId: 12, key: 'app.conf', mountPath: '/etc/app/app.conf' },
    ]);
    expect(e2e.ImagePullSecrets).toBe('5');
    const prod = job('named', 'cn-hangzhou:prod');
    expect(JSON.parse(prod.ConfigMapMountDesc!)[0].configMapId).toBe(22);
    expect(prod.ImagePullSecrets).toBe('6');
    // Resolved names compare equal to the IDs SAE reports: nothing to change.
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
  });

  it('export writes the names, and the export plans unchanged', async () => {
    emu = await emulator({ configMaps, secrets });
    expect((await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': byName('exported') })])).code).toBe(0);
    const out = manifestDir({});
    const r = await cli(emu, ['export', 'exported', '--namespace', 'cn-hangzhou:e2e', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(out, 'exported.yaml'), 'utf8');
    expect(text).toContain('name: settings');
    expect(text).toContain('name: files');
    expect(text).not.toContain('configMapName');
    expect(text).toContain('pullSecretName: registry');
    expect(text).not.toContain('configMapId');
    expect((await cli(emu, ['plan', '--detailed-exitcode', out])).code).toBe(0);
  });

  it('an unknown name is an error at its place in the manifest, with a did-you-mean; nothing is sent', async () => {
    emu = await emulator({ configMaps, secrets });
    // The old spelling (configMapName) is read and its error is at its own place.
    const dir = manifestDir({
      'a.yaml': byName('typo').replace(
        'configMapKeyRef: { name: settings',
        'configMapKeyRef: { configMapName: setings',
      ),
    });
    const r = await cli(emu, ['apply', '--yes', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'a.yaml')}:12:71: error: spec.template.env[0].valueFrom.configMapKeyRef.configMapName: no ConfigMap named setings in namespace cn-hangzhou:e2e: did you mean settings? [reference-unknown]`,
    );
    expect(r.stderr).toContain('nothing sent to SAE');
    expect(emu.store.jobs.size).toBe(0);
    writeFileSync(join(dir, 'a.yaml'), byName('typo').replace('name: files', 'name: filez'));
    expect((await cli(emu, ['plan', dir])).stderr).toContain(
      'spec.template.volumes.configMaps[0].name: no ConfigMap named filez in namespace cn-hangzhou:e2e: did you mean files?',
    );
    writeFileSync(join(dir, 'a.yaml'), byName('typo').replace('pullSecretName: registry', 'pullSecretName: nope'));
    const secret = await cli(emu, ['plan', dir]);
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain('no Secret named nope in namespace cn-hangzhou:e2e');
  });
});

const configMapYaml = (
  name: string,
  data: Record<string, string>,
  namespace = 'cn-hangzhou:e2e',
) => `apiVersion: saejob/v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: ${namespace}
data:
${Object.entries(data)
  .map(([k, v]) => `  ${k}: "${v}"\n`)
  .join('')}`;

describe('kind: ConfigMap manifests', () => {
  it('a new ConfigMap and a job naming it, in one apply; then a data change planned key by key', async () => {
    emu = await emulator({ secrets });
    const dir = manifestDir({
      'settings.yaml': configMapYaml('settings', { level: 'info', DB_TOKEN: '${env:DB_TOKEN}' }),
      'files.yaml': configMapYaml('files', { 'app.conf': 'a=1' }),
      'job.yaml': byName('uses-new'),
    });
    emu.resetCounters();
    const plan = await cli(emu, ['plan', dir], { DB_TOKEN: 'tok-1' });
    expect(plan.code, plan.stderr).toBe(0);
    // One listing of the namespace's ConfigMaps serves the ConfigMap manifests and the job's names.
    expect(emu.counters().requests.ListNamespacedConfigMaps).toBe(1);
    expect(plan.stdout).toContain('+ create ConfigMap settings in cn-hangzhou:e2e (cn-hangzhou)');
    expect(plan.stdout).toContain('    data.DB_TOKEN: (unset) → "******"');
    expect(plan.stdout).toContain('ConfigMaps: 2 to create, 0 to update, 0 unchanged.');
    expect(plan.stdout + plan.stderr).not.toContain('tok-1');
    emu.resetCounters();
    const apply = await cli(emu, ['apply', '--yes', dir], { DB_TOKEN: 'tok-1' });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    // Listed to plan, and once more after the ConfigMaps were created (their IDs are new).
    expect(emu.counters().requests.ListNamespacedConfigMaps).toBe(2);
    expect(apply.stdout).toMatch(
      /✓ ConfigMap settings \(cn-hangzhou:e2e\): created\n\s+CreateConfigMap sent: ConfigMapId \d+/,
    );
    expect(apply.stdout).toContain('✓ uses-new (cn-hangzhou:e2e): created');
    const settings = emu.store.options.configMaps!.find((c) => c.Name === 'settings')!;
    expect(settings.Data).toEqual({ level: 'info', DB_TOKEN: 'tok-1' });
    const job = [...emu.store.jobs.values()].find((j) => j.params.AppName === 'uses-new')!;
    expect(JSON.parse(job.params.Envs!)[0].configMapId).toBe(settings.ConfigMapId);
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir], { DB_TOKEN: 'tok-1' })).code).toBe(0);

    writeFileSync(
      join(dir, 'settings.yaml'),
      configMapYaml('settings', { level: 'debug', DB_TOKEN: '${env:DB_TOKEN}', extra: 'x' }),
    );
    const change = await cli(emu, ['plan', dir], { DB_TOKEN: 'tok-2' });
    expect(change.stdout).toContain(
      `~ update ConfigMap settings in cn-hangzhou:e2e (cn-hangzhou)  ${join(dir, 'settings.yaml')}, ConfigMapId ${settings.ConfigMapId}\n    data.DB_TOKEN: "******" → "****** (changed)"\n    data.extra: (unset) → "x"\n    data.level: "info" → "debug"\n`,
    );
    expect(change.stdout + change.stderr).not.toMatch(/tok-1|tok-2/);
    expect((await cli(emu, ['apply', '--yes', dir], { DB_TOKEN: 'tok-2' })).code).toBe(0);
    expect(settings.Data).toEqual({ level: 'debug', DB_TOKEN: 'tok-2', extra: 'x' });
  });

  it('export --configmaps --adopt writes the ConfigMaps a job uses as manifests and marks them as this set’s; the export plans unchanged', async () => {
    emu = await emulator({ configMaps, secrets });
    expect((await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': byName('exporter') })])).code).toBe(0);
    const out = manifestDir({});
    const r = await cli(emu, [
      'export',
      'exporter',
      '--namespace',
      'cn-hangzhou:e2e',
      '--out',
      out,
      '--configmaps',
      '--adopt',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((f) => f.slice(out.length + 1))
        .sort(),
    ).toEqual(['configmap-files.yaml', 'configmap-settings.yaml', 'exporter.yaml']);
    expect(readFileSync(join(out, 'configmap-settings.yaml'), 'utf8')).toContain(
      'kind: ConfigMap\nmetadata:\n  name: settings\n  namespace: cn-hangzhou:e2e\ndata:\n  level: info\n',
    );
    const plan = await cli(emu, ['plan', '--detailed-exitcode', out]);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('ConfigMaps: 0 to create, 0 to update, 2 unchanged.');
  });

  it('a saved plan covers ConfigMaps: applied as reviewed, refused when changed since', async () => {
    emu = await emulator({ secrets });
    const dir = manifestDir({
      'settings.yaml': configMapYaml('settings', { level: 'info' }),
      'files.yaml': configMapYaml('files', { 'app.conf': 'a=1' }),
      'job.yaml': byName('planned-user'),
    });
    const planFile = join(manifestDir({}), 'plan.json');
    const plan = await cli(emu, ['plan', '--out', planFile, dir]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(
      JSON.parse(readFileSync(planFile, 'utf8')).configMaps.map(
        (c: { name: string; action: string }) => `${c.name}:${c.action}`,
      ),
    ).toEqual(['files:create', 'settings:create']);
    writeFileSync(join(dir, 'files.yaml'), configMapYaml('files', { 'app.conf': 'a=2' }));
    const r = await cli(emu, ['apply', planFile]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout, r.stderr).toContain('✓ ConfigMap settings (cn-hangzhou:e2e): created');
    expect(r.stdout).toMatch(
      /✗ ConfigMap files \(cn-hangzhou:e2e\): refused\n\s+refused: its manifest .* changed since the plan/,
    );
    // The job names files, which was not created: it is not sent with a placeholder.
    expect(r.stdout).toContain('refused: it names ConfigMap files, which could not be created');
    expect(emu.store.jobs.size).toBe(0);
    writeFileSync(join(dir, 'files.yaml'), configMapYaml('files', { 'app.conf': 'a=1' }));
    const planned = await cli(emu, ['plan', '--out', planFile, dir]);
    expect(planned.code, planned.stderr).toBe(0);
    const ok = await cli(emu, ['apply', planFile]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('✓ planned-user (cn-hangzhou:e2e): created');
    const filesId = emu.store.options.configMaps!.find((c) => c.Name === 'files')!.ConfigMapId;
    expect(JSON.parse([...emu.store.jobs.values()][0]!.params.ConfigMapMountDesc!)[0].configMapId).toBe(filesId);
  });

  it('ConfigMaps have owners too: a console-made one is adopted only with --adopt; prune deletes the set’s unused ones and refuses used ones', async () => {
    emu = await emulator({
      configMaps: [{ ConfigMapId: 40, Name: 'handmade', NamespaceId: 'cn-hangzhou:e2e', Data: { a: '1' } }],
      secrets,
    });
    const dir = manifestDir({
      'handmade.yaml': configMapYaml('handmade', { a: '2' }),
      'old.yaml': configMapYaml('old', { x: '1' }),
      'kept.yaml': configMapYaml('kept', { y: '1' }),
      'job.yaml': jobYaml('uses-kept', { extraTemplate: '    envFrom:\n      - configMapRef: { name: kept }\n' }),
    });
    const refused = await cli(emu, ['apply', '--yes', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      'refused: not managed by saejob (no [saejob-set: …] mark in its description: made in the console?)',
    );
    expect(refused.stdout).toContain('✓ ConfigMap old (cn-hangzhou:e2e): created');
    expect((await cli(emu, ['apply', '--yes', '--adopt', dir])).code).toBe(0);
    expect(emu.store.options.configMaps!.find((c) => c.Name === 'handmade')).toMatchObject({
      Data: { a: '2' },
      Description: '[saejob-set: default]',
    });
    expect((await cli(emu, ['plan', '--detailed-exitcode', dir])).code).toBe(0);
    // old and kept leave the manifests; kept is still used by the job.
    rmSync(join(dir, 'old.yaml'));
    rmSync(join(dir, 'kept.yaml'));
    const plan = await cli(emu, ['plan', '--prune', dir]);
    expect(plan.stdout).toContain('- delete ConfigMap old in cn-hangzhou:e2e');
    expect(plan.stdout).toContain(
      'no manifest defines it any more, but uses-kept still use it: apply refuses to delete it',
    );
    expect(plan.stdout).toContain('ConfigMaps: 0 to create, 0 to update, 2 to delete, 1 unchanged.');
    const pruned = await cli(emu, ['apply', '--yes', '--prune', dir]);
    expect(pruned.code).toBe(1);
    expect(pruned.stdout).toContain('✓ ConfigMap old (cn-hangzhou:e2e): deleted');
    expect(pruned.stdout).toContain('refused: still used by uses-kept');
    expect(pruned.stdout).toContain('uses-kept (cn-hangzhou:e2e): unchanged');
    expect(emu.store.options.configMaps!.map((c) => c.Name).sort()).toEqual(['handmade', 'kept']);
  });

  it('a ConfigMap in use is refused for deletion (SAE refuses it)', async () => {
    emu = await emulator({ configMaps, secrets });
    expect((await cli(emu, ['apply', '--yes', manifestDir({ 'a.yaml': byName('user') })])).code).toBe(0);
    expect(() => emu.store.deleteConfigMap({ ConfigMapId: '11' })).toThrow('The ConfigMap settings is used by user');
  });

  it('compile shows the CreateConfigMap request, secret values masked', async () => {
    const r = await runInProcess(['compile', '-o', 'json', '-'], {
      input: configMapYaml('settings', { level: 'info', API_TOKEN: '${env:T}' }),
      env: { T: 'the-token-value' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).requests[0]).toMatchObject({
      operation: 'CreateConfigMap',
      method: 'POST',
      query: { Name: 'settings', NamespaceId: 'cn-hangzhou:e2e' },
      body: { Data: '{"level":"info","API_TOKEN":"******"}' },
    });
    expect(r.stdout).not.toContain('the-token-value');
  });

  it('validate checks a ConfigMap manifest’s fields with positions', async () => {
    const r = await runInProcess(['validate', '-'], { input: configMapYaml('Bad_Name', { 'bad key': 'v' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:4:9: error: metadata.name: a ConfigMap name is lower-case letters');
    expect(r.stderr).toContain('<stdin>:7:3: error: data.bad key: a ConfigMap key is letters');
  });
});

describe('run given a manifest that names ConfigMaps', () => {
  it('does not call the job changed for the names it uses (they are resolved first)', async () => {
    const emu = await emulator({ configMaps, secrets });
    try {
      const dir = manifestDir({ 'a.yaml': byName('named-run') });
      expect((await cli(emu, ['apply', '--yes', dir])).code).toBe(0);
      const r = await cli(emu, ['run', join(dir, 'a.yaml')]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('has changes the live job does not');
    } finally {
      await emu.close();
    }
  });
});

describe('a key the named ConfigMap lacks', () => {
  it('is an error at plan, at the key, naming the keys it has; nothing is sent', async () => {
    const emu = await emulator({ configMaps, secrets });
    try {
      const yaml = byName('keyless').replace('key: level', 'key: levle');
      const dir = manifestDir({ 'a.yaml': yaml });
      const r = await cli(emu, ['plan', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /a\.yaml:\d+:\d+: error: spec\.template\.env\[0\]\.valueFrom\.configMapKeyRef\.key: ConfigMap settings has no key levle: its keys are level/,
      );
      expect(emu.counters().writes).toEqual({});
    } finally {
      await emu.close();
    }
  });
});
