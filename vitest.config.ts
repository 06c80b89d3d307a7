import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most test time is spent waiting (subprocesses, HTTP to the emulator, npm in
// the pre-commit test): one worker more than there are cores keeps them busy.
const workers = availableParallelism() + 1;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/fresh-bundles.ts'],
    maxWorkers: workers,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
