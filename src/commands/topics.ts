/** `topics` (alias `list`): every topic on one line, with its command and where it came from. */
import { BUILT_IN, topicCommand, type Guide } from '../guide/guide.js';
import { loadChalk } from '../io/color.js';
import type { IO } from '../io/io.js';
import { toJson } from '../render/json.js';
import { toPlain } from '../render/inline.js';
import { outputSettings, type RawOptions } from './options.js';

export async function runTopics(guide: Guide, options: RawOptions, io: IO): Promise<void> {
  const settings = outputSettings(options, io);
  const rows = guide.topics.map((t) => ({
    id: t.id,
    command: topicCommand(t),
    aliases: t.aliases ?? [],
    title: toPlain(t.title),
    summary: toPlain(t.summary),
    platforms: t.platforms,
    origin: guide.origins[t.id] ?? BUILT_IN,
  }));
  if (settings.format === 'json') {
    io.out.write(toJson({ kind: 'topics', topics: rows }));
    return;
  }
  const custom = (o: string): string => (o === BUILT_IN ? '' : ` [${o}]`);
  if (settings.format === 'markdown') {
    const lines = rows.map((r) => `- \`facetime-help ${r.command}\`: ${r.title}${custom(r.origin)}`);
    io.out.write(`# Topics\n\n${lines.join('\n')}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.command.length));
  const lines = rows.map((r) => `${r.command.padEnd(width)}  ${r.title}${custom(r.origin)}`);
  if (settings.format === 'pretty' && settings.color) {
    const chalk = await loadChalk();
    io.out.write(rows.map((r, i) => lines[i]!.replace(r.command, chalk.bold(r.command))).join('\n') + '\n');
    return;
  }
  io.out.write(lines.join('\n') + '\n');
}
