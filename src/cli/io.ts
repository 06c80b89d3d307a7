// The terminal edge: everything the commands print or read goes through Io,
// so commands stay testable and only main() touches the process.
import { readFileSync } from 'node:fs';
import { makeStyle, type Style } from '../output/style.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  readStdin(): Uint8Array;
  /** Ask on stderr, read one line from stdin (only when stdin is a TTY). */
  prompt(question: string): Promise<string>;
  /** Styles for stdout and stderr (colour only on a TTY, never with NO_COLOR). */
  outStyle: Style;
  errStyle: Style;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    readStdin: () => readFileSync(0),
    prompt: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    outStyle: makeStyle(process.stdout),
    errStyle: makeStyle(process.stderr),
  };
}

/** A usage mistake: printed without a stack, exit 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}
