import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script
import { readmeWithReference, readmeWithRules } from '../scripts/reference.mjs';
import { ROOT } from './helpers.js';
import { RULES } from '../src/pipeline/rules.js';

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
