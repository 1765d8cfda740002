/**
 * What search looks through, and what it shows of a match for the request.
 *
 * The documents are fixed for a guide: one per topic section, per troubleshooting
 * symptom and per checklist step with instructions of its own, each holding the text of
 * all its steps on every platform and version, so the build can index the built-in
 * guide once. A match is then shown only where the request (platforms and OS version)
 * shows it, with the lines it shows there and the command that shows it.
 *
 * What one topic or checklist shows for one selection are its parts (its sections' or
 * steps' lines). Parts depend only on the selection's class (viewClass), so for the
 * built-in guide the build works them out once per class (StoredParts); for custom data
 * they are worked out here, the same way, for the topics that matched.
 */
import { UsageError } from '../errors.js';
import { commandsByTopic, findSection, showCommand, topicCommands, TROUBLESHOOT_CHECKLIST, versionArgs, type Guide } from '../guide/guide.js';
import { PLATFORM_FLAG, type Platform } from '../guide/platforms.js';
import type { Checklist, Section, Step, Topic } from '../guide/schema.js';
import { resolveSelections, selectSections, type SelectRequest, type Selection } from '../guide/select.js';
import { stepLine, toPlain } from '../render/inline.js';
import { stepSections } from '../view/checklist.js';
import type { SearchResultView, SectionView } from '../view/model.js';
import { sectionViews, viewClasses } from '../view/platform.js';
import { selectFor } from '../view/topic.js';

/** A document search ranks. */
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
  /** The words that show it: "recover", "show my-topic", "troubleshoot --symptom deleted". */
  words: string;
  /** The topic or checklist whose parts say where it shows: "topic:where", "checklist:troubleshoot". */
  unit: string;
  /** Its part there: "topic-id/section-id", or a step's id; a symptom's steps' ids. */
  parts: string[];
}

/** The text searched: each of its steps, on any platform and version, as one plain line. */
export type DocText = string;

/** What a match shows for the request: its lines (a symptom's are its steps' titles), platforms and command. */
export interface Shown {
  lines: string[];
  platforms: Platform[];
  command: string;
}

/**
 * What a topic or checklist shows for one selection: for a topic, each section shown
 * ("topic-id/section-id": a too-old version is shown another topic's), for a checklist
 * each step with something to say; each with its own plain lines.
 */
export type Parts = [id: string, ...lines: string[]][];

/** The key of a topic's or checklist's parts: "topic:where", "checklist:troubleshoot". */
export const unitKey = (kind: 'topic' | 'checklist', id: string): string => `${kind}:${id}`;

/**
 * Parts the build worked out: for a unit key and the index of a view class in
 * `classes`, the index in `sets` of its parts (-1 where it does not apply), each part's
 * lines as indexes into `lines`.
 */
export interface StoredParts {
  lines: string[];
  classes: string[];
  sets: [string, ...number[]][][];
  parts: Record<string, number[]>;
}

const plainLine = (step: Pick<Step, 'text' | 'menu' | 'keys'>): string => stepLine(step, (p) => p, toPlain);
const plainLines = (sections: readonly SectionView[]): string[] => sections.flatMap((s) => s.steps.map(plainLine));
const allLines = (sections: readonly Section[]): string => sections.flatMap((s) => s.steps.map(plainLine)).join('\n');

/** The sections a too-old version is shown (from other topics), by "topic-id/section-id". */
type Updates = ReadonlyMap<string, { topic: Topic; section: Section }>;

export function updatesOf(guide: Guide): Updates {
  return new Map(
    guide.frame.update.flatMap((ref) => {
      const found = findSection(guide.topics, ref);
      return found ? [[`${found.topic.id}/${found.section.id}`, found] as const] : [];
    }),
  );
}

export function topicParts(guide: Guide, topic: Topic, selection: Selection, updates = updatesOf(guide)): Parts {
  const selected = selectFor(guide, topic, selection);
  const owner = (section: Section): string => (topic.sections.includes(section) ? topic.id : [...updates.values()].find((u) => u.section === section)!.topic.id);
  return sectionViews(guide.frame, selected, selection).map((view, i) => [`${owner(selected[i]!.section)}/${view.id}`, ...plainLines([view])]);
}

export function checklistParts(guide: Guide, checklist: Checklist, selection: Selection): Parts {
  return checklist.steps.flatMap((step): Parts => {
    if (stepSections(guide, checklist, step, selection).length === 0) return [];
    return [[step.id, ...plainLines(sectionViews(guide.frame, selectSections(checklist.platforms, step.sections ?? [], selection), selection))]];
  });
}

/** Every document of a guide, with the text each is searched by. */
export function searchDocuments(guide: Guide, reserved: Iterable<string>): { doc: SearchDoc; text: DocText }[] {
  const byTopic = commandsByTopic(topicCommands(guide.topics, reserved));
  const sections = guide.topics.flatMap((topic) =>
    topic.sections.map((section) => ({
      doc: {
        id: `${topic.id}/${section.id}`,
        kind: 'section' as const,
        ref: { topic: topic.id, section: section.id },
        parentTitle: toPlain(topic.title),
        title: toPlain(section.title),
        names: [topic.id, topic.command ?? '', ...(topic.aliases ?? [])].join(' '),
        words: showCommand(topic, byTopic),
        unit: unitKey('topic', topic.id),
        parts: [`${topic.id}/${section.id}`],
      },
      text: allLines([section]),
    })),
  );
  const checklist = guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  return [...sections, ...(checklist ? checklistDocs(checklist) : [])];
}

