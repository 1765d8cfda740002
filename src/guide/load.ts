/**
 * Loads the guide: the built-in data compiled at build time (already validated, so
 * only JSON.parse here), then each custom data directory laid over it in order. The
 * YAML and schema code is imported only when there is a custom directory to read.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import { BUILT_IN, type CompiledGuide, type Guide } from './guide.js';

export interface LoadOptions {
  /** Path of the compiled built-in guide (dist/guide.json). */
  builtIn: string;
  /** Custom data directories, lowest priority first. */
  dataDirs?: readonly string[];
}

/** The built-in guide as the build compiled it. */
export function readCompiledGuide(path: string): Guide {
  let compiled: CompiledGuide;
  try {
    compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledGuide;
  } catch (error) {
    throw new DataError(`cannot read the built-in guide ${path}: ${(error as Error).message} (run 'npm run build')`);
  }
  return { ...compiled, origins: Object.fromEntries(compiled.topics.map((t) => [t.id, BUILT_IN])) };
}

export async function loadGuide(options: LoadOptions): Promise<Guide> {
  let guide = readCompiledGuide(options.builtIn);
  const dirs = options.dataDirs ?? [];
  if (dirs.length === 0) return guide;
  const [{ readDataDir }, { overlay }] = await Promise.all([import('./read-dir.js'), import('./overlay.js')]);
  for (const dir of dirs) guide = overlay(guide, readDataDir(dir));
  return guide;
}
