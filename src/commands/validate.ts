/**
 * `validate [dir...]`: checks guide data directories the way the loader would, and
 * reports every problem (on stdout: they are this command's answer) or one OK line.
 * Each directory is checked laid over the built-in guide and the directories before
 * it, as --data would load them, so that its checklist references resolve.
 */
import { resolve } from 'node:path';
import type { Options } from '../argv.js';
import { DataError, problemCount } from '../errors.js';
import type { Guide } from '../guide/guide.js';
import { overlay } from '../guide/overlay.js';
import { readDataDir } from '../guide/read-dir.js';
import type { Reply } from '../render/emit.js';
import { stripControl } from '../util/sanitize.js';
import type { DirectoryCheck } from '../view/model.js';
import type { CommandContext } from './context.js';

function check(dir: string, base: Guide, builtIn: boolean): { report: DirectoryCheck; guide: Guide } {
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

/** Checks each directory; the built-in data directory is checked on its own, not over itself. */
export async function runValidate(ctx: CommandContext, dirs: readonly string[], _options: Options): Promise<Reply> {
  const empty: Guide = { frame: ctx.guide.frame, topics: [], checklists: [], origins: {} };
  let guide = ctx.guide;
  const directories = (dirs.length ? dirs : [ctx.builtInData]).map((dir) => {
    const builtIn = resolve(dir) === resolve(ctx.builtInData);
    const checked = check(dir, builtIn ? empty : guide, builtIn);
    guide = checked.guide;
    return checked.report;
  });
  const problems = directories.reduce((n, d) => n + d.problems.length, 0);
  return { document: { kind: 'validation', ok: problems === 0, directories }, ...(problems && { error: problemCount(problems) }) };
}
