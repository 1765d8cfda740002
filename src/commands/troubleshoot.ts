/**
 * `troubleshoot`: the interactive checklist on a terminal; the whole checklist, printed
 * in the chosen format, when stdin or stdout is not a terminal or with --no-input.
 * It never waits for input it cannot get.
 */
import { checklistJson, checklistMarkdown, checklistPlain, sessionMarkdown } from '../checklist/render.js';
import { runSession } from '../checklist/session.js';
import { viewSymptom, type SymptomView } from '../checklist/view.js';
import { IoError, UsageError } from '../errors.js';
import { TROUBLESHOOT_CHECKLIST, type Guide } from '../guide/guide.js';
import { PLATFORM_LABEL, type Platform } from '../guide/platforms.js';
import type { Checklist, Symptom } from '../guide/schema.js';
import { resolveSelections, type Selection } from '../guide/select.js';
import type { IO } from '../io/io.js';
import { didYouMean } from '../util/suggest.js';
import { outputSettings, requestedPlatforms, type OutputSettings, type RawOptions } from './options.js';

export interface TroubleshootOptions extends RawOptions {
  symptom?: string;
  report?: string;
}

function findSymptom(checklist: Checklist, id: string): Symptom {
  const symptom = checklist.symptoms.find((s) => s.id === id);
  if (symptom) return symptom;
  const ids = checklist.symptoms.map((s) => s.id);
  const similar = didYouMean(id, ids);
  throw new UsageError(`unknown symptom '${id}'`, `${similar ? `${similar} ` : ''}Symptoms: ${ids.join(', ')}.`);
}

async function render(markdown: string, settings: OutputSettings): Promise<string> {
  const { renderPretty } = await import('../render/pretty.js');
  return renderPretty(markdown, settings);
}

function writeReport(io: IO, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new IoError(`cannot write the report to ${path}: ${(error as Error).message}`);
  }
}

async function printChecklist(checklist: Checklist, views: SymptomView[], settings: OutputSettings, io: IO, report?: string): Promise<void> {
  const markdown = checklistMarkdown(checklist, views);
  if (settings.format === 'json') io.out.write(checklistJson(checklist, views));
  else if (settings.format === 'plain') io.out.write(checklistPlain(checklist, views));
  else if (settings.format === 'markdown') io.out.write(markdown);
  else io.out.write(await render(markdown, settings));
  if (report) writeReport(io, report, markdown);
}

async function interactive(guide: Guide, checklist: Checklist, options: TroubleshootOptions, settings: OutputSettings, io: IO): Promise<void> {
  const prompter = await io.prompter();
  const symptom = options.symptom
    ? findSymptom(checklist, options.symptom)
    : findSymptom(checklist, await prompter.select('What is wrong?', checklist.symptoms.map((s) => ({ value: s.id, name: s.title }))));
  const named = requestedPlatforms(options);
  const offered = named.length ? named : checklist.platforms;
  const hostMac = named.length === 0 && checklist.platforms.includes('macos') ? io.host.macVersion() : undefined;
  const platform: Platform =
    named.length === 1 ? named[0]! : hostMac ? 'macos' : await prompter.select('Which device?', offered.map((p) => ({ value: p, name: PLATFORM_LABEL[p] })));
  const selections: Selection[] = resolveSelections(checklist.platforms, { platforms: [platform], osVersion: options.osVersion ?? hostMac }, `'${TROUBLESHOOT_CHECKLIST}'`);
  const view = viewSymptom(guide, checklist, symptom, selections).platforms[0]!;
  io.err.write(`${symptom.title}: ${view.heading}. Use --os-version to pick another version.\n`);
  const record = await runSession(checklist, symptom.title, view, {
    prompter,
    show: async (markdown) => io.out.write(await render(markdown, settings)),
  });
  const report = sessionMarkdown(checklist, record);
  if (options.report) {
    try {
      writeReport(io, options.report, report);
    } catch (error) {
      io.out.write(report); // nothing is lost: the summary goes to the screen
      throw error;
    }
    io.err.write(`Report written to ${options.report}.\n`);
  } else if (await prompter.confirm('Print this session as markdown for a support ticket?', false)) {
    io.out.write(report);
  }
}

export async function runTroubleshoot(guide: Guide, options: TroubleshootOptions, io: IO): Promise<void> {
  const checklist = guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  if (!checklist) throw new UsageError('no troubleshooting checklist in the guide data');
  const settings = outputSettings(options, io);
  const formatChosen = Boolean(options.format || options.json || options.plain || options.markdown);
  const canAsk = io.stdinIsTTY && io.out.isTTY && options.input !== false && !formatChosen;
  if (canAsk) return interactive(guide, checklist, options, settings, io);

  const symptoms = options.symptom ? [findSymptom(checklist, options.symptom)] : checklist.symptoms;
  const platforms = requestedPlatforms(options);
  const selections = resolveSelections(
    checklist.platforms,
    { platforms, osVersion: options.osVersion, hostMacVersion: platforms.length === 0 ? io.host.macVersion() : undefined },
    `'${TROUBLESHOOT_CHECKLIST}'`,
  );
  await printChecklist(checklist, symptoms.map((s) => viewSymptom(guide, checklist, s, selections)), settings, io, options.report);
}
