// The README's adoption recipe, end to end: the emulator seeded from the
// recipe's own file, then its commands as written (npx saejob → this
// build), checking which jobs are managed after each step.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers.js';

let emulator: ChildProcess | undefined;
afterEach(() => emulator?.kill());

function recipe(): string {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Adopting jobs made in the console'));
  const m = /```sh\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('README: no sh block under "## Adopting jobs made in the console"');
  return m[1]!;
}

describe("the README's adoption recipe", () => {
  it('lists, exports, adopts one job by --target, and lists again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saejob-adopt-'));
    const lines = recipe().split('\n');
    const start = lines.findIndex((l) => /^npx saejob emulator .*&$/.test(l));
    expect(start).toBeGreaterThan(0);
    const saejob = `"${process.execPath}" "${CLI}"`;
    const sh = (text: string) => text.replaceAll('npx saejob', saejob);
    // The seed file, as the recipe writes it.
    const seed = spawnSync('bash', ['-euc', sh(lines.slice(0, start).join('\n'))], { cwd: dir, encoding: 'utf8' });
    expect(seed.status, seed.stderr).toBe(0);
    // The emulator on a free port, waited for by its "listening" line rather than by time.
    const args = lines[start]!.replace(/^npx saejob /, '')
      .replace(/ &$/, '')
      .replace('--port 8787', '--port 0');
    emulator = spawn(process.execPath, [CLI, ...args.split(' ')], { cwd: dir });
    const port = await new Promise<string>((resolve, reject) => {
      let out = '';
      emulator!.stdout!.on('data', (d) => {
        out += d;
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      emulator!.on('exit', (c) => reject(new Error(`emulator exited ${c}: ${out}`)));
    });
    const rest = lines
      .slice(start + 1)
      .map((l) => l.replace('127.0.0.1:8787', `127.0.0.1:${port}`))
      .join('\n');
    // Each command's output after a marker, to check the state after each step.
    const script = sh(rest)
      .split('\n')
      .map((l) => (l.startsWith(saejob) ? `echo "--- ${l.split(' ')[2]}"; ${l}` : l))
      .join('\n');
    const env = { ...process.env, NO_COLOR: '1' };
    const run = spawnSync('bash', ['-euc', script], { cwd: dir, encoding: 'utf8', env });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const steps = run.stdout.split(/^--- /m).slice(1);
    expect(steps.map((s) => s.split('\n')[0])).toEqual(['list', 'export', 'plan', 'apply', 'list']);
    expect(steps[0]).toMatch(/legacy +cn-hangzhou:prod +\(none: unmanaged\)/);
    expect(steps[0]).toMatch(/nightly +cn-hangzhou:prod +\(none: unmanaged\)/);
    expect(readFileSync(join(dir, 'manifests/prod/legacy.yaml'), 'utf8')).toContain('name: legacy');
    expect(steps[2], steps[2]).toContain('Plan: 0 to create, 1 to update, 0 to replace, 0 unchanged.');
    expect(steps[3]).toContain('Apply: 1 updated.');
    expect(steps[4]).toMatch(/legacy +cn-hangzhou:prod +default /);
    expect(steps[4]).toMatch(/nightly +cn-hangzhou:prod +\(none: unmanaged\)/);
  }, 60_000);
});
