/** The loaded guide: every topic and checklist, and where each topic came from. */
import type { Checklist, Topic } from './schema.js';

export const BUILT_IN = 'built-in';

export interface Guide {
  topics: Topic[];
  checklists: Checklist[];
  /** Topic id -> "built-in" or the data directory it came from. */
  origins: Record<string, string>;
}

/** The shape of dist/guide.json, written by the build from data/. */
export interface CompiledGuide {
  topics: Topic[];
  checklists: Checklist[];
}

/** The command a topic answers to. */
export function topicCommand(topic: Topic): string {
  return topic.command ?? topic.id;
}
