/**
 * What the build validated of the built-in data (dist/validated.json): the text of
 * each file it read, and what they held. `validate` of that directory answers from it
 * while every file is unchanged, byte for byte, and checks it afresh otherwise.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dataFiles } from './data-files.js';

/** The build's product name. */
export const VALIDATED_PRODUCT = 'validated';

export interface Validated {
  /** Path inside the directory ("topics/where.yaml") -> the file's text. */
  files: Record<string, string>;
  topics: number;
  checklists: number;
}

const key = (dir: string, file: string): string => relative(dir, file).split('\\').join('/');

/** The build's record of a directory it has just read and validated, and what it held. */
export function validatedRecord(dir: string, held: { topics: readonly unknown[]; checklists: readonly unknown[] }): Validated {
  const files = Object.fromEntries(dataFiles(dir, { frame: true }).map((file) => [key(dir, file), readFileSync(file, 'utf8')]));
  return { files, topics: held.topics.length, checklists: held.checklists.length };
}

/** Whether a directory holds exactly the files the record holds, with the same text. */
export function unchanged(dir: string, record: Validated): boolean {
  const files = dataFiles(dir, { frame: true });
  if (files.length !== Object.keys(record.files).length) return false;
  try {
    return files.every((file) => record.files[key(dir, file)] === readFileSync(file, 'utf8'));
  } catch {
    return false; // unreadable now: the full check says why
  }
}
