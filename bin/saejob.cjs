#!/usr/bin/env node
// saejob's entry point. Compiling the bundle (YAML parser, schema validator,
// rules) is most of a `saejob validate` in a pre-commit hook, so it runs
// through V8's code cache (vm.Script's cachedData), one file a command in the
// user's cache directory, written after the command's first run so that it
// holds every function that run compiled. On every Node from 20 to 26 this is
// faster than Node's own compile cache (module.enableCompileCache, Node 22+),
// which caches what compiling the file compiles: measured on Node 24.22, a
// one-manifest validate took 36.2 ms with Node's cache, 29.7 ms with this one
// (`node -e 0`: 22.3 ms). The cache is only ever an optimisation: any failure
// falls back to plain compilation. SAEJOB_NO_COMPILE_CACHE=1 turns it off;
// SAEJOB_DEBUG_CACHE=1 says on stderr what happened.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'cli-main.cjs');
const debug = (what) => process.env.SAEJOB_DEBUG_CACHE && process.stderr.write(`saejob: code cache ${what}\n`);
// HOME first: node:os is one more module to load on every start.
const cacheRoot = () =>
  path.join(
    process.env.XDG_CACHE_HOME || path.join(process.env.HOME || require('node:os').homedir(), '.cache'),
    'saejob',
  );

// The bundled Alibaba Cloud SDKs call url.parse(); from node_modules Node keeps quiet about it
// (DEP0169 is not shown for dependencies), bundled it would print on every cloud command.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const code = typeof rest[0] === 'object' && rest[0] !== null ? rest[0].code : rest[1];
  if (code === 'DEP0169') return;
  return emitWarning.call(process, warning, ...rest);
};

// dist/ is committed: only a checkout that removed it (or a broken copy) lacks it. One message, no stack trace.
if (!fs.existsSync(file)) {
  process.stderr.write(
    `saejob: ${path.relative(process.cwd(), file) || file} is missing: this copy of saejob is not built. In a checkout of its repository run: npm ci && npm run build\n`,
  );
  process.exit(1);
}

if (process.env.SAEJOB_NO_COMPILE_CACHE) {
  debug('off');
  require(file);
} else {
  runWithV8Cache();
}

/** Plain mkdirs, one level each, not a recursive one (which can hang on odd paths such as /proc). */
function makeDirs(dirs) {
  try {
    for (const d of dirs) {
      try {
        fs.mkdirSync(d, { mode: 0o700 });
      } catch (e) {
        if (e.code !== 'EEXIST') throw e;
      }
    }
    return true;
  } catch {
    return false;
  }
}

// One cache file per command (it holds the functions its first run
// compiled, so a `--help` run must not stand in for `validate`), keyed by Node
// version, architecture and the bundle's size and mtime; written atomically
// after a run that had none; files of other builds a week old removed then.
function runWithV8Cache() {
  const vm = require('node:vm');
  // The build keeps the bundle ASCII (scripts/build.mjs checks): read as latin1, it needs no UTF-8 decoding.
  const source = fs.readFileSync(file, 'latin1');
  const COMMANDS = [
    'validate',
    'compile',
    'plan',
    'apply',
    'export',
    'run',
    'status',
    'delete',
    'schema',
    'emulator',
    'render',
    'compare',
    'list',
  ];
  let dir;
  let st;
  let cacheFile;
  let cachedData;
  try {
    dir = cacheRoot();
    st = fs.statSync(file);
    const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'other';
    cacheFile = path.join(
      dir,
      `v8-${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${command}.bin`,
    );
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source.replace(/^#!.*/, '')), { filename: file, cachedData });
  debug(!cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit');
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('beforeExit', () => {
      try {
        if (!makeDirs([path.dirname(dir), dir])) return;
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        // Files of other builds go once a week old: this build's files for another Node version
        // stay (CI runs several in turn), and so do another project's saejob's (two versions used
        // in turn would otherwise each remove the other's files, and miss every time).
        const build = `-${st.size}-${Math.trunc(st.mtimeMs)}-`;
        const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
        for (const name of fs.readdirSync(dir)) {
          if (!/^v8-.*\.bin$/.test(name) || name.includes(build)) continue;
          const other = path.join(dir, name);
          if (fs.statSync(other).mtimeMs < weekAgo) fs.rmSync(other, { force: true });
        }
        debug('written');
      } catch {
        // A cache that cannot be written only costs speed.
      }
    });
  }
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
}
