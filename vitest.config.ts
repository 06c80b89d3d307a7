import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Most test time is spent waiting (subprocesses, HTTP to the emulator): one
// worker more than there are cores keeps them busy. Worker threads without a
// fresh module graph per file: starting a process and transforming the
// sources again for each of 30 files cost a third of the suite's CPU time.
// Tests share no state through modules (each makes its own emulator, Io and
// temporary directories), which running them this way keeps checking.
const workers = availableParallelism() + 1;

// Tests never touch the developer's home: every test, and every process a
// test starts, sees a fresh temporary HOME and cache directory (no code cache
// written to ~/.cache, no credentials file of the developer's read).
const home = mkdtempSync(join(tmpdir(), 'saejob-test-home-'));

export default defineConfig({
  test: {
    globalSetup: ['test/setup/fresh-bundles.ts', 'test/setup/home-untouched.ts'],
    pool: 'threads',
    isolate: false,
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { HOME: home, XDG_CACHE_HOME: join(home, '.cache') },
    projects: [
      // `npm test`: saejob's code, through its functions, main() and a handful of runs of the binary.
      {
        extends: true,
        test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/recipes/**', '**/node_modules/**'] },
      },
      // `npm run test:recipes`: the README's recipes run end to end as a user
      // runs them — `npm start` (the demo), the GitHub Action's steps, and the
      // pre-commit hook installed from a git commit (npm install of the whole
      // repository, ~20 s alone). `vitest run` runs both; .ci/run runs both.
      { extends: true, test: { name: 'recipes', include: ['test/recipes/**/*.test.ts'] } },
    ],
  },
});
