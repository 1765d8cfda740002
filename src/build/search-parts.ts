/**
 * Search over the built-in guide, worked out at build time (dist/search.json): the index
 * of its documents, the parts of each topic and the checklist for each view class (see
 * src/search/documents.ts), from one selection of every class on every platform, and
 * the stem of every word. Two selections of one class must give the same parts; the
 * build fails if they do not.
 */
import type { Guide } from '../guide/guide.js';
import type { Platform } from '../guide/platforms.js';
import type { Selection } from '../guide/select.js';
import { toPlain } from '../render/inline.js';
import { checklistParts, searchDocuments, topicParts, unitKey, updatesOf, type Parts, type StoredParts } from '../search/documents.js';
import { tokens } from '../search/rank.js';
import { indexGuide, indexTerm, type StoredSearch } from '../search/search.js';
import { viewClasses } from '../view/platform.js';
import { representativeSelections } from './prerender.js';

function storedParts(guide: Guide): StoredParts {
  const classOf = viewClasses(guide);
  const updates = updatesOf(guide);
  const lines: string[] = [];
  const classes: string[] = [];
  const sets: StoredParts['sets'] = [];
  const indexIn = <T>(list: T[], item: T, same = (a: T, b: T) => a === b): number => {
    const at = list.findIndex((x) => same(x, item));
    return at >= 0 ? at : list.push(item) - 1;
  };
  const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const found = new Map<string, Map<number, number>>();
  const store = (key: string, platforms: readonly Platform[], work: (selection: Selection) => Parts): void => {
    const byClass = new Map<number, number>();
    for (const platform of platforms) {
      for (const [selection] of representativeSelections(guide, platforms, platform)) {
        const name = indexIn(classes, classOf(selection!));
        const set = indexIn(sets, work(selection!).map(([id, ...text]): [string, ...number[]] => [id, ...text.map((line) => indexIn(lines, line))]), sameJson);
        if (byClass.has(name) && byClass.get(name) !== set) throw new Error(`search: two versions of view class ${classes[name]} show different parts of ${key}`);
        byClass.set(name, set);
      }
    }
    found.set(key, byClass);
  };
  for (const topic of guide.topics) store(unitKey('topic', topic.id), topic.platforms, (s) => topicParts(guide, topic, s, updates));
  for (const checklist of guide.checklists) store(unitKey('checklist', checklist.id), checklist.platforms, (s) => checklistParts(guide, checklist, s));
  const parts = Object.fromEntries([...found].map(([key, byClass]) => [key, classes.map((_, c) => byClass.get(c) ?? -1)]));
  return { lines, classes, sets, parts };
}

/** Lower-case word -> stem, for every word the documents, their titles and the stored lines hold. */
function stemsOf(guide: Guide, texts: readonly string[]): Record<string, string> {
  const titles = [
    ...guide.topics.flatMap((t) => [t.title, t.id, t.command ?? '', ...(t.aliases ?? []), ...t.sections.map((s) => s.title)]),
    ...guide.checklists.flatMap((c) => [c.title, c.id, ...c.symptoms.map((s) => s.title), ...c.steps.flatMap((step) => [step.title, ...(step.sections ?? []).map((s) => s.title)])]),
  ].map(toPlain);
  const words = [...new Set([...texts, ...titles].flatMap(tokens).map((w) => w.toLowerCase()))].sort();
  return Object.fromEntries(words.flatMap((w) => {
    const stem = indexTerm(w);
    return stem ? [[w, stem]] : [];
  }));
}

export function storedSearch(guide: Guide, reserved: Iterable<string>): StoredSearch {
  const parts = storedParts(guide);
  const texts = searchDocuments(guide, reserved).map((d) => d.text);
  return { ...indexGuide(guide, reserved), ...parts, stems: stemsOf(guide, [...parts.lines, ...texts]) };
}
