// The package as TypeScript users resolve it: arethetypeswrong over the packed
// tarball, and a CommonJS (.cts) and an ES module (.mts) consumer type-checked
// under nodenext and then run. Before dist/cjs/types, `require` resolved to
// ESM declarations ("masquerading as ESM"): a .cts file type-checked, then
// crashed on the first call.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saejob-types-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('types for every resolution', () => {
  it('arethetypeswrong finds no problem under node16 (CJS and ESM) and bundler', async () => {
    await run('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT });
    const { stdout } = await run(
      process.execPath,
      [
        `${ROOT}node_modules/@arethetypeswrong/cli/dist/index.js`,
        '--format',
        'json',
        '--profile',
        'node16',
        'saejob-0.1.0.tgz',
      ],
      { cwd: dir, maxBuffer: 64 << 20 },
    ).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout) as { analysis: { problems: { kind: string; entrypoint: string }[] } };
    // node10 (TypeScript's `moduleResolution: node`, removed in TypeScript 7) sees no subpath exports.
    expect(
      report.analysis.problems.filter((p) => p.kind !== 'NoResolution' || !/node10/.test(JSON.stringify(p))),
    ).toEqual([]);
  }, 60_000);

  it("a .cts and a .mts consumer type-check under nodenext and run; docs/library.md's examples type-check", async () => {
    const app = join(dir, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(app, 'node_modules', 'saejob'), 'dir');
    // @types/node is the consumer's own; the repository's is reached through the link's parent.
    symlinkSync(join(ROOT, 'node_modules', '@types'), join(app, 'node_modules', '@types'), 'dir');
    // Typed uses: a wrong type or a missing export fails tsc; a wrong runtime format fails node.
    const use = (lib: string, cloud: string) => `
const result = ${lib}.validatePaths(['${ROOT}manifests/nightly-report.yaml']);
const ok: boolean = !${lib}.hasErrors(result.diagnostics);
const version: string = ${cloud}.API_VERSION;
console.log(ok, typeof ${cloud}.Session, version.length > 0);
`;
    writeFileSync(
      join(app, 'check.cts'),
      `import saejob = require('saejob');\nimport cloud = require('saejob/cloud');\n${use('saejob', 'cloud')}`,
    );
    writeFileSync(
      join(app, 'check.mts'),
      `import * as saejob from 'saejob';\nimport * as cloud from 'saejob/cloud';\n${use('saejob', 'cloud')}`,
    );
    // docs/library.md's examples, as a reader would paste them: they must type-check (not run: they need SAE).
    const examples = [...readFileSync(`${ROOT}docs/library.md`, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(
      (m) => m[1]!,
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    examples.forEach((text, i) => writeFileSync(join(app, `example-${i}.mts`), `${text}\nexport {};\n`));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          target: 'es2022',
          outDir: 'out',
          types: ['node'],
        },
        files: ['check.cts', 'check.mts', ...examples.map((_, i) => `example-${i}.mts`)],
      }),
    );
    await run(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', app]).catch(
      (e: { stdout: string }) => {
        throw new Error(e.stdout);
      },
    );
    for (const out of ['check.cjs', 'check.mjs']) {
      const { stdout } = await run(process.execPath, [join(app, 'out', out)]);
      expect(stdout, out).toBe('true function true\n');
    }
  }, 60_000);
});
