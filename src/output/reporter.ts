// What every command's output goes through: a Sink (stdout, stderr, their
// styles, the CI job summary) and, per command, one Reporter per -o format.
// A command builds its report (plain data) and hands it to the reporter of
// the chosen format; it never formats output itself. The -o values a
// command accepts, and lists in its help, are the keys of its reporter table.
import type { Style } from './style.js';

export interface Sink {
  out(text: string): void;
  err(text: string): void;
  outStyle: Style;
  errStyle: Style;
  /** Markdown for the CI job summary (GitHub's $GITHUB_STEP_SUMMARY); dropped where there is none. */
  summary(markdown: string): void;
  /**
   * One GitHub workflow command (`::error file=…::…`), made by output/github.ts
   * with its text escaped: the one way a command reaches the runner. In a
   * GitHub run everything written with out() and err() is neutralised, so a
   * file name or a field value cannot start a command (cli/workflow.ts).
   */
  command(line: string): void;
}

export type Reporter<R> = (report: R, sink: Sink) => void;

/** A command's reporters by -o value; the first is the default. */
export type Reporters<R> = Readonly<Record<string, Reporter<R>>>;

/** The -o values of a reporter table, default first. */
export const formatsOf = <R>(reporters: Reporters<R>): readonly string[] => Object.keys(reporters);

/** A sink that keeps what is written (the reporters' unit tests, and a library user's own rendering). */
export function stringSink(style: Style): Sink & { stdout: string; stderr: string; summaries: string[] } {
  const s = {
    stdout: '',
    stderr: '',
    summaries: [] as string[],
    out: (t: string) => void (s.stdout += t),
    err: (t: string) => void (s.stderr += t),
    outStyle: style,
    errStyle: style,
    summary: (md: string) => void s.summaries.push(md),
    command: (line: string) => void (s.stdout += `${line}\n`),
  };
  return s;
}
