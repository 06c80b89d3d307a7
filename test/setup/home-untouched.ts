// Tests never write to the developer's home: vitest.config.ts gives every
// test a temporary HOME and cache directory. This checks it: saejob's cache
// directory in the real home must be the same after the run as before it (a
// test that starts saejob with the real environment fails the run here).
// Only this build's files count: another saejob on the machine (a different
// checkout, an installed one) may use the same cache meanwhile. Node 22+
// keeps its compile cache under node/, keyed by content: there every file
// counts.
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cache files' prefix for this build's CLI bundle (see bin/saejob.cjs). */
function thisBuild(): string {
  try {
    const st = statSync(fileURLToPath(new URL('../../dist/cli-main.cjs', import.meta.url)));
    return `v8-${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-`;
  } catch {
    return 'v8-';
  }
}

function snapshot(dir: string, prefix: string): string {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.startsWith(prefix) || f.startsWith('node'))
      .sort()
      .map((f) => `${f} ${statSync(join(dir, f)).mtimeMs}`)
      .join('\n');
  } catch {
    return '(none)';
  }
}

export default function setup(): () => void {
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'saejob');
  const prefix = thisBuild();
  const before = snapshot(cache, prefix);
  return () => {
    if (snapshot(cache, prefix) === before) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set too.
    process.exitCode = 1;
    throw new Error(
      `a test wrote to ${cache}, in the developer's home: give the processes it starts the suite's environment (HOME and XDG_CACHE_HOME come from vitest.config.ts)`,
    );
  };
}
