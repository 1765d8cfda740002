/**
 * Reading what the build made for run time (dist/): drawn pretty units and help texts.
 * A missing or unreadable file just means the work is done live, with the same result.
 * Each file is read, and made what it holds, once a run: several platforms' answers may
 * come from one table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Products {
  /** A JSON file of the build's, by name ("pretty/where"), or undefined. */
  read<T>(name: string): T | undefined;
  /** A file of the build's by its path in dist/ ("whole/x.txt"), made a value by `parse`, or undefined (none, or `parse` refused it). */
  parsed<T>(file: string, parse: (bytes: Buffer) => T | undefined): T | undefined;
}

export function productsIn(dir: string | undefined): Products {
  const cache = new Map<string, unknown>();
  /** What `load` makes of a file in dir, the first time it is asked for; undefined where it fails. */
  const once = <T>(file: string, load: (path: string) => T | undefined): T | undefined => {
    if (dir === undefined) return undefined;
    if (!cache.has(file)) {
      try {
        cache.set(file, load(join(dir, file)));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file) as T | undefined;
  };
  return {
    read: <T>(name: string) => once(`${name}.json`, (path) => JSON.parse(readFileSync(path, 'utf8')) as T),
    parsed: <T>(file: string, parse: (bytes: Buffer) => T | undefined) => once(file, (path) => parse(readFileSync(path))),
  };
}
