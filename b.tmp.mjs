import { build } from 'esbuild';
await build({ entryPoints: ['/work/main/src/simple-yaml.ts'], bundle: true, format: 'esm', platform: 'node', outfile: '/tmp/simple-yaml.mjs', alias: { yaml: '/work/main/node_modules/yaml/browser/index.js' }, logLevel: 'warning' });
