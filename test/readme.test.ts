import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build script
import { readmeWithReference, readmeWithRules } from '../scripts/reference.mjs';
import { ROOT } from './helpers.js';
import { RULES } from '../src/pipeline/rules.js';

describe('README', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  it('has a fresh field reference (run node scripts/reference.mjs)', () => {
    expect(readme).toBe(readmeWithReference(readme));
  });
  it('documents every rule, its table made from the rule registry (run node scripts/reference.mjs)', () => {
    expect(readme).toBe(readmeWithRules(readme, RULES));
    for (const r of RULES) expect(readme, r.id).toContain(`\`${r.id}\``);
  });
  it('gives the test commands that .ci/run runs', () => {
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
    for (const command of ['npm test', 'npm run test:recipes']) {
      expect(readme).toContain(command);
      expect(ci).toMatch(new RegExp(`^${command}$`, 'm'));
    }
  });
});
