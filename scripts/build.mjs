// Build: the schema-derived code, the bundles (one file for the validate
// path: module loading dominates a pre-commit hook's time), the library's type
// declarations.
//   node scripts/build.mjs           regenerate src/generated/ from the schema, then build
//   node scripts/build.mjs --check   build, but fail if src/generated/ is stale (npm test,
//                                    prepare, CI: a committed generated file is what ships)
//   node scripts/build.mjs --bundles only the bundles (the test setup: tests never run a stale bundle)
import { copyFileSync, cpSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  generateValidator,
  generateTypes,
  generateTimeZones,
  generateVersion,
  generateSchemaText,
  paths,
} from './generate.mjs';
import { publishedSchemas } from './schemas.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function writeIfChanged(file, text) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--bundles') ? 'bundles' : 'write';
/** Every file generated from the schema sources and package.json, and what it must hold. */
const generated = async () => ({
  [paths.validator]: generateValidator(),
  [paths.types]: await generateTypes(),
  [paths.version]: generateVersion(),
  [paths.schemaText]: generateSchemaText(),
  ...publishedSchemas(),
});
if (mode === 'write') {
  for (const [file, text] of Object.entries(await generated())) writeIfChanged(file, text);
  // The zone list follows the ICU of the Node that first built it; it is only a fast path.
  if (!existsSync(paths.timeZones)) writeFileSync(paths.timeZones, generateTimeZones());
} else if (mode === 'check') {
  const stale = [];
  for (const [file, text] of Object.entries(await generated()))
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(file);
  if (stale.length) {
    console.error(
      `build: generated code is stale (the schema changed): ${stale.map((p) => p.slice(root.length)).join(', ')}\nbuild: run npm run build and commit the result`,
    );
    process.exit(1);
  }
}

// The bundles are rebuilt whole; the declarations only by a full build.
rmSync(mode === 'bundles' ? `${root}dist/chunks` : `${root}dist`, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Everything saejob runs is in dist/: installing it needs no build and no install script (the
  // cloud SDKs are bundled too, into the chunks only the cloud commands load; their licences,
  // MIT and Apache-2.0, allow it: dist/THIRD-PARTY-NOTICES.txt keeps their notices).
  // yaml's ESM build lets esbuild drop what saejob does not use.
  alias: { yaml: `${root}node_modules/yaml/browser/index.js` },
};
// The CLI is CommonJS: Node 20 starts a CommonJS bundle faster than ES
// modules (lazy function compilation), and this runs in every pre-commit
// hook. The validate path is one file; the cloud commands are another,
// required only when one of them runs.
const cloudApart = {
  name: 'cloud-apart',
  setup(b) {
    b.onResolve({ filter: /commands\/cloud-index\.js$/ }, () => ({ path: './cloud.cjs', external: true }));
  },
};
await build({
  ...common,
  entryPoints: [`${root}src/cli/bin.ts`],
  outfile: `${root}dist/cli-main.cjs`,
  format: 'cjs',
  plugins: [cloudApart],
  // Every start reads, hashes and deserialises this file's code: minified, a one-manifest validate
  // starts ~2.5 ms sooner (of ~30). Names are kept: the few stack traces that reach a bug report
  // stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
});
// bin/saejob.cjs runs the bundle as a vm.Script (for V8's code cache), where
// import() has no loader: load the cloud bundle and Node built-ins with require.
const mainFile = `${root}dist/cli-main.cjs`;
const main = readFileSync(mainFile, 'utf8').replace(
  /\bimport\(("[^"]+")\)/g,
  'Promise.resolve().then(() => require($1))',
);
if (/\bimport\(/.test(main)) throw new Error('dist/cli-main.cjs still has a dynamic import()');
// bin/saejob.cjs reads the bundle as latin1 (no UTF-8 decoding on every start): it must be ASCII.
if (/[^\x00-\x7f]/.test(main)) throw new Error('dist/cli-main.cjs is not ASCII: bin/saejob.cjs reads it as latin1');
writeFileSync(mainFile, main);
await build({
  ...common,
  entryPoints: [`${root}src/cli/commands/cloud-index.ts`],
  outfile: `${root}dist/cloud.cjs`,
  format: 'cjs',
});
// The library's three entries, built twice: ES modules split into chunks, and CommonJS for require().
const LIBRARY_ENTRIES = {
  index: `${root}src/index.ts`,
  cloud: `${root}src/cloud-entry.ts`,
  emulator: `${root}src/emulator-entry.ts`,
};
// The library: ES modules, split into chunks.
await build({
  ...common,
  entryPoints: LIBRARY_ENTRIES,
  outdir: `${root}dist`,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);",
  },
});
// The library for require(): one CommonJS file an entry (Node 20 cannot require ES modules).
await build({
  ...common,
  entryPoints: LIBRARY_ENTRIES,
  outdir: `${root}dist/cjs`,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
});
writeFileSync(`${root}dist/THIRD-PARTY-NOTICES.txt`, thirdPartyNotices());
if (mode !== 'bundles') {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`], {
    stdio: 'inherit',
  });
  // tsc does not copy hand-written declarations; the generated validator has one.
  copyFileSync(`${root}src/generated/validate-job.d.ts`, `${root}dist/types/src/generated/validate-job.d.ts`);
  // require() gets the same declarations, read as CommonJS: in a package of "type": "module" a
  // .d.ts is an ES module's, and TypeScript (node16/nodenext) would let a .cts file import what
  // then fails at run time ("masquerading as ESM"). Under dist/cjs, a package.json says commonjs.
  cpSync(`${root}dist/types`, `${root}dist/cjs/types`, { recursive: true });
  writeFileSync(`${root}dist/cjs/package.json`, '{\n  "type": "commonjs"\n}\n');
}

/** The licences of what the bundles hold, from each bundled package's own files. */
function thirdPartyNotices() {
  const { readdirSync } = require('node:fs');
  const seen = new Map();
  const visit = (name) => {
    if (seen.has(name)) return;
    const dir = `${root}node_modules/${name}`;
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    } catch {
      return;
    }
    const licence = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    seen.set(name, {
      version: pkg.version,
      license: pkg.license,
      text: licence ? readFileSync(`${dir}/${licence}`, 'utf8').trim() : '',
    });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  for (const name of ['yaml', '@alicloud/pop-core', '@alicloud/credentials']) visit(name);
  return `saejob's bundles in dist/ contain these packages, each under its own licence.\n\n${[...seen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, p]) => `== ${name} ${p.version} (${p.license ?? 'see below'})\n${p.text}`)
    .join('\n\n')}\n`;
}
