import { type Style } from '../output/style.js';
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
export declare function processIo(): Io;
/** A usage mistake: printed without a stack, exit 1. */
export declare class UsageError extends Error {
    name: string;
}
