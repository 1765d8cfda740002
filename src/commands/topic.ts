/** A topic command (`where`, `enable`, ... and `show <topic>`): one topic for the asked platforms. */
import type { Guide } from '../guide/guide.js';
import type { Topic } from '../guide/schema.js';
import { resolveSelections, viewTopic } from '../guide/select.js';
import type { IO } from '../io/io.js';
import type { PrerenderedLookup } from '../render/prerendered.js';
import { renderTopic } from '../render/render.js';
import { outputSettings, requestedPlatforms, type RawOptions } from './options.js';

export type TopicOptions = RawOptions;

/** `prerendered` finds pretty views the build drew ahead of time. */
export async function runTopic(topic: Topic, options: TopicOptions, io: IO, prerendered?: PrerenderedLookup): Promise<void> {
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
  const drawn = settings.format === 'pretty' ? prerendered?.(topic.id, settings.width) : undefined;
  io.out.write(await renderTopic(viewTopic(topic, selections), settings, drawn));
}

/** `show <topic>`: any topic by id, command or alias. */
export async function runShow(guide: Guide, name: string, options: TopicOptions, io: IO, prerendered?: PrerenderedLookup): Promise<void> {
  const { resolveTopic } = await import('./resolve-topic.js');
  await runTopic(resolveTopic(guide, name), options, io, prerendered);
}
