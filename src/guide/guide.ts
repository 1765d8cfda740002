/** The loaded guide: every topic and checklist, and where each topic came from. */
import type { Checklist, Topic } from './schema.js';

export const BUILT_IN = 'built-in';

/** The checklist the `troubleshoot` command runs. */
export const TROUBLESHOOT_CHECKLIST = 'troubleshoot';

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

/** Commands that are not topics; a topic may not take these names. */
export const FIXED_COMMANDS = ['topics', 'list', 'show', 'search', 'troubleshoot', 'validate', 'completion', 'help'] as const;

/** A topic's own command and aliases, as the command table registers them. */
export interface TopicCommand {
  topic: Topic;
  name: string;
  aliases: string[];
}

/**
 * The topic commands, first come first served: a topic whose command name is taken (by
 * a fixed command or an earlier topic) gets none and is reached with `show <id>`.
 */
export function topicCommands(topics: readonly Topic[]): TopicCommand[] {
  const taken = new Set<string>(FIXED_COMMANDS);
  const commands: TopicCommand[] = [];
  for (const topic of topics) {
    const name = topicCommand(topic);
    if (taken.has(name)) continue;
    const aliases = (topic.aliases ?? []).filter((a) => !taken.has(a) && a !== name);
    [name, ...aliases].forEach((n) => taken.add(n));
    commands.push({ topic, name, aliases });
  }
  return commands;
}

/** The words that show a topic: its own command, or `show <id>`. */
export function showCommand(topic: Topic, commands: readonly TopicCommand[]): string {
  return commands.find((c) => c.topic === topic)?.name ?? `show ${topic.id}`;
}
