import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = `${ROOT}bin/saejob.cjs`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would: a subprocess, no TTY. */
export function runCli(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, NO_COLOR: '1', ...opts.env }))
      if (v !== undefined) env[k] = v;
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd ?? ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Run tasks with at most `limit` at once (the machine has 2 cores). */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

/**
 * Run the CLI in this process, through main() and an Io that records what
 * it prints: the same commands as the binary, without starting a Node a
 * case (the subprocess tests keep the binary itself honest).
 */
export async function runInProcess(
  args: string[],
  opts: {
    input?: string | Buffer;
    env?: Record<string, string | undefined> /** a terminal on stdin that types this answer to any question */;
    answer?: string;
  } = {},
): Promise<CliResult> {
  const { main } = await import('../src/cli/main.js');
  const { makeStyle } = await import('../src/output/style.js');
  let stdout = '';
  let stderr = '';
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries({ ...process.env, NO_COLOR: '1', ...opts.env })) if (v !== undefined) env[k] = v;
  const input = Buffer.from(opts.input ?? '');
  const plain = makeStyle({ isTTY: false });
  const code = await main(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: opts.answer !== undefined,
    readStdin: (max) => input.subarray(0, max + 1),
    prompt: async (question) => {
      stderr += `${question}${opts.answer}\n`;
      return opts.answer ?? '';
    },
    outStyle: plain,
    errStyle: plain,
  });
  return { code, stdout, stderr };
}
