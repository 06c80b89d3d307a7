import { type Io } from './io.js';
import type { ExportResult } from '../pipeline/export/export.js';
/**
 * Write `name` in `dir` and nowhere else: never through a symbolic link,
 * never over a file that is there already unless `force` (and then by
 * replacing it, not writing through it). Returns why not, or undefined.
 */
export declare function writeInside(dir: string, name: string, text: string, force: boolean): string | undefined;
/**
 * A file written whole or not at all: a temporary file beside it, renamed over it. Returns why
 * not (an error code), or undefined.
 */
export declare function writeWhole(target: string, tmp: string, text: string, mode: number): string | undefined;
/** --out DIR made (with its parents), or a clear error: it names a file, or cannot be made here. */
export declare function makeOutDir(dir: string): void;
/**
 * The editor modeline's schema, relative to where the file is written: the published schema of
 * every kind in the project's saejob install, unless --schema-ref says otherwise.
 */
export declare function schemaRefFrom(dir: string, values: {
    'schema-ref'?: string | undefined;
}): string;
/** Say what was left out; false (with the reasons) when the job cannot be a manifest at all. */
export declare function reportFit(r: ExportResult, name: string, io: Io): boolean;
/** One file in --out, said on stdout, or why not on stderr. */
export declare function writeFile(out: {
    dir: string;
    shown: string;
    force: boolean;
}, name: string, text: string, io: Io): boolean;
