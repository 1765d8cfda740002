/**
 * Lays custom data over the guide. A topic with a new id is added; one with an
 * existing id replaces that topic's header and, section by section, the sections
 * with the same id, keeping the others and appending new ones. Later layers win.
 */
import { invalidData } from '../errors.js';
import { checklistProblems } from './check.js';
import type { Guide } from './guide.js';
import type { DataDir } from './read-dir.js';
import type { Checklist, Topic } from './schema.js';

/** Items of `base` replaced by same-id items of `layer`, then the new ones appended. */
function mergeById<T extends { id: string }>(base: readonly T[], layer: readonly T[]): T[] {
  const replaced = base.map((b) => layer.find((l) => l.id === b.id) ?? b);
  return [...replaced, ...layer.filter((l) => !base.some((b) => b.id === l.id))];
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
  const topics = [...guide.topics];
  const origins = { ...guide.origins };
  for (const topic of data.topics) {
    const i = topics.findIndex((t) => t.id === topic.id);
    topics[i >= 0 ? i : topics.length] = i >= 0 ? mergeTopic(topics[i]!, topic) : topic;
    origins[topic.id] = data.dir;
  }
  const checklists = [...guide.checklists];
  const problems: string[] = [];
  for (const { file, checklist } of data.checklists) {
    const i = checklists.findIndex((c) => c.id === checklist.id);
    const merged = i >= 0 ? mergeChecklist(checklists[i]!, checklist) : checklist;
    problems.push(...checklistProblems(file, merged, topics));
    checklists[i >= 0 ? i : checklists.length] = merged;
  }
  if (problems.length) throw invalidData(data.dir, problems);
  return { topics, checklists, origins };
}
