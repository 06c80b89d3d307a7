// The library's entries: `saejob` is the pure stages and loads nothing of
// the cloud side; `saejob/cloud` and `saejob/emulator` hold the rest. What
// each exports is listed here on purpose: a new export is a decision.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

const exportsOf = async (entry: string) => Object.keys(await import(`${ROOT}dist/${entry}`)).sort();

describe('library entries', () => {
  it('saejob exports the pure stages, and only them', async () => {
    expect(await exportsOf('index.js')).toEqual(
      [
        'MASK',
        'RULES',
        'applyEnvironments',
        'manifestDifferences',
        'ManifestValidator',
        'compileJob',
        'compileManifests',
        'createRequest',
        'expandPaths',
        'hasChanges',
        'hasErrors',
        'loadManifests',
        'manifestFromParams',
        'manifestParams',
        'manifestYaml',
        'parseManifestText',
        'planJob',
        'plannedRequests',
        'redactDeep',
        'redactRequest',
        'redactText',
        'summarise',
        'updateRequest',
        'validateFiles',
        'validateManifests',
        'validatePaths',
        'validateSource',
      ].sort(),
    );
  });

  it('saejob/cloud and saejob/emulator export the rest', async () => {
    expect(await exportsOf('cloud.js')).toEqual(
      ['API_VERSION', 'SaeClient', 'SaeError', 'Session', 'applyJob', 'applyPlan', 'checkSavedPlan', 'credentialsChain', 'describeLiveJob', 'describedParams', 'listNamespaceJobs', 'normaliseParam', 'planJobs', 'planRun', 'planScopeConfigMaps', 'regionEndpoint', 'runScope', 'savedPart', 'staticCredentials'].sort(),
    );
    expect(await exportsOf('emulator.js')).toEqual(['DEFAULT_CREDENTIAL', 'OPERATIONS', 'startEmulator']);
  });

  it('importing saejob loads no Alibaba Cloud SDK and no emulator', async () => {
    const probe = async (entry: string) => {
      const script = `await import(${JSON.stringify(`${ROOT}dist/${entry}`)}); const { createRequire } = await import('node:module'); const r = createRequire(import.meta.url); console.log(JSON.stringify(Object.keys(r.cache)));`;
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      return JSON.parse(stdout) as string[];
    };
    // The same probe sees the SDK when saejob/cloud is imported (it can fail); both at once.
    const [modules, cloud] = await Promise.all([probe('index.js'), probe('cloud.js')]);
    expect(modules.filter((m) => /@alicloud|emulator/.test(m))).toEqual([]);
    expect(cloud.some((m) => m.includes('@alicloud/pop-core'))).toBe(true);
  });
});
