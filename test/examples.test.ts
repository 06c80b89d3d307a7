// The examples in manifests/ are documentation: they must stay valid, and
// together use every section of the format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifests, validateManifests } from '../src/index.js';
import { applyEnvironments } from '../src/pipeline/environments/environments.js';
import { ROOT, runCli } from './helpers.js';

describe('manifests/ examples', () => {
  // Every job as validate sees it: the plain manifests, and each environment's final ones.
  const loaded = applyEnvironments(loadManifests([`${ROOT}manifests`]), { load: (p) => loadManifests(p) });
  const result = validateManifests(loaded);

  it('all validate with no error or warning, environments included', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.valid.length).toBe(loaded.sources.length);
    expect(loaded.sources.length).toBeGreaterThanOrEqual(11);
    expect(loaded.environments).toEqual(['prod', 'staging']);
  });

  it('each file starts with the yaml-language-server schema line (the schema of every kind)', () => {
    for (const file of loaded.files) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      expect(first, file).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schema\/saejob\.schema\.json$/);
    }
  });

  it('together use every section of the format', () => {
    const seen = new Set<string>();
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, `${path}[]`));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          seen.add(`${path}.${k}`);
          walk(x, `${path}.${k}`);
        }
    };
    for (const s of loaded.sources) walk(s.value, '');
    const types = new Set(loaded.sources.map((s) => (s.value as any).spec.template.package?.type ?? 'Image'));
    expect([...types].sort()).toEqual(['FatJar', 'IMAGE_PHP_7_3', 'Image', 'PhpZip', 'PythonZip', 'War']);
    for (const p of [
      '.spec.trigger.schedule',
      '.spec.trigger.http',
      '.spec.shards',
      '.spec.network.vpcId',
      '.spec.network.autoConfig',
      '.spec.suspend',
      '.spec.refAppId',
      '.spec.template.env[].valueFrom',
      '.spec.template.envFrom',
      '.spec.template.hostAliases',
      '.spec.template.lifecycle.postStart',
      '.spec.template.volumes.configMaps',
      '.spec.template.volumes.nas',
      '.spec.template.volumes.oss',
      '.spec.template.logs.sls',
      '.spec.template.tomcat',
      '.spec.template.jar',
      '.spec.template.war',
      '.spec.template.php',
      '.spec.template.runtime.pythonModules',
      '.spec.template.image.acrInstanceId',
      '.spec.template.image.pullSecretId',
      '.spec.template.runtime.edasContainerVersion',
    ])
      expect(seen, p).toContain(p);
  });

  it('validate exits 0 through the CLI with the default path', async () => {
    const r = await runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/11 manifests in 10 files: 0 errors, 0 warnings/);
  });
});
