/** A topic command (`where`, `enable`, ... and `show <topic>`): one topic for the asked platforms. */
import type { Guide } from '../guide/guide.js';
import type { Topic } from '../guide/schema.js';
import { resolveSelections, viewTopic } from '../guide/select.js';
import type { IO } from '../io/io.js';
import { renderTopic } from '../render/render.js';
import { outputSettings, requestedPlatforms, type RawOptions } from './options.js';

export type TopicOptions = RawOptions;

export async function runTopic(topic: Topic, options: TopicOptions, io: IO): Promise<void> {
  const platforms = requestedPlatforms(options);
  const settings = outputSettings(options, io);
  const selections = resolveSelections(
    topic.platforms,
    {
      platforms,
      osVersion: options.osVersion,
      hostMacVersion: platforms.length === 0 ? io.host.macVersion() : undefined,
    },
    `'${topic.command ?? topic.id}'`,
  );
  io.out.write(await renderTopic(viewTopic(topic, selections), settings));
}

/** `show <topic>`: any topic by id, command or alias. */
export async function runShow(guide: Guide, name: string, options: TopicOptions, io: IO): Promise<void> {
  const { resolveTopic } = await import('./resolve-topic.js');
  await runTopic(resolveTopic(guide, name), options, io);
}
