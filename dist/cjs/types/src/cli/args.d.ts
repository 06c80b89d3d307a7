import { type ParseArgsConfig } from 'node:util';
export type Options = NonNullable<ParseArgsConfig['options']>;
export declare const OUTPUT_OPTION: Options;
export declare const HELP_OPTION: Options;
/** For every command that reads manifests. */
export declare const INPUT_OPTIONS: Options;
export declare const INPUT_HELP = "  -e, --environment N where the manifests define environments: act on N's jobs\n  --max-file-size N   refuse files larger than N (default 1MiB; e.g. 4MiB, 512KiB)";
/** The environment a command acts on: --environment, else SAEJOB_ENVIRONMENT. */
export declare const chosenEnvironment: (values: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>) => string | undefined;
/** `--max-file-size` and `--environment` as the pipeline's options. */
export declare function inputOptions(values: Record<string, unknown>, 
/** The command's environment: SAEJOB_ENVIRONMENT is the default --environment (not for validate). */
env?: Readonly<Record<string, string | undefined>>): {
    maxFileBytes?: number;
    environment?: string;
};
export declare function parseCommandArgs(command: string, argv: string[], options: Options): {
    values: {
        [x: string]: string | boolean | (string | boolean)[] | undefined;
    };
    positionals: string[];
};
/** The -o value, checked; without one, the command's first format (text, or yaml for export). */
export declare function outputFormat(value: unknown, allowed: readonly string[], command: string): string;
/** The -o value and its reporter: a command takes exactly the formats its reporter table has. */
export declare function reporterFor<T extends Readonly<Record<string, unknown>>>(value: unknown, reporters: T, command: string): {
    format: keyof T & string;
    report: T[keyof T];
};
/** `10m`, `90s`, `1.5s`, `1h30m`, `1.5m`, `200ms`, or plain seconds (`1.5` too) → milliseconds. */
export declare function parseDuration(text: string, flag: string): number;
export declare function parsePositiveInt(text: string | undefined, flag: string, fallback: number): number;
/**
 * A command line as a POSIX shell splits it, without running anything:
 * words on white space, '…' literal, "…" with \" \\ \$ \` escapes, \ outside
 * quotes escaping the next character. `--command "sh -c 'echo a b'"` is
 * three words: sh, -c, echo a b.
 */
export declare function splitCommandLine(text: string, flag: string): string[];
/** The set this run manages: --set, SAEJOB_SET, or the default. */
export declare function setName(values: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>): string;
