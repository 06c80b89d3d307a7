// bin/saejob.cjs runs the CLI bundle through V8's code cache. The cache is
// an optimisation only: absent, stale, corrupt or disabled, the CLI works.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('bin/saejob.cjs code cache', () => {
  it('writes a cache on the first run and uses it on the next', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    const first = await runCli(['validate'], { env: { XDG_CACHE_HOME: cache } });
    expect(first.code).toBe(0);
    const files = readdirSync(join(cache, 'saejob'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^v8-v\d+\.\d+\.\d+-\w+-\d+-\d+-validate\.bin$/);
    const second = await runCli(['validate'], { env: { XDG_CACHE_HOME: cache } });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('a corrupt cache file is ignored and replaced', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    await runCli(['validate'], { env: { XDG_CACHE_HOME: cache } });
    const [file] = readdirSync(join(cache, 'saejob'));
    writeFileSync(join(cache, 'saejob', file!), 'not a V8 code cache');
    const r = await runCli(['validate'], { env: { XDG_CACHE_HOME: cache } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('SAEJOB_NO_COMPILE_CACHE=1 writes nothing; an unwritable cache directory costs nothing but speed', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'saejob-cache-'));
    expect((await runCli(['validate'], { env: { XDG_CACHE_HOME: cache, SAEJOB_NO_COMPILE_CACHE: '1' } })).code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
    expect((await runCli(['validate'], { env: { XDG_CACHE_HOME: '/proc/no-such-dir' } })).code).toBe(0);
  });
});
