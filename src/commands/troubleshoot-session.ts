/**
 * `troubleshoot` at a terminal: the interactive checklist, step by step, and the report
 * of a session or of the printed checklist. Loaded only when one is asked for, so that
 * printing the checklist loads none of it.
 */
import type { Options } from '../argv.js';
import { runSession } from '../checklist/session.js';
import { IoError } from '../errors.js';
import { TROUBLESHOOT_CHECKLIST } from '../guide/guide.js';
import { PLATFORM_LABEL } from '../guide/platforms.js';
import type { Checklist } from '../guide/schema.js';
import { resolveSelections } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { sessionMarkdown } from '../render/markdown.js';
import { stripControl } from '../util/sanitize.js';
import { findSymptom, viewSymptom } from '../view/checklist.js';
import type { Document } from '../view/model.js';
import type { CommandContext } from './context.js';

/** Says "--report -": the report goes to stdout. */
export const STDOUT = '-';

/** Writes the report file; a refusal becomes an error reported after the answer is out. */
export function writeReport(ctx: CommandContext, path: string, text: string, force: boolean): IoError | undefined {
  try {
    ctx.io.writeFile(path, text, { overwrite: force });
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') return new IoError(`${stripControl(path)} already exists`, 'Add --force to replace it, or choose another file.');
    return new IoError(`cannot write the report to ${stripControl(path)}: ${stripControl(e.message)}`);
  }
}

export async function interactive(ctx: CommandContext, checklist: Checklist, options: Options): Promise<Reply> {
  const prompter = await ctx.io.prompter({ color: ctx.settings.color });
  const symptom = findSymptom(
    checklist,
    options.symptom ?? (await prompter.select('What is wrong?', checklist.symptoms.map((s) => ({ value: s.id, name: s.title })))),
  );
  const offered = options.platforms.length ? options.platforms : checklist.platforms;
  const hostMac = options.platforms.length === 0 && checklist.platforms.includes('macos') ? ctx.io.host.macVersion() : undefined;
  const platform =
    offered.length === 1 ? offered[0]! : hostMac ? 'macos' : await prompter.select('Which device?', offered.map((p) => ({ value: p, name: PLATFORM_LABEL[p] })));
  const selections = resolveSelections(
    ctx.guide.frame,
    checklist.platforms,
    { platforms: [platform], ...((options.osVersion ?? hostMac) !== undefined && { osVersion: options.osVersion ?? hostMac }) },
    `'${TROUBLESHOOT_CHECKLIST}'`,
  );
  const view = viewSymptom(ctx.guide, checklist, symptom, selections).platforms[0]!;
  await ctx.emit({ messages: [`${symptom.title}: ${view.heading}. Use --os-version to pick another version.`, ...view.notices] });
  // a page at a time between prompts: never through the pager
  const show = (document: Document): Promise<void> => ctx.emit({ document }, { pager: false });
  const session = await runSession(checklist, symptom.title, view, { prompter, show });
  if (options.report && options.report !== STDOUT) {
    const error = writeReport(ctx, options.report, sessionMarkdown(session), options.force);
    if (!error) return { messages: [`Report written to ${stripControl(options.report)}.`] };
    await show(session); // nothing is lost: if the file cannot be written, the summary goes to the screen
    return { error };
  }
  if (options.report === STDOUT || (await prompter.confirm('Print this session as markdown for a support ticket?', false))) await show(session);
  return {};
}

