// Stage 1, load: the IO. Paths become files (directories walked, links and
// special files refused), each read within its size limit, then parsed
// (parse.ts). Standard input is `-`.
import {
  closeSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  constants as fsConstants,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { pushAll } from '../collections.js';
import { ALIAS_EXPANSION_FACTOR, DEFAULT_MAX_FILE_BYTES } from '../limits.js';

import {
  decodeUtf8,
  fileDiagnostic,
  parseManifestText,
  sizeText,
  withoutBom,
  type LoadResult,
  type ManifestSource,
} from './parse.js';

/**
 * Expand the command line's paths: files as given, directories to every
 * *.yaml / *.yml below them, sorted. A file named twice (or reached twice)
 * is read once.
 */
export function expandPaths(paths: readonly string[]): {
  files: string[];
  diagnostics: Diagnostic[];
  regularFiles: Set<string>;
} {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  // What is already known to be a regular file (from the walk's directory entries, or the stat of
  // a path given): reading it needs no stat of its own.
  const regularFiles = new Set<string>();
  // By absolute path, without a system call a file (this runs for every file of a pre-commit hook).
  const add = (file: string, key = resolve(file)) => {
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has('-')) files.push('-');
      seen.add('-');
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      diagnostics.push(fileDiagnostic(path, 'no such file or directory', 'file/not-found'));
      continue;
    }
    if (stat.isDirectory()) {
      const found = walkYaml(path, regularFiles, diagnostics);
      if (found.length === 0)
        diagnostics.push(fileDiagnostic(path, 'directory holds no *.yaml or *.yml file', 'file/empty-directory'));
      const root = resolve(path);
      for (const f of found) add(f, root + f.slice(path.length));
    } else {
      if (stat.isFile()) regularFiles.add(path);
      add(path);
    }
  }
  return { files, diagnostics, regularFiles };
}

/**
 * The YAML files below a directory, sorted. A symbolic link to a directory is
 * followed (a shared manifests directory is often one); a link back into a
 * directory already walked is reported and not followed again.
 */
function walkYaml(dir: string, regularFiles: Set<string>, notes: Diagnostic[], walked = new Set<string>()): string[] {
  const out: string[] = [];
  walked.add(realpathSync(dir));
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = statSync(full).isDirectory();
      } catch {
        if (/\.ya?ml$/i.test(entry.name)) out.push(full); // a broken link: reading it says so
        continue;
      }
      if (isDirectory && walked.has(realpathSync(full))) {
        notes.push({
          ...fileDiagnostic(
            full,
            'a symbolic link to a directory already read (a loop, or the same directory twice): not read again',
            'file/symlink-loop',
          ),
          severity: 'warning',
        });
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        pushAll(out, walkYaml(full, regularFiles, notes, walked));
    } else if (/\.ya?ml$/i.test(entry.name)) {
      if (entry.isFile()) regularFiles.add(full);
      out.push(full);
    }
  }
  return out;
}

/** One buffer for every file a run reads (the limit plus one byte): no allocation a file. */
let readBuffer: Buffer | undefined;

/** A regular file's bytes, up to `max` (one more when it is larger), read into the shared buffer. */
function readRegularFile(path: string, max: number): Buffer {
  if (!readBuffer || readBuffer.length < max + 1) readBuffer = Buffer.allocUnsafe(max + 1);
  // Non-blocking: should the path have become a FIFO since it was listed, the read ends at once.
  const fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  let n = 0;
  try {
    // A regular file gives all it has to one read, so a short read is its
    // end: asking again only to hear 0 bytes was a system call a file, 5 %
    // of validating 1,000 small manifests on this (virtualised) machine.
    for (;;) {
      const want = max + 1 - n;
      const got = readSync(fd, readBuffer, n, want, null);
      n += got;
      if (got === 0 || got < want || n > max) break;
    }
  } finally {
    closeSync(fd);
  }
  return readBuffer.subarray(0, n);
}

