/** Finds a topic by id, command or alias, or fails with a suggestion. */
import { UsageError } from '../errors.js';
import { topicCommand, type Guide } from '../guide/guide.js';
import type { Topic } from '../guide/schema.js';
import { didYouMean } from '../util/suggest.js';

export function topicNames(topic: Topic): string[] {
  return [topic.id, topicCommand(topic), ...(topic.aliases ?? [])];
}

export function resolveTopic(guide: Guide, name: string): Topic {
  const wanted = name.trim().toLowerCase();
  const topic = guide.topics.find((t) => topicNames(t).includes(wanted));
  if (topic) return topic;
  const ids = guide.topics.map((t) => t.id);
  throw new UsageError(
    `unknown topic '${name}'`,
    didYouMean(wanted, guide.topics.flatMap(topicNames)) ?? `Topics: ${ids.join(', ')}.`,
  );
}
