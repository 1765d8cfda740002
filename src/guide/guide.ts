/** The loaded guide: its frame, every topic and checklist, and where each topic came from. */
import type { Checklist, GuideFrame, Topic } from './schema.js';
import type { GuideRanges } from './select.js';

export const BUILT_IN = 'built-in';

/** The checklist the `troubleshoot` command runs. */
export const TROUBLESHOOT_CHECKLIST = 'troubleshoot';

export interface Guide {
  frame: GuideFrame;
  topics: Topic[];
  checklists: Checklist[];
  /** Topic id -> "built-in" or the data directory it came from. */
  origins: Record<string, string>;
}

/** The shape of dist/guide.json, written by the build from data/. */
export interface CompiledGuide {
  frame: GuideFrame;
  topics: Topic[];
  checklists: Checklist[];
  /** Its version ranges by platform, worked out once by the build (rangesOf). */
  ranges?: GuideRanges;
}

/** The command a topic answers to. */
export function topicCommand(topic: Topic): string {
  return topic.command ?? topic.id;
}

/** Every word that names a topic: its id, its command, its aliases. */
export function topicNames(topic: Topic): string[] {
  return [...new Set([topic.id, topicCommand(topic), ...(topic.aliases ?? [])])];
}

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
export function topicCommands(topics: readonly Topic[], reserved: Iterable<string>): TopicCommand[] {
  const taken = new Set<string>(reserved);
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

/** Each topic's command, for lookups that must not scan the list (custom data may hold thousands). */
export function commandsByTopic(commands: readonly TopicCommand[]): ReadonlyMap<Topic, TopicCommand> {
  return new Map(commands.map((c) => [c.topic, c]));
}

/** The words that show a topic: its own command, or `show <id>`. */
export function showCommand(topic: Topic, byTopic: ReadonlyMap<Topic, TopicCommand>): string {
  return byTopic.get(topic)?.name ?? `show ${topic.id}`;
}

/** The words that ask for a version in a command, quoted where the shell needs it. */
export const versionArgs = (osVersion: string): string[] => ['--os-version', /^[\w.-]+$/.test(osVersion) ? osVersion : `'${osVersion}'`];

/** A section of a topic named "topic-id/section-id", if there is one. */
export function findSection(topics: readonly Topic[], ref: string): { topic: Topic; section: Topic['sections'][number] } | undefined {
  const [topicId, sectionId] = ref.split('/');
  const topic = topics.find((t) => t.id === topicId);
  const section = topic?.sections.find((s) => s.id === sectionId);
  return topic && section ? { topic, section } : undefined;
}