export interface LoadOptions {
  /** Reads standard input for `-`, at most `maxBytes` (more tells it is too large); injectable for tests and the library. */
  readStdin?: (maxBytes: number) => Uint8Array;
  /** Files larger than this are refused (default DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** Paths known to be regular files (expandPaths says which): read without a stat of their own. */
  regularFiles?: ReadonlySet<string>;
}

/**
 * Up to `max` bytes of an open file descriptor (one more than `max` when
 * there is more); `expected` (a regular file's size) sizes the first read.
 */
export function readBounded(fd: number, max: number, expected = 64 * 1024): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(total === 0 ? expected + 1 : 64 * 1024, max + 1 - total)));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > max) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of a file (`-` is standard input), or why it cannot be a
 * manifest: not a regular file (a device, a FIFO: reading could hang or
 * never end), too large, not UTF-8. Throws what reading throws.
 */
function readText(path: string, file: string, options: LoadOptions): { text?: string; diagnostic?: Diagnostic } {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const tooLarge = (size: string) => ({
    diagnostic: fileDiagnostic(
      file,
      `file is ${size}, more than the ${sizeText(max)} saejob reads: a manifest is a few KB (raise the limit with --max-file-size)`,
      'file/too-large',
    ),
  });
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = options.readStdin ? options.readStdin(max) : readBounded(0, max);
    if (bytes.length > max) return tooLarge(`over ${sizeText(max)}`);
  } else if (options.regularFiles?.has(path)) {
    const bytes = readRegularFile(path, max);
    if (bytes.length > max) return tooLarge(sizeText(statSync(path).size));
    const text = bytes.toString('utf8');
    if (!text.includes('\ufffd')) return { text: withoutBom(text) };
    return decodeUtf8(file, Buffer.from(bytes));
  } else {
    // Checked before reading: opening a FIFO waits for a writer, /dev/zero never ends.
    const st = statSync(path);
    if (!st.isFile())
      return {
        diagnostic: fileDiagnostic(
          file,
          `not a regular file (${st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isSocket() ? 'a socket' : 'not a file'}): saejob reads only regular files`,
          'file/not-regular',
        ),
      };
    if (st.size > max) return tooLarge(sizeText(st.size));
    // Reading as UTF-8 is one native call (open, read, close). Only a text
    // holding U+FFFD is read again as bytes, to tell a bad byte from a real U+FFFD.
    const text = readFileSync(path, 'utf8');
    if (text.length > max) return tooLarge(`over ${sizeText(max)}`); // it grew since stat
    if (!text.includes('\ufffd')) return { text: withoutBom(text) };
    bytes = readFileSync(path);
  }
  return decodeUtf8(file, bytes);
}

/** Read and parse one file of the expanded list (`-` is standard input). */
export function readManifestFile(
  path: string,
  options: LoadOptions = {},
): { file: string; read: boolean; sources: ManifestSource[]; diagnostics: Diagnostic[] } {
  const file = path === '-' ? '<stdin>' : path;
  let decoded: { text?: string; diagnostic?: Diagnostic };
  try {
    decoded = readText(path, file, options);
  } catch (err) {
    return {
      file,
      read: false,
      sources: [],
      diagnostics: [
        fileDiagnostic(
          file,
          `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          'file/unreadable',
        ),
      ],
    };
  }
  if (decoded.diagnostic)
    return { file, read: decoded.diagnostic.rule === 'file/encoding', sources: [], diagnostics: [decoded.diagnostic] };
  return {
    file,
    read: true,
    ...parseManifestText(file, decoded.text!, {
      maxExpandedBytes: ALIAS_EXPANSION_FACTOR * (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES),
    }),
  };
}

/** Load every manifest the paths name. */
export function loadManifests(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const expanded = expandPaths(paths);
  const result: LoadResult = { sources: [], diagnostics: [...expanded.diagnostics], files: [] };
  for (const path of expanded.files) {
    const one = readManifestFile(path, { ...options, regularFiles: expanded.regularFiles });
    if (one.read) result.files.push(one.file);
    pushAll(result.sources, one.sources);
    pushAll(result.diagnostics, one.diagnostics);
  }
  return result;
}
