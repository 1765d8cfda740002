/**
 * Reading what the build made for run time (dist/): drawn pretty units and help texts.
 * A missing or unreadable file just means the work is done live, with the same result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Products {
  /** A JSON file of the build's, by name ("pretty/where"), or undefined. */
  read<T>(name: string): T | undefined;
  /** A file of the build's by its path in dist/ ("whole/x.txt"), as bytes, or undefined. */
  bytes(file: string): Buffer | undefined;
}

export function productsIn(dir: string | undefined): Products {
  const cache = new Map<string, unknown>();
  return {
    read<T>(name: string): T | undefined {
      if (dir === undefined) return undefined;
      if (!cache.has(name)) {
        try {
          cache.set(name, JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
        } catch {
          cache.set(name, undefined);
        }
      }
      return cache.get(name) as T | undefined;
    },
    bytes(file: string): Buffer | undefined {
      if (dir === undefined) return undefined;
      try {
        return readFileSync(join(dir, file));
      } catch {
        return undefined;
      }
    },
  };
}
