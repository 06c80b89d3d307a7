// Every broken manifest in test/broken/ must fail validation through the CLI
// with exit 1, a file:line:col that points at the offending place, the rule
// that found it, and a message naming the field. Expectations live in each
// file's first line: `# expect: RULE FIELD @LINE:COL`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { ROOT, runInProcess, pool, type CliResult } from './helpers.js';
import { RULES } from '../src/pipeline/validate/rules.js';

const DIR = 'test/broken';
const files = readdirSync(`${ROOT}${DIR}`)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

interface Expectation {
  rule: string;
  field: string;
  line: number;
  col: number;
}
function expectationOf(file: string): Expectation {
  const first = readFileSync(`${ROOT}${DIR}/${file}`, 'latin1').split('\n')[0]!;
  const m = /^# expect: (\S+) (\S+) @(\d+):(\d+)$/.exec(first);
  if (!m) throw new Error(`${file}: first line must be "# expect: RULE FIELD @L:C"`);
  return { rule: m[1]!, field: m[2] === '-' ? '' : m[2]!, line: Number(m[3]), col: Number(m[4]) };
}

const results = new Map<string, { text: CliResult; json: CliResult }>();

beforeAll(async () => {
  await pool(files, 4, async (f) => {
    const path = `${DIR}/${f}`;
    const [text, json] = [await runInProcess(['validate', path]), await runInProcess(['validate', '-o', 'json', path])];
    results.set(f, { text, json });
  });
}, 120_000);

describe('broken manifest corpus', () => {
  it('has at least 40 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it('covers every rule (but warnings and --region, tested elsewhere), every schema keyword and the YAML failures', () => {
    const rules = new Set(files.map((f) => expectationOf(f).rule));
    for (const r of RULES) {
      if (r.severity === 'warning' || r.id === 'region-mismatch') continue; // warnings and --region: tested elsewhere
      expect(rules, `no broken example for rule ${r.id}`).toContain(r.id);
    }
    for (const k of [
      'const',
      'enum',
      'type',
      'required',
      'additionalProperties',
      'pattern',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'minItems',
      'uniqueItems',
      // (no `format`: the schema spells host names as a pattern, so validators need no formats plugin)
      'oneOf',
    ]) {
      expect(rules, `no broken example for schema keyword ${k}`).toContain(`schema/${k}`);
    }
    for (const r of [
      'yaml/DUPLICATE_KEY',
      'yaml/TAB_AS_INDENT',
      'yaml/ALIAS_LIMIT',
      'manifest/not-a-mapping',
      'file/empty',
      'file/encoding',
    ])
      expect(rules).toContain(r);
  });

  it.each(files)('%s fails where and why it says', (f) => {
    const exp = expectationOf(f);
    const { text, json } = results.get(f)!;
    expect(text.code).toBe(1);
    expect(json.code).toBe(1);
    expect(text.stderr).not.toMatch(/internal error|\n\s+at /); // never a stack trace
    const line = text.stderr
      .split('\n')
      .find((l) => l.startsWith(`${DIR}/${f}:${exp.line}:${exp.col}: error: `) && l.includes(`[${exp.rule}`));
    expect(line, `no "${DIR}/${f}:${exp.line}:${exp.col}: error: ... [${exp.rule}" in:\n${text.stderr}`).toBeDefined();
    if (exp.field) expect(line).toContain(`${exp.field}: `);
    const report = JSON.parse(json.stdout);
    expect(report.valid).toBe(false);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: exp.rule, line: exp.line, col: exp.col, field: exp.field, severity: 'error' }),
    );
    // The offending line of the file is the one reported.
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length).toBeLessThanOrEqual(
      2,
    ); // no cascading noise
  });
});
