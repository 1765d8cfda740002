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

/**
 * The guide as dist/guide.json holds it: each topic's sections and each checklist's steps
 * as JSON text, which reads at a fraction of the cost of the objects; most runs answer
 * from text the build stored and read none of them.
 */
export const packGuide = (guide: CompiledGuide): unknown => ({
  ...guide,
  topics: guide.topics.map((t) => ({ ...t, sections: JSON.stringify(t.sections) })),
  checklists: guide.checklists.map((c) => ({ ...c, steps: JSON.stringify(c.steps) })),
});

/** Makes a property held as JSON text (packGuide) the value it holds, parsed when first read. */
function parsedOnUse(item: object, key: string): void {
  const text: unknown = (item as Record<string, unknown>)[key];
  if (typeof text !== 'string') return;
  const define = (value: unknown): unknown => (Object.defineProperty(item, key, { value, writable: true, enumerable: true, configurable: true }), value);
  Object.defineProperty(item, key, { get: () => define(JSON.parse(text)), set: define, enumerable: true, configurable: true });
}

/** The built-in guide as the build compiled it, packed (packGuide) or not. */
export function readCompiledGuide(path: string): Guide {
  let compiled: CompiledGuide;
  try {
    compiled = JSON.parse(readFileSync(path, 'utf8')) as CompiledGuide;
  } catch (error) {
    throw new DataError(`cannot read the built-in guide ${path}: ${(error as Error).message} (run 'npm run build')`);
  }
  for (const topic of compiled.topics) parsedOnUse(topic, 'sections');
  for (const checklist of compiled.checklists) parsedOnUse(checklist, 'steps');
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
