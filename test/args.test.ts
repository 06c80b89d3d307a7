// Flag parsing: parseArgs, with a fast path for file names only that must
// return exactly what parseArgs would.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { HELP_OPTION, OUTPUT_OPTION, parseCommandArgs } from '../src/cli/args.js';
import { UsageError } from '../src/cli/io.js';

describe('parseCommandArgs', () => {
  const options = { ...OUTPUT_OPTION, region: { type: 'string' as const } };
  const viaParseArgs = (args: string[]) =>
    parseArgs({ args, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });

  it('file names only (the fast path) give what parseArgs gives', () => {
    for (const argv of [[], ['manifests/a.yaml'], ['a.yaml', '-', 'dir/b.yml'], ['x-y.yaml', 'a--b']]) {
      const fast = parseCommandArgs('validate', argv, options);
      expect({ ...fast.values }, argv.join(' ')).toEqual({ ...viaParseArgs(argv).values });
      expect(fast.positionals).toEqual(viaParseArgs(argv).positionals);
    }
  });

  it('anything that looks like a flag goes through parseArgs', () => {
    expect({ ...parseCommandArgs('validate', ['-o', 'json', 'a.yaml'], options).values }).toEqual({ output: 'json' });
    expect(parseCommandArgs('validate', ['--', '-a.yaml'], options).positionals).toEqual(['-a.yaml']);
    expect(() => parseCommandArgs('validate', ['a.yaml', '-x'], options)).toThrow(UsageError);
    expect(() => parseCommandArgs('validate', ['--regoin', 'x'], options)).toThrow(/did you mean --region/);
  });
});
