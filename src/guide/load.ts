/**
 * Loads the guide: the built-in data compiled at build time (already validated, so
 * only JSON.parse here), then each custom data directory laid over it in order. The
 * code that reads custom data is imported only when there is a directory to read, and
 * the YAML and schema code only when a directory is not as an earlier run checked it.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import type { CheckedStore } from './custom.js';
import { BUILT_IN, type CompiledGuide, type Guide } from './guide.js';
import { useBuiltRanges } from './select.js';

export interface LoadOptions {
  /** Path of the compiled built-in guide (dist/guide.json). */
  builtIn: string;
  /** Custom data directories, lowest priority first. */
  dataDirs?: readonly string[];
  /** Custom directories checked by earlier runs (custom.ts). */
  checked?: CheckedStore;
}

/** The built-in guide as the build compiled it. */
export function readCompiledGuide(path: string): Guide {
  let compiled: CompiledGuide;
  try {
    compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledGuide;
  } catch (error) {
    throw new DataError(`cannot read the built-in guide ${path}: ${(error as Error).message} (run 'npm run build')`);
  }
  const { ranges, ...guide } = compiled;
  if (ranges) useBuiltRanges(guide, ranges);
  return { ...guide, origins: Object.fromEntries(guide.topics.map((t) => [t.id, BUILT_IN])) };
}

export async function loadGuide(options: LoadOptions): Promise<Guide> {
  let guide = readCompiledGuide(options.builtIn);
  const dirs = options.dataDirs ?? [];
  if (dirs.length === 0) return guide;
  const [{ readCustomDir }, { overlay }] = await Promise.all([import('./custom.js'), import('./overlay.js')]);
  for (const dir of dirs) guide = overlay(guide, await readCustomDir(dir, options.checked));
  return guide;
}
