// bin/saejob.cjs runs the CLI bundle through V8's code cache (vm.Script) on
// every Node version (faster than Node's own compile cache: see the bin's
// comment). The cache is an optimisation
// only: absent, stale, corrupt or disabled, the CLI works; and it is read.
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// One manifest: the cache holds the code, whatever the input.
const run = (cache: string, env: Record<string, string> = {}) =>
  runCli(['validate', 'manifests/nightly-report.yaml'], {
    env: { XDG_CACHE_HOME: cache, SAEJOB_DEBUG_CACHE: '1', ...env },
  });

describe('bin/saejob.cjs code cache (V8 code cache)', () => {
  it('writes a cache on the first run and reads it on the next', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    const first = await run(cache);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('saejob: code cache miss\nsaejob: code cache written\n');
    const files = readdirSync(join(cache, 'saejob'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^v8-v\d+\.\d+\.\d+-\w+-\d+-\d+-validate\.bin$/);
    const second = await run(cache);
    expect(second.stderr).toBe('saejob: code cache hit\n');
    expect(second.stdout).toBe(first.stdout);
  });

  it("a corrupt cache file is rejected and replaced; a week-old build's files are removed, not a recent one's nor another Node's", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    await run(cache);
    const [file] = readdirSync(join(cache, 'saejob'));
    writeFileSync(join(cache, 'saejob', file!), 'not a V8 code cache');
    const old = join(cache, 'saejob', 'v8-v0.0.0-x64-1-1-validate.bin');
    writeFileSync(old, 'an old build');
    const weeks = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, weeks, weeks);
    // Another build used this week (another project's saejob) stays, and so does this build's file
    // for another Node version: CI runs several in turn.
    const recent = 'v8-v0.0.0-x64-2-2-validate.bin';
    writeFileSync(join(cache, 'saejob', recent), 'a build used this week');
    const otherNode = file!.replace(/^v8-v[\d.]+-/, 'v8-v99.0.0-');
    writeFileSync(join(cache, 'saejob', otherNode), 'this build, another Node');
    const r = await run(cache);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('saejob: code cache rejected\nsaejob: code cache written\n');
    expect(readdirSync(join(cache, 'saejob')).sort()).toEqual([file, otherNode, recent].sort());
    expect((await run(cache)).stderr).toBe('saejob: code cache hit\n');
  });

  it('a mistyped command does not add a cache file of its own', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    for (const typo of ['valdate', 'aply', 'plna']) await runCli([typo], { env: { XDG_CACHE_HOME: cache } });
    expect(readdirSync(join(cache, 'saejob'))).toHaveLength(1);
  });
});

describe('bin/saejob.cjs without a usable cache', () => {
  it('SAEJOB_NO_COMPILE_CACHE=1 writes nothing; an unwritable cache directory costs nothing but speed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    expect((await run(cache, { SAEJOB_NO_COMPILE_CACHE: '1' })).stderr).toBe('saejob: code cache off\n');
    expect(readdirSync(cache)).toEqual([]);
    expect(
      (await runCli(['validate', 'manifests/nightly-report.yaml'], { env: { XDG_CACHE_HOME: '/proc/no-such-dir' } }))
        .code,
    ).toBe(0);
  });
});

describe('small things users expect', () => {
  it('saejob version prints the version; FORCE_COLOR colours without a terminal, NO_COLOR still wins', async () => {
    const { runCli } = await import('./helpers.js');
    const { VERSION } = await import('../src/cli/version.js');
    expect((await runCli(['version'])).stdout.trim()).toBe(VERSION);
    const { makeStyle } = await import('../src/output/style.js');
    expect(makeStyle({ isTTY: false }, { FORCE_COLOR: '1' }).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(makeStyle({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }).red('x')).toBe('x');
    expect(makeStyle({ isTTY: true }, { FORCE_COLOR: '0' }).red('x')).toBe('x');
  });
});
