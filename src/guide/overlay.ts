/**
 * Lays custom data over the guide. A topic with a new id is added; one with an
 * existing id replaces that topic's header and, section by section, the sections
 * with the same id, keeping the others and appending new ones. Later layers win.
 * Lookups go through maps, so the cost grows with the number of topics, not its square.
 */
import { invalidData } from '../errors.js';
import { checklistProblems } from './rules.js';
import type { Guide } from './guide.js';
import type { DataDir } from './read-dir.js';
import type { Checklist, Topic } from './schema.js';

/** Items of `base` replaced by same-id items of `layer`, then the new ones appended. */
export function mergeById<T extends { id: string }>(base: readonly T[], layer: readonly T[]): T[] {
  const byId = new Map(layer.map((item) => [item.id, item]));
  const merged = base.map((item) => byId.get(item.id) ?? item);
  const baseIds = new Set(base.map((item) => item.id));
  return [...merged, ...layer.filter((item) => !baseIds.has(item.id))];
}

function mergeTopic(base: Topic, layer: Topic): Topic {
  return {
    ...layer,
    platforms: [...new Set([...base.platforms, ...layer.platforms])],
    sections: mergeById(base.sections, layer.sections),
    sources: layer.sources ?? base.sources,
  };
}

function mergeChecklist(base: Checklist, layer: Checklist): Checklist {
  return {
    ...layer,
    platforms: [...new Set([...base.platforms, ...layer.platforms])],
    symptoms: mergeById(base.symptoms, layer.symptoms),
    steps: mergeById(base.steps, layer.steps),
  };
}

/** The guide with one data directory laid over it; its checklists' references must resolve. */
export function overlay(guide: Guide, data: DataDir): Guide {
  const byId = new Map(guide.topics.map((t) => [t.id, t]));
  for (const topic of data.topics) {
    const base = byId.get(topic.id);
    byId.set(topic.id, base ? mergeTopic(base, topic) : topic);
  }
  // a Map keeps first-insertion order: built-in topics first, then new ones as read
  const topics = [...byId.values()];
  const origins = { ...guide.origins, ...Object.fromEntries(data.topics.map((t) => [t.id, data.dir])) };
  const checklists = [...guide.checklists];
  const problems: string[] = [];
  for (const { file, checklist } of data.checklists) {
    const i = checklists.findIndex((c) => c.id === checklist.id); // a handful of checklists at most
    const merged = i >= 0 ? mergeChecklist(checklists[i]!, checklist) : checklist;
    problems.push(...checklistProblems(file, merged, topics));
    checklists[i >= 0 ? i : checklists.length] = merged;
  }
  if (problems.length) throw invalidData(data.dir, problems);
  return { frame: guide.frame, topics, checklists, origins };
}
