/**
 * What search looks through: one document per topic section and per checklist step,
 * for the platforms and OS version asked (as the command that shows it would select
 * them), each with the exact command that shows it.
 */
import { UsageError } from '../errors.js';
import { commandsByTopic, showCommand, topicCommands, TROUBLESHOOT_CHECKLIST, type Guide } from '../guide/guide.js';
import { PLATFORM_FLAG, PLATFORMS, type Platform } from '../guide/platforms.js';
import type { Checklist, ChecklistStep, Section, Topic } from '../guide/schema.js';
import { resolveSelections, selectSections, type SelectRequest, type Selection } from '../guide/select.js';
import { stepLine, toPlain } from '../render/inline.js';
import { stepSections, symptomSteps } from '../view/checklist.js';
import type { SearchResultView, SectionView } from '../view/model.js';
import { sectionViews } from '../view/platform.js';
import { selectFor } from '../view/topic.js';

export interface SearchDoc {
  /** "recover/ios-18" for a topic section, "troubleshoot:deleted" for a symptom. */
  id: string;
  kind: 'section' | 'symptom' | 'checklist-step';
  /** Where it is: { topic, section }, { checklist, symptom } or { checklist, step }. */
  ref: Pick<SearchResultView, 'topic' | 'section' | 'checklist' | 'symptom' | 'step'>;
  /** The topic's or checklist's title. */
  parentTitle: string;
  title: string;
  /** Topic id, command and aliases: words that name the topic. */
  names: string;
  /** Each step as one plain line: searched, and shown as the snippet (a symptom's are its steps' titles, shown only). */
  lines: string[];
  platforms: Platform[];
  /** The command line that shows it. */
  command: string;
}

/** Plain lines of some selected sections' steps. */
const plainLines = (sections: readonly SectionView[]): string[] =>
  sections.flatMap((s) => s.steps.map((step) => stepLine(step, (p) => p, toPlain)));

/** Like resolveSelections, but a parent that does not cover the asked platforms is simply left out. */
function selectionsFor(guide: Guide, covered: readonly Platform[], request: SelectRequest): Selection[] {
  const platforms = request.platforms.filter((p) => covered.includes(p));
  if (request.platforms.length > 0 && platforms.length === 0) return [];
  try {
    return resolveSelections(guide.frame, covered, { ...request, platforms }, 'search');
  } catch (error) {
    if (error instanceof UsageError) return [];
    throw error;
  }
}

function commandLine(words: string, hit: readonly Platform[], all: readonly Platform[], request: SelectRequest): string {
  const named = request.platforms.filter((p) => hit.includes(p));
  // Name a platform when the user did, or when the match holds on only some of them.
  const flags = named.length > 0 ? named : hit.length < all.length ? hit.slice(0, 1) : [];
  const version = request.osVersion === undefined ? [] : ['--os-version', /^[\w.-]+$/.test(request.osVersion) ? request.osVersion : `'${request.osVersion}'`];
  return ['facetime-help', words, ...flags.map((p) => PLATFORM_FLAG[p]), ...version].join(' ');
}

/** One document per section a topic shows for the request, with the lines it shows. */
function topicDocs(guide: Guide, topic: Topic, words: string, request: SelectRequest): SearchDoc[] {
  const selections = selectionsFor(guide, topic.platforms, request);
  const bySection = new Map<Section, { selections: Selection[]; lines: Set<string> }>();
  for (const selection of selections) {
    const selected = selectFor(guide, topic, selection);
    sectionViews(guide.frame, selected, selection).forEach((view, i) => {
      const section = selected[i]!.section;
      const entry = bySection.get(section) ?? { selections: [], lines: new Set<string>() };
      entry.selections.push(selection);
      plainLines([view]).forEach((line) => entry.lines.add(line));
      bySection.set(section, entry);
    });
  }
  const all = selections.map((s) => s.platform);
  return [...bySection].map(([section, { selections: holding, lines }]) => {
    const platforms = holding.map((sel) => sel.platform);
    return {
      id: `${topic.id}/${section.id}`,
      kind: 'section',
      ref: { topic: topic.id, section: section.id },
      parentTitle: toPlain(topic.title),
      title: toPlain(section.title),
      names: [topic.id, topic.command ?? '', ...(topic.aliases ?? [])].join(' '),
      lines: [...lines],
      platforms,
      command: commandLine(words, platforms, all, request),
    };
  });
}

/**
 * A checklist is found by its symptoms (with their steps' titles as text), and by the
 * steps that carry their own instructions; steps that point to topic sections are
 * found through those sections.
 */
function checklistDocs(guide: Guide, checklist: Checklist, request: SelectRequest): SearchDoc[] {
  const selections = selectionsFor(guide, checklist.platforms, request);
  const all = selections.map((s) => s.platform);
  // the selections each step has something to say for, worked out once per step
  const holding = new Map(checklist.steps.map((step) => [step, selections.filter((sel) => stepSections(guide, checklist, step, sel).length > 0)]));
  const holdingFor = (step: ChecklistStep): Selection[] => holding.get(step)!;
  const base = { parentTitle: toPlain(checklist.title), names: checklist.id };
  const symptoms = checklist.symptoms.flatMap((symptom): SearchDoc[] => {
    const steps = symptomSteps(checklist, symptom).filter((step) => holdingFor(step).length > 0);
    const platforms = all.filter((p) => steps.some((step) => holdingFor(step).some((sel) => sel.platform === p)));
    if (steps.length === 0) return [];
    return [{
      ...base,
      id: `${checklist.id}:${symptom.id}`,
      kind: 'symptom',
      ref: { checklist: checklist.id, symptom: symptom.id },
      title: toPlain(symptom.title),
      lines: steps.map((step) => toPlain(step.title)),
      platforms,
      command: commandLine(`troubleshoot --symptom ${symptom.id}`, platforms, all, request),
    }];
  });
  const steps = checklist.steps.flatMap((step): SearchDoc[] => {
    const stepHolding = holdingFor(step);
    const symptom = checklist.symptoms.find((s) => s.steps.includes(step.id));
    const lines = [...new Set(stepHolding.flatMap((sel) => plainLines(sectionViews(guide.frame, selectSections(checklist.platforms, step.sections ?? [], sel), sel))))];
    if (lines.length === 0 || !symptom) return [];
    const platforms = stepHolding.map((sel) => sel.platform);
    return [{
      ...base,
      id: `${checklist.id}:${symptom.id}:${step.id}`,
      kind: 'checklist-step',
      ref: { checklist: checklist.id, step: step.id },
      title: toPlain(step.title),
      lines,
      platforms,
      command: commandLine(`troubleshoot --symptom ${symptom.id}`, platforms, all, request),
    }];
  });
  return [...symptoms, ...steps];
}

/** Every searchable document for a request; an unknown OS version is a usage error here. */
export function searchDocuments(guide: Guide, request: SelectRequest, reserved: Iterable<string>): SearchDoc[] {
  resolveSelections(guide.frame, PLATFORMS, request, 'search'); // the same errors as a topic command
  const byTopic = commandsByTopic(topicCommands(guide.topics, reserved));
  const sections = guide.topics.flatMap((topic) => topicDocs(guide, topic, showCommand(topic, byTopic), request));
  const checklist = guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  return [...sections, ...(checklist ? checklistDocs(guide, checklist, request) : [])];
}
