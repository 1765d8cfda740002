/** What `facetime-help` alone prints: what it does, the topics, three examples, and where help is. */
import { topicCommand, type Guide } from '../guide/guide.js';
import type { IO } from '../io/io.js';
import { toPlain } from '../render/inline.js';

export const DESCRIPTION =
  'A guide to FaceTime Live Photos on iPhone, iPad and Mac: where they are saved, how to take them, how to turn them on, and how to get one back.';

export function runOverview(guide: Guide, io: IO): void {
  const width = Math.max(...guide.topics.map((t) => topicCommand(t).length), 'troubleshoot'.length);
  const topics = guide.topics.map((t) => `  ${topicCommand(t).padEnd(width)}  ${toPlain(t.title)}`);
  io.out.write(
    [
      `facetime-help: ${DESCRIPTION}`,
      '',
      'Topics:',
      ...topics,
      '',
      'Examples:',
      '  facetime-help where --ios',
      '  facetime-help enable --mac --os-version monterey',
      '  facetime-help where --ios --json | jq .',
      '',
      "See 'facetime-help --help' for every command and option.",
      '',
    ].join('\n'),
  );
}
