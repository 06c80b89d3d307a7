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
export declare const formatsOf: <R>(reporters: Reporters<R>) => readonly string[];
/** A sink that keeps what is written (the reporters' unit tests, and a library user's own rendering). */
export declare function stringSink(style: Style): Sink & {
    stdout: string;
    stderr: string;
    summaries: string[];
};
