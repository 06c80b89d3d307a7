// The library's entries: `saejob` is the pure stages and loads nothing of
// the cloud side; `saejob/cloud` and `saejob/emulator` hold the rest. What
// each exports is listed here on purpose: a new export is a decision.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
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
        'readSavedPlan',
        'redactDeep',
        'redactRequest',
        'redactText',
        'savePlan',
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
      [
        'API_VERSION',
        'SaeClient',
        'SaeError',
        'Session',
        'SavedPlanError',
        'applyJob',
        'applyPlan',
        'checkSavedPlan',
        'dryRunRequests',
        'executeApply',
        'planApply',
        'credentialsChain',
        'describeLiveJob',
        'describedParams',
        'listNamespaceJobs',
        'normaliseParam',
        'planJobs',
        'planRun',
        'planScopeConfigMaps',
        'regionEndpoint',
        'runScope',
        'savedPart',
        'staticCredentials',
      ].sort(),
    );
    expect(await exportsOf('emulator.js')).toEqual(['DEFAULT_CREDENTIAL', 'OPERATIONS', 'startEmulator']);
  });

  it('importing saejob loads no Alibaba Cloud SDK and no emulator', () => {
    // The SDKs are bundled into saejob/cloud's chunks: what `import 'saejob'` reaches (the entry and the
    // chunks it imports, transitively) holds none of them; what saejob/cloud reaches does (the check can fail).
    const reached = (entry: string, seen = new Set<string>()): string => {
      if (seen.has(entry)) return '';
      seen.add(entry);
      const text = readFileSync(`${ROOT}dist/${entry}`, 'utf8');
      const imports = [
        ...text.matchAll(/from\s*"\.\/((?:chunks\/)?[\w.-]+\.js)"|import\s*"\.\/((?:chunks\/)?[\w.-]+\.js)"/g),
      ].map((m) =>
        entry.startsWith('chunks/') && !(m[1] ?? m[2])!.startsWith('chunks/')
          ? `chunks/${m[1] ?? m[2]}`
          : (m[1] ?? m[2])!,
      );
      return text + imports.map((i) => reached(i, seen)).join('');
    };
    const library = reached('index.js');
    expect(library).not.toMatch(/ROAClient = class/);
    expect(library).not.toContain('startEmulator');
    expect(reached('cloud.js')).toMatch(/ROAClient = class/);
  });

  it('require() works too: saejob, saejob/cloud and saejob/emulator from an installed copy', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const project = mkdtempSync(join(tmpdir(), 'saejob-require-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'saejob'));
    const script =
      "const s = require('saejob'); const c = require('saejob/cloud'); const e = require('saejob/emulator'); console.log([typeof s.validateManifests, typeof c.Session, typeof e.startEmulator].join(','));";
    const { stdout } = await run(process.execPath, ['-e', script], { encoding: 'utf8', cwd: project });
    expect(stdout.trim()).toBe('function,function,function');
  });
});
