/**
 * Custom data directories (--data), checked once. A directory whose files are, name for
 * name and byte for byte, what an earlier run checked is taken from what that run kept
 * (keyed by a hash of the names and bytes; the store adds the program's version); any
 * other is parsed and checked (read-dir.ts, which loads the YAML parser and the schemas)
 * and kept for the next run. Reading the files and hashing them costs far less than
 * loading the parser and schemas, let alone using them.
 */
import { readDataFiles, type DataFiles } from './data-files.js';
import type { DataDir } from './read-dir.js';
import { hashBytes } from '../util/hash.js';
import { sanitizeDeep } from '../util/sanitize.js';

/** Where checked directories are kept between runs (the user's cache folder; or none). */
export interface CheckedStore {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
}

/** The key of a directory's files: every name and its bytes, in order. */
function filesKey(read: DataFiles): string {
  const parts = read.files.flatMap(({ file, bytes }) => [Buffer.from(`${file}\u0000${bytes.length}\u0000`), bytes]);
  return hashBytes(Buffer.concat(parts));
}

/** What the store held, if it is a directory's checked data; stripped of control characters as the files' text was. */
function asDataDir(value: unknown, dir: string): DataDir | undefined {
  const held = value as Partial<DataDir> | null;
  if (!held || !Array.isArray(held.topics) || !Array.isArray(held.checklists)) return undefined;
  try {
    const { topics, checklists } = sanitizeDeep({ topics: held.topics, checklists: held.checklists });
    return { dir, topics, checklists };
  } catch {
    return undefined;
  }
}

/** A custom data directory, checked: by an earlier run when its files are unchanged, else now. Throws DataError. */
export async function readCustomDir(dir: string, store?: CheckedStore): Promise<DataDir> {
  const read = readDataFiles(dir);
  const key = store && read.problems.length === 0 ? filesKey(read) : undefined;
  const kept = key ? asDataDir(store!.read(key), dir) : undefined;
  if (kept) return kept;
  const { checkDataFiles } = await import('./read-dir.js');
  const data = checkDataFiles(dir, read);
  if (key) store!.write(key, { topics: data.topics, checklists: data.checklists });
  return data;
}
