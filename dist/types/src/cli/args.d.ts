import { parseArgs, type ParseArgsConfig } from 'node:util';
export type Options = NonNullable<ParseArgsConfig['options']>;
export declare const OUTPUT_OPTION: {
    readonly output: {
        readonly type: 'string';
        readonly short: 'o';
    };
};
export declare const HELP_OPTION: {
    readonly help: {
        readonly type: 'boolean';
        readonly short: 'h';
    };
};
/** For every command that reads manifests. */
export declare const INPUT_OPTIONS: {
    readonly 'max-file-size': {
        readonly type: 'string';
    };
    readonly environment: {
        readonly type: 'string';
        readonly short: 'e';
    };
};
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
/** What parseCommandArgs returns for a command's options: each flag's value typed by its option. */
export type ParsedFlags<T extends Options> = ReturnType<typeof parseArgs<{
    args: string[];
    options: T & typeof HELP_OPTION;
    allowPositionals: true;
    strict: true;
}>>;
/**
 * The command's flags, parsed once: typed by the options given (declare them `as const`), so that
 * a command reads `values.region` as the string or undefined it is.
 */
export declare function parseCommandArgs<const T extends Options>(command: string, argv: string[], options: T): ParsedFlags<T>;
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
export declare function setName(values: {
    set?: string | undefined;
}, env: Readonly<Record<string, string | undefined>>): string;
