/** The list of topics, one row each, with the command that shows each and where it came from. */
import { BUILT_IN, commandsByTopic, showCommand, topicCommands, type Guide } from '../guide/guide.js';
import type { Platform } from '../guide/platforms.js';
import type { TopicsView } from './model.js';

/**
 * Every topic (covering `platform`, when one is given). A topic whose command name is
 * taken by another command is listed under the words that really show it: `show <id>`.
 */
export function viewTopics(guide: Guide, reserved: Iterable<string>, platforms: readonly Platform[] = []): TopicsView {
  const byTopic = commandsByTopic(topicCommands(guide.topics, reserved));
  const topics = guide.topics.filter((t) => platforms.every((p) => t.platforms.includes(p)));
  return {
    kind: 'topics',
    topics: topics.map((t) => ({
      id: t.id,
      command: showCommand(t, byTopic),
      aliases: byTopic.get(t)?.aliases ?? [],
      title: t.title,
      summary: t.summary,
      platforms: t.platforms,
      origin: guide.origins[t.id] ?? BUILT_IN,
    })),
  };
}
