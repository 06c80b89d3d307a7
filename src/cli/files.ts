// Writing files for the commands, each whole or not at all (writeWhole): a
// saved plan, and what export makes — only inside the directory given, never
// through a link nor over other content without --force; and the editor
// modeline's schema, relative to where a file is written.
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError, type Io } from './io.js';
import type { ExportResult } from '../pipeline/export/export.js';

/**
 * Write `name` in `dir` and nowhere else: never through a symbolic link,
 * never over a file that is there already unless `force` (and then by
 * replacing it, not writing through it). Returns why not, or undefined.
 */
export function writeInside(dir: string, name: string, text: string, force: boolean): string | undefined {
  const target = join(dir, name);
  if (dirname(target) !== dir) return 'not a plain file name';
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(target);
  } catch {
    /* not there: the common case */
  }
  if (existing?.isSymbolicLink()) return 'is a symbolic link: saejob does not write through links (remove it first)';
  if (existing && !existing.isFile()) return 'exists and is not a regular file';
  // A run again after a failure finishes the rest: a file that already holds this manifest is done.
  if (existing && !force)
    return existing.size === Buffer.byteLength(text) && sameText(target, text)
      ? undefined
      : 'exists already, with other content: give --force to replace it';
  const failed = writeWhole(target, join(dir, `.${name}.${process.pid}.tmp`), text, 0o644);
  return failed && `cannot be written (${failed})`;
}

/**
 * A file written whole or not at all: a temporary file beside it, renamed over it. Returns why
 * not (an error code), or undefined.
 */
export function writeWhole(target: string, tmp: string, text: string, mode: number): string | undefined {
  try {
    writeFileSync(tmp, text, { flag: 'wx', mode });
    renameSync(tmp, target);
    return undefined;
  } catch (e) {
    rmSync(tmp, { force: true });
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

function sameText(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}

/** --out DIR made (with its parents), or a clear error: it names a file, or cannot be made here. */
export function makeOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--out ${dir}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a directory: export writes one file a job into a directory' : `cannot be made (${code ?? (e as Error).message})`}`,
    );
  }
}

/**
 * The editor modeline's schema, relative to where the file is written: the published schema of
 * every kind in the project's saejob install, unless --schema-ref says otherwise.
 */
export function schemaRefFrom(dir: string, values: { 'schema-ref'?: string | undefined }): string {
  return values['schema-ref'] ?? relative(resolve(dir), resolve('node_modules/saejob/schema/saejob.schema.json'));
}

/** Say what was left out; false (with the reasons) when the job cannot be a manifest at all. */
export function reportFit(r: ExportResult, name: string, io: Io): boolean {
  for (const o of r.omitted) io.err(`saejob: ${name}: ${o}\n`);
  if (!r.invalid) return true;
  io.err(`saejob: ${name} cannot be exported as a valid manifest:\n${r.invalid.map((m) => `  - ${m}\n`).join('')}`);
  return false;
}

/** One file in --out, said on stdout, or why not on stderr. */
export function writeFile(
  out: { dir: string; shown: string; force: boolean },
  name: string,
  text: string,
  io: Io,
): boolean {
  const problem = writeInside(out.dir, name, text, out.force);
  if (problem) io.err(`saejob: not exported: ${join(out.shown, name)}: ${problem}\n`);
  else io.out(`${join(out.shown, name)}\n`);
  return !problem;
}
