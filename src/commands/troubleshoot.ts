/**
 * `troubleshoot`: the interactive checklist on a terminal; the whole checklist, printed
 * in the chosen format, when stdin or stdout is not a terminal, with --no-input or with
 * an output format. It never waits for input it cannot get.
 */
import type { Options } from '../argv.js';
import { runSession } from '../checklist/session.js';
import { IoError, UsageError } from '../errors.js';
import { TROUBLESHOOT_CHECKLIST } from '../guide/guide.js';
import { PLATFORM_LABEL, type Platform } from '../guide/platforms.js';
import type { Checklist, Symptom } from '../guide/schema.js';
import { resolveSelections } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { renderMarkdown, sessionMarkdown } from '../render/markdown.js';
import { stripControl } from '../util/sanitize.js';
import { didYouMean } from '../util/suggest.js';
import { viewChecklist, viewSymptom } from '../view/checklist.js';
import type { ChecklistView, Document } from '../view/model.js';
import { storedAtVersion } from './at-version.js';
import type { CommandContext } from './context.js';

/** Says "--report -": the report goes to stdout. */
const STDOUT = '-';

function findSymptom(checklist: Checklist, id: string): Symptom {
  const symptom = checklist.symptoms.find((s) => s.id === id);
  if (symptom) return symptom;
  const ids = checklist.symptoms.map((s) => s.id);
  const similar = didYouMean(id, ids);
  throw new UsageError(`unknown symptom '${stripControl(id)}'`, `${similar ? `${similar} ` : ''}Symptoms: ${ids.join(', ')}.`);
}

/** Writes the report file; a refusal becomes an error reported after the answer is out. */
function writeReport(ctx: CommandContext, path: string, text: string, force: boolean): IoError | undefined {
  try {
    ctx.io.writeFile(path, text, { overwrite: force });
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') return new IoError(`${stripControl(path)} already exists`, 'Add --force to replace it, or choose another file.');
    return new IoError(`cannot write the report to ${stripControl(path)}: ${stripControl(e.message)}`);
  }
}

async function interactive(ctx: CommandContext, checklist: Checklist, options: Options): Promise<Reply> {
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

export async function runTroubleshoot(ctx: CommandContext, options: Options): Promise<Reply> {
  const checklist = ctx.guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  if (!checklist) throw new UsageError('no troubleshooting checklist in the guide data');
  const formatChosen = options.format !== undefined;
  const canAsk = options.input && !formatChosen && ctx.io.out.isTTY && ctx.io.stdinIsTTY;
  if (canAsk) return interactive(ctx, checklist, options);

  const symptoms = options.symptom ? [findSymptom(checklist, options.symptom)] : checklist.symptoms;
  const hostMac = options.platforms.length === 0 ? ctx.io.host.macVersion() : undefined;
  const request = { platforms: options.platforms, ...(options.osVersion !== undefined && { osVersion: options.osVersion }), ...(hostMac && { hostMacVersion: hostMac }) };
  const selections = resolveSelections(ctx.guide.frame, checklist.platforms, request, `'${TROUBLESHOOT_CHECKLIST}'`);
  const view = (): ChecklistView => viewChecklist(ctx.guide, checklist, symptoms, selections);
  // the report is the checklist as markdown: to stdout instead of the usual answer, or to a file beside it
  if (options.report === STDOUT) return { document: { kind: 'text', text: renderMarkdown(view()) } };
  if (options.report) {
    const error = writeReport(ctx, options.report, renderMarkdown(view()), options.force);
    return { document: view(), ...(error && { error }) };
  }
  // the build may have rendered the checklist, or one symptom's: for every platform at
  // its newest version; for one platform, at any version
  const newest = !options.platforms.length && options.osVersion === undefined && !hostMac;
  const symptom = symptoms.length === 1 ? symptoms[0]!.id : undefined;
  const [one] = selections;
  const stored = ctx.customData
    ? undefined
    : newest
      ? { name: printedChecklistName(symptom) }
      : selections.length === 1
        ? storedAtVersion(ctx.guide, printedChecklistName(undefined, one!.platform), printedChecklistName(symptom, one!.platform), one!)
        : undefined;
  return stored ? { stored, get document() { return view(); } } : { document: view() };
}

/** The name the build renders the whole printed checklist under, or one symptom's, for every platform or one (src/build/whole.ts). */
export const printedChecklistName = (symptom?: string, platform?: Platform): string => `checklist${symptom ? `-${symptom}` : ''}${platform ? `-${platform}` : ''}`;
