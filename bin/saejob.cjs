#!/usr/bin/env node
// saejob's entry point. It runs dist/cli-main.cjs through V8's code cache:
// compiling the bundle (YAML parser, schema validator, rules) is most of a
// `saejob validate` in a pre-commit hook, and Node 20 has no compile cache of
// its own. The cache lives in the user's cache directory, is keyed by Node
// version, architecture, the bundle's size and mtime and the command, is written
// atomically after a run that had none, and is only ever an optimisation:
// any failure falls back to plain compilation. SAEJOB_NO_COMPILE_CACHE=1
// turns it off.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'cli-main.cjs');
const source = fs.readFileSync(file, 'utf8');
let cacheFile;
let cachedData;
if (!process.env.SAEJOB_NO_COMPILE_CACHE) {
  try {
    const home = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
    const st = fs.statSync(file);
    // One cache per command: the cache holds the functions its first run
    // compiled, so a `--help` run must not stand in for `validate`.
    const command = /^[a-z]+$/.test(process.argv[2] || '') ? process.argv[2] : 'other';
    cacheFile = path.join(home, 'saejob', `v8-${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${command}.bin`);
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
const script = new vm.Script(Module.wrap(source.replace(/^#!.*/, '')), { filename: file, cachedData });
const mod = { exports: {}, filename: file, id: file, loaded: false };
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  process.once('beforeExit', () => {
    try {
      // Two plain mkdirs, not a recursive one (which can hang on odd paths such as /proc).
      for (const dir of [path.dirname(path.dirname(cacheFile)), path.dirname(cacheFile)]) {
        try {
          fs.mkdirSync(dir, { mode: 0o700 });
        } catch (e) {
          if (e.code !== 'EEXIST') throw e;
        }
      }
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, cacheFile);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  });
}
script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
