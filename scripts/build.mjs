// Build: regenerate the schema-derived code, bundle the CLI and the library
// with esbuild (one file for the validate path: module loading dominates a
// pre-commit hook's time), and emit the library's type declarations.
import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateValidator, generateTypes, paths } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function writeIfChanged(file, text) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

writeIfChanged(paths.validator, generateValidator());
writeIfChanged(paths.types, await generateTypes());

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  entryPoints: { cli: `${root}src/cli.ts`, index: `${root}src/index.ts` },
  outdir: `${root}dist`,
  bundle: true,
  splitting: true, // the cloud commands are split into chunks loaded on demand
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The cloud SDKs stay in node_modules and load only for the cloud commands.
  external: ['@alicloud/pop-core', '@alicloud/credentials'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CommonJS dependencies (yaml's node build) require Node built-ins.
  banner: { js: "import { createRequire as __saejobCreateRequire } from 'node:module'; const require = __saejobCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`], { stdio: 'inherit' });
