// The README's pre-commit recipe, end to end: pre-commit builds the hook from
// a git commit of this repository (npm install, npm pack, npm install -g —
// the way it builds every `language: node` hook) and runs it on a user's
// repository. Runs (npm run test:recipes) whenever `pre-commit` is on the PATH;
// `.ci/run` installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;

/** The `.pre-commit-config.yaml` block of the README's pre-commit section. */
function readmeRecipe(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## pre-commit\n'));
  const m = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README: no .pre-commit-config.yaml block under "## pre-commit"');
  return m[1]!;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=saejob test',
      '-c',
      'user.email=test@example.invalid',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, stdio: 'pipe' },
  ).toString();

/** This working tree (what git would commit: tracked and new files, not ignored ones) as a one-commit repository. */
function hookRepository(dir: string): string {
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
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'snapshot');
  return git(dir, 'rev-parse', 'HEAD').trim();
}

describe.skipIf(!hasPreCommit)("the README's pre-commit recipe", () => {
  it('installs the hook from a commit; a valid manifest passes, a broken one fails with file:line:col', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'saejob-pre-commit-'));
    const hookRepo = join(tmp, 'saejob');
    const rev = hookRepository(hookRepo);
    const user = join(tmp, 'user');
    mkdirSync(join(user, 'manifests'), { recursive: true });
    mkdirSync(join(user, '.github/workflows'), { recursive: true });
    copyFileSync(`${ROOT}manifests/nightly-report.yaml`, join(user, 'manifests/nightly-report.yaml'));
    writeFileSync(
      join(user, 'manifests/broken.yaml'),
      readFileSync(`${ROOT}manifests/nightly-report.yaml`, 'utf8').replace(/^( *replicas:) .*$/m, '$1 many'),
    );
    writeFileSync(join(user, '.github/workflows/ci.yml'), 'name: ci\non: [push]\njobs: {}\n');
    const recipe = readmeRecipe()
      .replace(/repo: \S+/, `repo: ${hookRepo}`)
      .replace(/rev: \S+/, `rev: ${rev}`);
    expect(recipe).toContain(rev);
    writeFileSync(join(user, '.pre-commit-config.yaml'), recipe);
    git(user, 'init', '-q');
    git(user, 'add', '-A');
    const env = {
      ...process.env,
      HOME: join(tmp, 'home'), // nothing lands in the developer's home
      PRE_COMMIT_HOME: join(tmp, 'pre-commit'),
      // npm's downloads are kept between runs, inside this checkout.
      npm_config_cache: `${ROOT}node_modules/.cache/pre-commit-test-npm`,
      npm_config_update_notifier: 'false',
      NO_COLOR: '1',
    };
    const run = (...files: string[]) =>
      spawnSync('pre-commit', ['run', '--color', 'never', '--files', ...files], { cwd: user, env, encoding: 'utf8' });

    const good = run('manifests/nightly-report.yaml', '.github/workflows/ci.yml');
    expect(good.stderr + good.stdout).toMatch(/saejob validate\.+Passed/);
    expect(good.status).toBe(0);

    const bad = run('manifests/broken.yaml');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/manifests\/broken\.yaml:\d+:\d+: error: .*replicas/);
  }, 300_000);
});
