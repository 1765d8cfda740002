/**
 * Which files a guide data directory holds: `topics/` and `checklists/` with .yaml,
 * .yml and .json files, and (for the built-in data) guide.yaml. Listing only: nothing
 * here reads or parses a file, so a path that only lists loads no parser.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

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
