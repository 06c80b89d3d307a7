import type { Io } from './io.js';
/** Text that cannot start a workflow command: `::` at a line's start becomes `:\u200b:`. */
export declare const inert: (text: string) => string;
/** Whether this run's output is read by GitHub Actions. */
export declare function isGithubRun(argv: readonly string[], env: NodeJS.ProcessEnv): boolean;
/** The Io of a GitHub run: out() and err() inert, command() the one raw way to stdout. */
export declare function githubIo(io: Io): Io;
