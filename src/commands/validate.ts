/**
 * `validate [dir...]`: checks guide data directories the way the loader would, and
 * reports every problem (on stdout: they are this command's answer) or one OK line.
 * Each directory is checked laid over the built-in guide and the directories before
 * it, as --data would load them, so that its checklist references resolve.
 */
import { resolve } from 'node:path';
import { DataError } from '../errors.js';
import type { Guide } from '../guide/guide.js';
import { overlay } from '../guide/overlay.js';
import { readDataDir } from '../guide/read-dir.js';
import type { IO } from '../io/io.js';
import { toJson } from '../render/json.js';
import { plural } from '../util/plural.js';
import { stripControl } from '../util/sanitize.js';
import { outputSettings, type RawOptions } from './options.js';

interface DirReport {
  dir: string;
  topics: number;
  checklists: number;
  problems: string[];
}

function check(dir: string, base: Guide): { report: DirReport; guide: Guide } {
  try {
    const data = readDataDir(dir);
    const guide = overlay(base, data);
    return { report: { dir, topics: data.topics.length, checklists: data.checklists.length, problems: [] }, guide };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const problems = error.problems.length ? [...error.problems] : [error.message];
    return { report: { dir, topics: 0, checklists: 0, problems }, guide: base };
  }
}

/** Checks each directory; the built-in data directory is checked on its own, not over itself. */
export async function runValidate(dirs: readonly string[], builtIn: { dir: string; guide: Guide }, options: RawOptions, io: IO): Promise<void> {
  const settings = outputSettings(options, io);
  const empty: Guide = { topics: [], checklists: [], origins: {} };
  let guide = builtIn.guide;
  const reports = dirs.map((dir) => {
    const base = resolve(dir) === resolve(builtIn.dir) ? empty : guide;
    const checked = check(dir, base);
    guide = checked.guide;
    return checked.report;
  });
  const problems = reports.flatMap((r) => r.problems.map(stripControl));
  if (settings.format === 'json') {
    io.out.write(toJson({ kind: 'validation', ok: problems.length === 0, directories: reports }));
  } else if (problems.length) {
    io.out.write(`${problems.join('\n')}\n`);
  } else {
    const topics = reports.reduce((n, r) => n + r.topics, 0);
    const checklists = reports.reduce((n, r) => n + r.checklists, 0);
    const where = dirs.length === 1 ? stripControl(dirs[0]!) : `${dirs.length} directories`;
    io.out.write(`OK: ${plural(topics, 'topic')} and ${plural(checklists, 'checklist')} in ${where}\n`);
  }
  if (problems.length) throw new DataError(`${plural(problems.length, 'problem')} in guide data`);
}
