// Flag parsing on node:util parseArgs, with messages for people.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';
import { nearest } from '../pipeline/suggest.js';
import { DEFAULT_SET, SET_NAME } from '../pipeline/plan/ownership.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const OUTPUT_OPTION = { output: { type: 'string', short: 'o' } } as const satisfies Options;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;
/** For every command that reads manifests. */
export const INPUT_OPTIONS = {
  'max-file-size': { type: 'string' },
  environment: { type: 'string', short: 'e' },
} as const satisfies Options;
export const INPUT_HELP = `  -e, --environment N where the manifests define environments: act on N's jobs
  --max-file-size N   refuse files larger than N (default 1MiB; e.g. 4MiB, 512KiB)`;

/** The environment a command acts on: --environment, else SAEJOB_ENVIRONMENT. */
export const chosenEnvironment = (
  values: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
) => (typeof values.environment === 'string' ? values.environment : env.SAEJOB_ENVIRONMENT || undefined);

/** `--max-file-size` and `--environment` as the pipeline's options. */
export function inputOptions(
  values: Record<string, unknown>,
  /** The command's environment: SAEJOB_ENVIRONMENT is the default --environment (not for validate). */
  env?: Readonly<Record<string, string | undefined>>,
): { maxFileBytes?: number; environment?: string } {
  // false: no environment, whatever SAEJOB_ENVIRONMENT says (a saved plan made without one).
  const chosen =
    typeof values.environment === 'string'
      ? values.environment
      : values.environment === false
        ? undefined
        : env?.SAEJOB_ENVIRONMENT || undefined;
  const environment = chosen ? { environment: chosen } : {};
  const v = values['max-file-size'];
  if (v === undefined) return environment;
  const m = /^([0-9]+)(B|K|KB|KiB|M|MB|MiB|G|GB|GiB)?$/i.exec(String(v));
  if (!m || Number(m[1]) < 1)
    throw new UsageError(`--max-file-size takes a size such as 4MiB, 512KiB or 100000 (bytes), not "${String(v)}"`);
  const unit = (m[2] ?? 'B').toUpperCase()[0]!;
  return {
    ...environment,
    maxFileBytes: Number(m[1]) * ({ B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[unit]!,
  };
}

/** What parseCommandArgs returns for a command's options: each flag's value typed by its option. */
export type ParsedFlags<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T & typeof HELP_OPTION; allowPositionals: true; strict: true }>
>;

/**
 * The command's flags, parsed once: typed by the options given (declare them `as const`), so that
 * a command reads `values.region` as the string or undefined it is.
 */
export function parseCommandArgs<const T extends Options>(command: string, argv: string[], options: T): ParsedFlags<T> {
  const all = { ...options, ...HELP_OPTION };
  const config = { args: argv, options: all, allowPositionals: true, strict: true } as const;
  // File names only (a pre-commit hook's call) is what parseArgs would return as it is; its first
  // call loads Node's parser, ~0.5 ms of a one-manifest validate's ~7 over `node -e 0`.
  if (argv.every((a) => a === '-' || !a.startsWith('-')))
    return { values: Object.create(null), positionals: [...argv] } as ParsedFlags<T>;
  try {
    return parseArgs(config);
  } catch (err) {
    const msg = (err as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(msg)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ''), Object.keys(all));
      throw new UsageError(
        `unknown option ${unknown} for "saejob ${command}"${guess ? `: did you mean --${guess}?` : ''} (see saejob ${command} --help)`,
      );
    }
    throw new UsageError(`${msg.replace(/\. To specify.*$/, '')} (see saejob ${command} --help)`);
  }
}

/** The -o value, checked; without one, the command's first format (text, or yaml for export). */
export function outputFormat(value: unknown, allowed: readonly string[], command: string): string {
  const format = typeof value === 'string' ? value : allowed[0]!;
  if (!allowed.includes(format))
    throw new UsageError(`saejob ${command} -o takes ${allowed.join(', ')}, not "${format}"`);
  return format;
}

/** The -o value and its reporter: a command takes exactly the formats its reporter table has. */
export function reporterFor<T extends Readonly<Record<string, unknown>>>(
  value: unknown,
  reporters: T,
  command: string,
): { format: keyof T & string; report: T[keyof T] } {
  const format = outputFormat(value, Object.keys(reporters), command) as keyof T & string;
  return { format, report: reporters[format] };
}

/** `10m`, `90s`, `1.5s`, `1h30m`, `1.5m`, `200ms`, or plain seconds (`1.5` too) → milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const NUM = '[0-9]+(?:\\.[0-9]+)?';
  if (new RegExp(`^${NUM}$`).test(text)) return Math.round(Number(text) * 1000);
  const ms = new RegExp(`^(${NUM})ms$`).exec(text);
  if (ms) return Math.round(Number(ms[1]));
  const m = new RegExp(`^(?:(${NUM})h)?(?:(${NUM})m)?(?:(${NUM})s)?$`).exec(text);
  if (!m || text === '')
    throw new UsageError(`${flag} takes a duration such as 200ms, 1.5s, 90s, 10m or 1h, not "${text}"`);
  return Math.round(((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000);
}

export function parsePositiveInt(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^[1-9][0-9]*$/.test(text)) throw new UsageError(`${flag} takes a whole number of at least 1, not "${text}"`);
  return Number(text);
}

/**
 * A command line as a POSIX shell splits it, without running anything:
 * words on white space, '…' literal, "…" with \" \\ \$ \` escapes, \ outside
 * quotes escaping the next character. `--command "sh -c 'echo a b'"` is
 * three words: sh, -c, echo a b.
 */
export function splitCommandLine(text: string, flag: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new UsageError(`${flag}: a ' is not closed: ${text}`);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      word ??= '';
      for (i++; ; i++) {
        if (i >= text.length) throw new UsageError(`${flag}: a " is not closed: ${text}`);
        const d = text[i]!;
        if (d === '"') break;
        if (d === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word += text[++i];
        else word += d;
      }
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new UsageError(`${flag}: nothing follows the final \\: ${text}`);
      word = (word ?? '') + text[++i];
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The set this run manages: --set, SAEJOB_SET, or the default. */
export function setName(
  values: { set?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): string {
  const set = values.set ?? (env.SAEJOB_SET || DEFAULT_SET);
  if (!SET_NAME.test(set))
    throw new UsageError(
      `--set (or SAEJOB_SET) names the set of jobs these manifests manage: letters, digits, . _ -, at most 64; not "${set}"`,
    );
  return set;
}