/**
 * A checklist is found by its symptoms (by title; their steps' titles are shown, not
 * searched), and by the steps that carry instructions of their own; steps that point to
 * topic sections are found through those sections.
 */
function checklistDocs(checklist: Checklist): { doc: SearchDoc; text: DocText }[] {
  const base = { parentTitle: toPlain(checklist.title), names: checklist.id, unit: unitKey('checklist', checklist.id) };
  const symptoms = checklist.symptoms.map((symptom) => ({
    doc: { ...base, id: `${checklist.id}:${symptom.id}`, kind: 'symptom' as const, ref: { checklist: checklist.id, symptom: symptom.id }, title: toPlain(symptom.title), words: `troubleshoot --symptom ${symptom.id}`, parts: symptom.steps },
    text: '',
  }));
  const steps = checklist.steps.flatMap((step) => {
    const symptom = checklist.symptoms.find((s) => s.steps.includes(step.id));
    if (!step.sections || !symptom) return [];
    return [{
      doc: { ...base, id: `${checklist.id}:${symptom.id}:${step.id}`, kind: 'checklist-step' as const, ref: { checklist: checklist.id, step: step.id }, title: toPlain(step.title), words: `troubleshoot --symptom ${symptom.id}`, parts: [step.id] },
      text: allLines(step.sections),
    }];
  });
  return [...symptoms, ...steps];
}

function commandLine(words: string, hit: readonly Platform[], all: readonly Platform[], request: SelectRequest): string {
  const named = request.platforms.filter((p) => hit.includes(p));
  // Name a platform when the user did, or when the match holds on only some of them.
  const flags = named.length > 0 ? named : hit.length < all.length ? hit.slice(0, 1) : [];
  const version = request.osVersion === undefined ? [] : versionArgs(request.osVersion);
  return ['facetime-help', words, ...flags.map((p) => PLATFORM_FLAG[p]), ...version].join(' ');
}

/** Each part's platforms and lines over the selections, in the order first shown. */
function gather(selections: readonly Selection[], partsFor: (selection: Selection) => Parts): Map<string, { platforms: Platform[]; lines: string[] }> {
  const byPart = new Map<string, { platforms: Platform[]; lines: string[] }>();
  for (const selection of selections) {
    for (const [id, ...lines] of partsFor(selection)) {
      const entry = byPart.get(id) ?? { platforms: [], lines: [] };
      entry.platforms.push(selection.platform);
      for (const line of lines) if (!entry.lines.includes(line)) entry.lines.push(line);
      byPart.set(id, entry);
    }
  }
  return byPart;
}

/**
 * What matches show for a request: `shown(doc)` gives a match's lines, platforms and
 * command there, or undefined where the request does not show it. `stored` (the build's
 * parts of the built-in guide) must not be given for other data.
 */
export function showing(guide: Guide, request: SelectRequest, stored?: StoredParts): (doc: SearchDoc) => Shown | undefined {
  const viewClass = viewClasses(guide);
  const classIndex = memo((s: Selection) => stored?.classes.indexOf(viewClass(s)) ?? -1);
  const selectionsOf = memo((platforms: string) => selectionsFor(guide, platforms.split(' ') as Platform[], request));
  const updates = updatesOf(guide);
  const units = new Map<string, { all: Platform[]; parts: ReturnType<typeof gather> }>();
  let topics: Map<string, Topic> | undefined; // by id, made on first use: custom data may hold thousands
  const unit = (key: string): { all: Platform[]; parts: ReturnType<typeof gather> } => {
    const known = units.get(key);
    if (known) return known;
    const [kind, id] = key.split(':') as ['topic' | 'checklist', string];
    topics ??= new Map(guide.topics.map((t) => [t.id, t]));
    const topic = kind === 'topic' ? topics.get(id)! : undefined;
    const checklist = kind === 'checklist' ? guide.checklists.find((c) => c.id === id)! : undefined;
    const selections = selectionsOf((topic ?? checklist)!.platforms.join(' '));
    const work = (s: Selection): Parts => (topic ? topicParts(guide, topic, s, updates) : checklistParts(guide, checklist!, s));
    const partsFor = (s: Selection): Parts => {
      const set = stored?.sets[stored.parts[key]?.[classIndex(s)] ?? -1];
      return set ? set.map(([part, ...lines]) => [part, ...lines.map((n) => stored!.lines[n]!)]) : work(s);
    };
    const made = { all: selections.map((s) => s.platform), parts: gather(selections, partsFor) };
    units.set(key, made);
    return made;
  };
  return (doc) => {
    const { all, parts } = unit(doc.unit);
    if (doc.kind === 'symptom') {
      const steps = doc.parts.filter((id) => parts.has(id));
      if (steps.length === 0) return undefined;
      const checklist = guide.checklists.find((c) => unitKey('checklist', c.id) === doc.unit)!;
      const platforms = all.filter((p) => steps.some((id) => parts.get(id)!.platforms.includes(p)));
      return { lines: steps.map((id) => toPlain(checklist.steps.find((s) => s.id === id)!.title)), platforms, command: commandLine(doc.words, platforms, all, request) };
    }
    const part = parts.get(doc.parts[0]!);
    if (!part || part.lines.length === 0) return undefined;
    return { lines: part.lines, platforms: part.platforms, command: commandLine(doc.words, part.platforms, all, request) };
  };
}

/** A function that works out each answer once. */
function memo<K, V>(work: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, work(key));
    return known.get(key)!;
  };
}

/** Like resolveSelections, but a topic or checklist that does not cover the asked platforms shows nothing. */
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
