// The terminal edge: everything the commands print or read goes through Io,
// so commands stay testable and only main() touches the process.
import { writeSync } from 'node:fs';
import { readBounded } from '../pipeline/load/load.js';
import { createRequire } from 'node:module';
import { makeStyle, type Style } from '../output/style.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Standard input, at most `maxBytes` (one byte more tells it is longer). */
  readStdin(maxBytes: number): Uint8Array;
  /** Ask on stderr, read one line from stdin (only when stdin is a TTY). */
  prompt(question: string): Promise<string>;
  /** Styles for stdout and stderr (colour only on a TTY, never with NO_COLOR). */
  outStyle: Style;
  errStyle: Style;
  /** Writes a workflow command to stdout as it is (a GitHub run; see cli/workflow.ts). */
  command?(text: string): void;
}

/**
 * Write straight to a file descriptor. Creating process.stdout and
 * process.stderr loads Node's stream machinery, a tenth of a one-file
 * `saejob validate`; a CLI that writes whole lines needs none of it.
 */
function writeAll(fd: number, text: string): void {
  let buf = Buffer.from(text);
  while (buf.length > 0) {
    try {
      buf = buf.subarray(writeSync(fd, buf));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return; // the reader is gone (`saejob compile | head`)
      if (code !== 'EAGAIN')
        throw new UsageError(
          `cannot write to ${fd === 1 ? 'standard output' : 'standard error'}: ${code ?? (err as Error).message}`,
        );
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2); // a full non-blocking pipe: wait, then go on
    }
  }
}

// node:tty loads node:net: asked only when a command needs to know (colour,
// progress, a prompt), so a clean `saejob validate` never pays for it.
const lazy = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

export function processIo(): Io {
  // Any path serves createRequire for a built-in module.
  const tty = lazy(() => createRequire(process.execPath)('node:tty') as typeof import('node:tty'));
  const stdoutIsTTY = lazy(() => tty().isatty(1));
  const stderrIsTTY = lazy(() => tty().isatty(2));
  const stdinIsTTY = lazy(() => tty().isatty(0));
  const outStyle = lazy(() => makeStyle({ isTTY: stdoutIsTTY() }));
  const errStyle = lazy(() => makeStyle({ isTTY: stderrIsTTY() }));
  return {
    out: (t) => writeAll(1, t),
    err: (t) => writeAll(2, t),
    env: process.env,
    get stdoutIsTTY() {
      return stdoutIsTTY();
    },
    get stderrIsTTY() {
      return stderrIsTTY();
    },
    get stdinIsTTY() {
      return stdinIsTTY();
    },
    readStdin: (maxBytes) => readBounded(0, maxBytes),
    prompt: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    get outStyle() {
      return outStyle();
    },
    get errStyle() {
      return errStyle();
    },
  };
}

/** A usage mistake: printed without a stack, exit 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}
