/** A topic command (`where`, `enable`, ... and `show <topic>`): one topic for the asked platforms. */
import type { Options } from '../argv.js';
import { UsageError } from '../errors.js';
import { topicCommand, topicNames } from '../guide/guide.js';
import type { Topic } from '../guide/schema.js';
import { resolveSelections } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { stripControl } from '../util/sanitize.js';
import { didYouMean } from '../util/suggest.js';
import { viewTopic } from '../view/topic.js';
import type { CommandContext } from './context.js';

export async function runTopic(ctx: CommandContext, topic: Topic, options: Options): Promise<Reply> {
  const selections = resolveSelections(
    ctx.guide.frame,
    topic.platforms,
    {
      platforms: options.platforms,
      ...(options.osVersion !== undefined && { osVersion: options.osVersion }),
      ...(options.platforms.length === 0 && { hostMacVersion: ctx.io.host.macVersion() }),
    },
    `'${topicCommand(topic)}'`,
  );
  return { document: viewTopic(ctx.guide, topic, selections) };
}

/** `show <topic>`: any topic by id, command or alias. */
export async function runShow(ctx: CommandContext, name: string, options: Options): Promise<Reply> {
  const wanted = name.trim().toLowerCase();
  const topic = ctx.guide.topics.find((t) => topicNames(t).includes(wanted));
  if (topic) return runTopic(ctx, topic, options);
  const names = ctx.guide.topics.flatMap(topicNames);
  throw new UsageError(`unknown topic '${stripControl(name)}'`, didYouMean(wanted, names) ?? `Topics: ${ctx.guide.topics.map((t) => t.id).join(', ')}.`);
}
