// GitHub Actions reads every line of a step's output that starts with `::`
// as a workflow command (::add-mask::, ::stop-commands::, ::warning …), on
// stdout and stderr alike. A pull request chooses its file names and field
// values, and saejob prints them: in a GitHub run (-o github, or any run
// under GITHUB_ACTIONS) every line written through out() and err() that
// would start a command is broken with a zero-width space between the
// colons, and only Sink.command() — the annotations output/github.ts makes,
// their text escaped — reaches the runner as a command.
import type { Io } from './io.js';

const COMMAND_START = /(^|[\r\n])([ \t]*):(?=:)/g;

/** Text that cannot start a workflow command: `::` at a line's start becomes `:\u200b:`. */
export const inert = (text: string) => (text.includes('::') ? text.replace(COMMAND_START, '$1$2:\u200b') : text);

/** Whether this run's output is read by GitHub Actions. */
export function isGithubRun(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (env.GITHUB_ACTIONS === 'true') return true;
  return argv.some(
    (a, i) =>
      a === '-ogithub' || a === '--output=github' || ((a === '-o' || a === '--output') && argv[i + 1] === 'github'),
  );
}

/** The Io of a GitHub run: out() and err() inert, command() the one raw way to stdout. */
export function githubIo(io: Io): Io {
  return { ...io, out: (t) => io.out(inert(t)), err: (t) => io.err(inert(t)), command: (t) => io.out(t) };
}
