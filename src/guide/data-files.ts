/**
 * Which files a guide data directory holds: `topics/` and `checklists/` with .yaml,
 * .yml and .json files, and (for the built-in data) guide.yaml; and their bytes. Nothing
 * here parses a file, so a path that only lists or reads loads no parser. The files are
 * untrusted when they come from --data: sizes and counts are bounded, checked from the
 * directory listing before any file is read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DataError } from '../errors.js';

/** Limits on one data directory, documented in the README. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_FILES = 10_000;
export const MAX_DIR_BYTES = 64 * 1024 * 1024;

const DATA_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SUBDIRS = ['topics', 'checklists'] as const;

/** The guide frame of the built-in data. */
export const FRAME_FILE = 'guide.yaml';

/** A file system error as a few words ("permission denied"). */
export function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many symbolic links (a loop?)';
    case 'ENOTDIR': return 'not a directory';
    case 'EISDIR': return 'is a directory, not a file';
    default: return e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
}

/** The data files in a directory's topics/ and checklists/, sorted; problems with the folders go to `problems`. */
export function listDataFiles(dir: string, problems: string[]): string[] {
  const files: string[] = [];
  let foundSubdir = false;
  for (const sub of SUBDIRS) {
    const path = join(dir, sub);
    let names: string[];
    try {
      if (!statSync(path).isDirectory()) {
        problems.push(`${path}: expected a directory`);
        continue;
      }
      names = readdirSync(path).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      problems.push(`${path}: ${describe(error)}`);
      continue;
    }
    foundSubdir = true;
    for (const name of names) {
      if (DATA_EXTENSIONS.has(extname(name).toLowerCase())) files.push(join(path, name));
    }
  }
  if (!foundSubdir && problems.length === 0) problems.push(`${dir}: no topics/ or checklists/ folder with guide data`);
  return files;
}

/** The files readDataDir reads from a directory, in order; with `frame`, guide.yaml last. */
export function dataFiles(dir: string, options: { frame?: boolean } = {}): string[] {
  const files = listDataFiles(dir, []);
  return options.frame ? [...files, join(dir, FRAME_FILE)] : files;
}

/** Refuses a directory past the limits, from its listing alone: nothing has been read yet. */
function checkLimits(dir: string, files: readonly string[]): void {
  if (files.length > MAX_FILES) throw new DataError(`too much guide data in ${dir}: ${files.length} files (at most ${MAX_FILES})`);
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // reported with the file when it is read
    }
  }
  if (bytes > MAX_DIR_BYTES) throw new DataError(`too much guide data in ${dir}: ${Math.ceil(bytes / 1048576)} MiB (at most ${MAX_DIR_BYTES / 1048576} MiB)`);
}

/** A file's bytes, or a problem (not a regular file, too large, unreadable) in `problems`. */
export function readBytes(file: string, problems: string[]): Uint8Array | undefined {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      problems.push(`${file}: not a regular file`);
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push(`${file}: larger than ${MAX_FILE_BYTES / 1024} KiB`);
      return undefined;
    }
    return readFileSync(file);
  } catch (error) {
    problems.push(`${file}: ${describe(error)}`);
    return undefined;
  }
}

/** A data directory's files as read: each readable one's bytes, and the problems met. */
export interface DataFiles {
  files: { file: string; bytes: Uint8Array }[];
  problems: string[];
}

/** Reads every data file of a directory, within the limits. Throws DataError for a directory that cannot be read or is too large. */
export function readDataFiles(dir: string): DataFiles {
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    throw new DataError(`cannot read guide data in ${dir}: ${describe(error)}`);
  }
  const problems: string[] = [];
  const names = listDataFiles(dir, problems);
  checkLimits(dir, names);
  const files = names.flatMap((file) => {
    const bytes = readBytes(file, problems);
    return bytes ? [{ file, bytes }] : [];
  });
  return { files, problems };
}
