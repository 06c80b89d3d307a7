import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script
import { readmeWithReference, readmeWithRules } from '../scripts/reference.mjs';
import { ROOT } from './helpers.js';
import { RULES } from '../src/pipeline/validate/rules.js';

describe('README and docs/', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const manifest = readFileSync(`${ROOT}docs/manifest.md`, 'utf8');
  it('has a fresh field reference (run node scripts/reference.mjs)', () => {
    expect(manifest).toBe(readmeWithReference(manifest));
  });
  it('documents every rule, its table made from the rule registry (run node scripts/reference.mjs)', () => {
    expect(manifest).toBe(readmeWithRules(manifest, RULES));
    for (const r of RULES) expect(manifest, r.id).toContain(`\`${r.id}\``);
  });
  it("the quickstart's sample error is what validate prints for the mistake it names", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
    const { tmpdir } = require('node:os') as typeof import('node:os');
    const { runCli } = await import('./helpers.js');
    const heredoc = /cat > manifests\/hello\.yaml <<'YAML'\n([\s\S]*?)\nYAML\n/.exec(readme)![1]!;
    const mistake =
      /A mistake shows where it is and how to fix it \(here `cpu: (\w+)` with `memory: (\w+)`\):\n\n```\n([^\n]+)\n```/.exec(
        readme,
      )!;
    const [, cpu, memory, sample] = mistake;
    const dir = mkdtempSync(join(tmpdir(), 'saejob-quickstart-'));
    mkdirSync(join(dir, 'manifests'));
    const text = heredoc.replace(/cpu: \S+/, `cpu: ${cpu}`).replace(/memory: \S+/, `memory: ${memory}`);
    expect(text).not.toBe(heredoc);
    writeFileSync(join(dir, 'manifests', 'hello.yaml'), `${text}\n`);
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toContain(sample);
  });
  it('links only to files and headings that exist', () => {
    const { existsSync, readdirSync } = require('node:fs') as typeof import('node:fs');
    const anchor = (h: string) =>
      h
        .replace(/^#+\s*/, '')
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-');
    const files = [
      'README.md',
      'ARCHITECTURE.md',
      'CONTRIBUTING.md',
      ...readdirSync(`${ROOT}docs`).map((f) => `docs/${f}`),
    ];
    const broken: string[] = [];
    for (const f of files) {
      const text = readFileSync(`${ROOT}${f}`, 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [path, hash] = target.split('#');
        const file = path ? join(dirname(`${ROOT}${f}`), path) : `${ROOT}${f}`;
        if (!existsSync(file)) broken.push(`${f}: ${target}`);
        else if (
          hash &&
          file.endsWith('.md') &&
          !readFileSync(file, 'utf8')
            .split('\n')
            .some((l) => l.startsWith('#') && anchor(l) === hash)
        )
          broken.push(`${f}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
  it('gives the test commands that .ci/run runs', () => {
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
    for (const command of ['npm test', 'npm run test:recipes']) {
      expect(readme).toContain(command);
      expect(ci).toMatch(new RegExp(`^${command}$`, 'm'));
    }
  });
});
