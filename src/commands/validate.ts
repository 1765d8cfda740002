/**
 * `validate [dir...]`: checks guide data directories the way the loader would, and
 * reports every problem (on stdout: they are this command's answer) or one OK line.
 * Each directory is checked laid over the built-in guide and the directories before
 * it, as --data would load them, so that its checklist references resolve.
 */
import { resolve } from 'node:path';
import type { Options } from '../argv.js';
import { DataError, problemCount } from '../errors.js';
import { BUILT_IN, type CompiledGuide, type Guide } from '../guide/guide.js';
import { unchanged, VALIDATED_PRODUCT, type Validated } from '../guide/validated.js';
import type { Reply } from '../render/emit.js';
import { stripControl } from '../util/sanitize.js';
import type { DirectoryCheck } from '../view/model.js';
import type { CommandContext } from './context.js';

/** The reading and checking code, loaded only when a directory must be read. */
type Reader = { readDataDir: typeof import('../guide/read-dir.js').readDataDir; overlay: typeof import('../guide/overlay.js').overlay };
const reader = async (): Promise<Reader> => ({ readDataDir: (await import('../guide/read-dir.js')).readDataDir, overlay: (await import('../guide/overlay.js')).overlay });

function check({ readDataDir, overlay }: Reader, dir: string, base: Guide, builtIn: boolean): { report: DirectoryCheck; guide: Guide } {
  try {
    const data = readDataDir(dir, { frame: builtIn });
    const guide = overlay(base, data);
    return { report: { dir, topics: data.topics.length, checklists: data.checklists.length, problems: [] }, guide };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const problems = (error.problems.length ? [...error.problems] : [error.message]).map(stripControl);
    return { report: { dir: stripControl(dir), topics: 0, checklists: 0, problems }, guide: base };
  }
}

/** The built-in data as the build validated it, while it is unchanged; see src/guide/validated.ts. */
function asBuilt(ctx: CommandContext, dir: string): { report: DirectoryCheck; guide: Guide } | undefined {
  const record = ctx.products.read<Validated>(VALIDATED_PRODUCT);
  const compiled = record && unchanged(dir, record) && ctx.products.read<CompiledGuide>('guide');
  if (!record || !compiled) return undefined;
  const guide = { ...compiled, origins: Object.fromEntries(compiled.topics.map((t) => [t.id, BUILT_IN])) };
  return { report: { dir, topics: record.topics, checklists: record.checklists, problems: [] }, guide };
}

/** Checks each directory; the built-in data directory is checked on its own, not over itself. */
export async function runValidate(ctx: CommandContext, dirs: readonly string[], _options: Options): Promise<Reply> {
  const empty: Guide = { frame: ctx.guide.frame, topics: [], checklists: [], origins: {} };
  let guide = ctx.guide;
  const directories: DirectoryCheck[] = [];
  for (const dir of dirs.length ? dirs : [ctx.builtInData]) {
    const builtIn = resolve(dir) === resolve(ctx.builtInData);
    const checked = (builtIn && asBuilt(ctx, dir)) || check(await reader(), dir, builtIn ? empty : guide, builtIn);
    guide = checked.guide;
    directories.push(checked.report);
  }
  const problems = directories.reduce((n, d) => n + d.problems.length, 0);
  return { document: { kind: 'validation', ok: problems === 0, directories }, ...(problems && { error: problemCount(problems) }) };
}
