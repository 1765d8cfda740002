/**
 * `troubleshoot`: the interactive checklist on a terminal; the whole checklist, printed
 * in the chosen format, when stdin or stdout is not a terminal, with --no-input or with
 * an output format. It never waits for input it cannot get.
 */
import type { Options } from '../argv.js';
import { UsageError } from '../errors.js';
import { TROUBLESHOOT_CHECKLIST } from '../guide/guide.js';
import type { Platform } from '../guide/platforms.js';
import { resolveSelections } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { findSymptom, viewChecklist } from '../view/checklist.js';
import type { ChecklistView } from '../view/model.js';
import { storedOrLive } from './at-version.js';
import type { CommandContext } from './context.js';

export async function runTroubleshoot(ctx: CommandContext, options: Options): Promise<Reply> {
  const checklist = ctx.guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  if (!checklist) throw new UsageError('no troubleshooting checklist in the guide data');
  const formatChosen = options.format !== undefined;
  const canAsk = options.input && !formatChosen && ctx.io.out.isTTY && ctx.io.stdinIsTTY;
  if (canAsk) return (await import('./troubleshoot-session.js')).interactive(ctx, checklist, options);

  const symptoms = options.symptom ? [findSymptom(checklist, options.symptom)] : checklist.symptoms;
  const hostMac = options.platforms.length === 0 ? ctx.io.host.macVersion() : undefined;
  const request = { platforms: options.platforms, ...(options.osVersion !== undefined && { osVersion: options.osVersion }), ...(hostMac && { hostMacVersion: hostMac }) };
  const selections = resolveSelections(ctx.guide.frame, checklist.platforms, request, `'${TROUBLESHOOT_CHECKLIST}'`);
  const view = (): ChecklistView => viewChecklist(ctx.guide, checklist, symptoms, selections);
  // the report is the checklist as markdown: to stdout instead of the usual answer, or to a file beside it
  if (options.report) {
    const [{ renderMarkdown }, { STDOUT, writeReport }] = await Promise.all([import('../render/present.js'), import('./troubleshoot-session.js')]);
    if (options.report === STDOUT) return { document: { kind: 'text', text: renderMarkdown(view()) } };
    const error = writeReport(ctx, options.report, renderMarkdown(view()), options.force);
    return { document: view(), ...(error && { error }) };
  }
  // the build may have rendered the checklist, or one symptom's: for every platform at
  // its newest version; for one platform, at any version
  const newest = !options.platforms.length && options.osVersion === undefined && !hostMac;
  const symptom = symptoms.length === 1 ? symptoms[0]!.id : undefined;
  const names = { newest: newest ? printedChecklistName(symptom) : undefined, group: (p: Platform) => printedChecklistName(undefined, p), base: (p: Platform) => printedChecklistName(symptom, p) };
  return storedOrLive(ctx, selections, names, view);
}

/** The name the build renders the whole printed checklist under, or one symptom's, for every platform or one (src/build/whole.ts). */
export const printedChecklistName = (symptom?: string, platform?: Platform): string => `checklist${symptom ? `-${symptom}` : ''}${platform ? `-${platform}` : ''}`;
