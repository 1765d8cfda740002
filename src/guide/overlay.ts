/**
 * Lays custom topics over the guide. A topic with a new id is added; one with an
 * existing id replaces that topic's header and, section by section, the sections
 * with the same id, keeping the others and appending new ones. Later layers win.
 */
import type { Guide } from './guide.js';
import type { Topic } from './schema.js';

function mergeTopic(base: Topic, layer: Topic): Topic {
  const replaced = base.sections.map((s) => layer.sections.find((l) => l.id === s.id) ?? s);
  const added = layer.sections.filter((s) => !base.sections.some((b) => b.id === s.id));
  return {
    ...layer,
    platforms: [...new Set([...base.platforms, ...layer.platforms])],
    sections: [...replaced, ...added],
    sources: layer.sources ?? base.sources,
  };
}

export function overlay(guide: Guide, topics: readonly Topic[], origin: string): Guide {
  const result = [...guide.topics];
  const origins = { ...guide.origins };
  for (const topic of topics) {
    const i = result.findIndex((t) => t.id === topic.id);
    if (i >= 0) result[i] = mergeTopic(result[i]!, topic);
    else result.push(topic);
    origins[topic.id] = origin;
  }
  return { topics: result, origins };
}
