// The README's install, as users run it with install scripts off (npm 11
// does not run them by default): from git and from a packed tarball, into a
// fresh project, then validating the shipped examples. Nothing is built on
// install: the committed dist/ is what runs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const npm = (cwd: string, ...args: string[]) =>
  execFileSync(
    'npm',
    [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd, stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } },
  ).toString();

/** This working tree as git would commit it, as a one-commit repository (what a git install fetches). */
function snapshot(dir: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      copyFileSync(join(ROOT, f), join(dir, f));
    } catch {
      // deleted in the working tree but still tracked
    }
  }
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: dir, stdio: 'pipe' },
    );
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'snapshot');
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'saejob-install-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "user-project", "version": "1.0.0", "private": true }\n');
  return dir;
}

const validateExamples = (dir: string) =>
  execFileSync(
    process.execPath,
    [join(dir, 'node_modules/saejob/bin/saejob.cjs'), 'validate', join(ROOT, 'manifests')],
    { cwd: dir, stdio: 'pipe' },
  ).toString();

describe('install with install scripts off', () => {
  it('from git: validates the examples, and require() and import work', () => {
    const repo = mkdtempSync(join(tmpdir(), 'saejob-git-'));
    snapshot(repo);
    const dir = project();
    npm(dir, 'install', `git+file://${repo}`);
    expect(validateExamples(dir)).toMatch(/✓ 11 manifests in 10 files: 0 errors/);
    const out = execFileSync(
      process.execPath,
      ['-e', "console.log(typeof require('saejob').validateManifests, typeof require('saejob/cloud').Session)"],
      { cwd: dir },
    ).toString();
    expect(out.trim()).toBe('function function');
  }, 120_000);

  it('from a packed tarball: validates the examples; nothing of the toolchain comes along', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'saejob-pack-'));
    npm(ROOT, 'pack', '--pack-destination', packDir);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))!;
    const dir = project();
    npm(dir, 'install', join(packDir, tarball));
    expect(validateExamples(dir)).toMatch(/✓ 11 manifests in 10 files: 0 errors/);
    // yaml (for the type declarations) and saejob: no SDK, no build tools.
    expect(
      readdirSync(join(dir, 'node_modules'))
        .filter((d) => !d.startsWith('.'))
        .sort(),
    ).toEqual(['saejob', 'yaml']);
  }, 120_000);
});
