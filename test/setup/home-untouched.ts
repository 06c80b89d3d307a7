// Tests never write to the developer's home: vitest.config.ts gives every
// test a temporary HOME and cache directory. This checks it: saejob's cache
// directory in the real home must be the same after the run as before it (a
// test that starts saejob with the real environment fails the run here).
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function snapshot(dir: string): string {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => `${f} ${statSync(join(dir, f)).mtimeMs}`)
      .join('\n');
  } catch {
    return '(none)';
  }
}

export default function setup(): () => void {
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'saejob');
  const before = snapshot(cache);
  return () => {
    if (snapshot(cache) === before) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set too.
    process.exitCode = 1;
    throw new Error(`a test wrote to ${cache}, in the developer's home: give the processes it starts the suite's environment (HOME and XDG_CACHE_HOME come from vitest.config.ts)`);
  };
}
