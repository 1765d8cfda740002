/** A topic command (`where`, `enable`, ... and `show <topic>`): one topic for the asked platforms. */
import type { Options } from '../argv.js';
import { UsageError } from '../errors.js';
import { topicCommand, topicNames } from '../guide/guide.js';
import type { Platform } from '../guide/platforms.js';
import type { Topic } from '../guide/schema.js';
import { resolveSelections } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { stripControl } from '../util/sanitize.js';
import { didYouMean } from '../util/suggest.js';
import { viewTopic } from '../view/topic.js';
import { storedOrLive } from './at-version.js';
import type { CommandContext } from './context.js';

/** The name the build renders a built-in topic's answer whole under, for all its platforms or one (src/build/whole.ts). */
export const wholeTopicName = (id: string, platform?: Platform): string => `topic-${id}${platform ? `-${platform}` : ''}`;

export async function runTopic(ctx: CommandContext, topic: Topic, options: Options): Promise<Reply> {
  const hostMac = options.platforms.length === 0 ? ctx.io.host.macVersion() : undefined;
  const selections = resolveSelections(
    ctx.guide.frame,
    topic.platforms,
    {
      platforms: options.platforms,
      ...(options.osVersion !== undefined && { osVersion: options.osVersion }),
      ...(hostMac !== undefined && { hostMacVersion: hostMac }),
    },
    `'${topicCommand(topic)}'`,
  );
  // the build may have rendered it: at the newest versions, for all the topic's platforms
  // or one; for one platform, at any version
  const newest = options.osVersion === undefined && options.platforms.length <= 1 && hostMac === undefined;
  const names = { newest: newest ? wholeTopicName(topic.id, options.platforms[0]) : undefined, group: () => wholeTopicName(topic.id), base: (p: Platform) => wholeTopicName(topic.id, p) };
  return storedOrLive(ctx, selections, names, () => viewTopic(ctx.guide, topic, selections));
}

/** `show <topic>`: any topic by id, command or alias. */
export async function runShow(ctx: CommandContext, name: string, options: Options): Promise<Reply> {
  const wanted = name.trim().toLowerCase();
  const topic = ctx.guide.topics.find((t) => topicNames(t).includes(wanted));
  if (topic) return runTopic(ctx, topic, options);
  const names = ctx.guide.topics.flatMap(topicNames);
  throw new UsageError(`unknown topic '${stripControl(name)}'`, didYouMean(wanted, names) ?? `Topics: ${ctx.guide.topics.map((t) => t.id).join(', ')}.`);
}
