// The CLI tests run the built bundles (bin/saejob.cjs → dist/): they must be
// built from the sources as they are now, however vitest was started. A
// bundle older than any source file is rebuilt before the tests run.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  let built = 0;
  try {
    built = Math.min(
      statSync(join(root, 'dist/cli-main.cjs')).mtimeMs,
      statSync(join(root, 'dist/cloud.cjs')).mtimeMs,
      statSync(join(root, 'dist/index.js')).mtimeMs,
    );
  } catch {
    /* not built yet */
  }
  const sources = Math.max(
    newest(join(root, 'src')),
    statSync(join(root, 'schema/source/job.json')).mtimeMs,
    statSync(join(root, 'package.json')).mtimeMs,
  );
  if (built < sources)
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundles'], { stdio: 'inherit' });
}
