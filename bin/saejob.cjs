#!/usr/bin/env node
// saejob's entry point. Compiling the bundle (YAML parser, schema validator,
// rules) is most of a `saejob validate` in a pre-commit hook, so it runs
// through a code cache in the user's cache directory: Node's own compile
// cache where Node has one (22.1 and later), else V8's code cache through
// vm.Script (Node 20). The cache is only ever an optimisation: any failure
// falls back to plain compilation. SAEJOB_NO_COMPILE_CACHE=1 turns it off;
// SAEJOB_DEBUG_CACHE=1 says on stderr what happened.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'cli-main.cjs');
const debug = (what) => process.env.SAEJOB_DEBUG_CACHE && process.stderr.write(`saejob: code cache ${what}\n`);
const cacheRoot = () =>
  path.join(process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache'), 'saejob');

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
} else if (typeof Module.enableCompileCache === 'function') {
  // Node manages its cache (keyed by the file's content) in this directory. Its
  // own recursive mkdir can hang on odd paths (/proc): the directories are made
  // here first, one plain mkdir each, and without them there is no cache.
  const dir = path.join(cacheRoot(), 'node');
  if (makeDirs([path.dirname(path.dirname(dir)), path.dirname(dir), dir])) {
    const r = Module.enableCompileCache(dir);
    debug(
      `node ${r && r.status !== undefined ? (['failed', 'enabled', 'already enabled', 'disabled'][r.status] ?? r.status) : 'enabled'}`,
    );
  } else debug('unavailable');
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

// Node 20: one cache file per command (it holds the functions its first run
// compiled, so a `--help` run must not stand in for `validate`), keyed by Node
// version, architecture and the bundle's size and mtime; written atomically
// after a run that had none; the files of older builds removed then, so the
// directory holds one build's files at most.
function runWithV8Cache() {
  const vm = require('node:vm');
  const source = fs.readFileSync(file, 'utf8');
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
  let cacheFile;
  let cachedData;
  try {
    dir = cacheRoot();
    const st = fs.statSync(file);
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
        const build = path.basename(cacheFile).replace(/-[a-z]+\.bin$/, '-');
        for (const name of fs.readdirSync(dir))
          if (/^v8-.*\.bin$/.test(name) && !name.startsWith(build)) fs.rmSync(path.join(dir, name), { force: true });
        debug('written');
      } catch {
        // A cache that cannot be written only costs speed.
      }
    });
  }
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
}
