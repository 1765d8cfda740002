/** What `facetime-help` alone prints: what it does, the topics, three examples, and where help is. */
import { FIXED_NAMES, findCommand } from '../spec.js';
import { oneLine } from '../render/inline.js';
import type { Reply } from '../render/emit.js';
import { wrapPlain } from '../util/wrap.js';
import { viewTopics } from '../view/topics.js';
import type { CommandContext } from './context.js';

export function runOverview(ctx: CommandContext): Reply {
  const { topics } = viewTopics(ctx.guide, FIXED_NAMES);
  const width = Math.max(...topics.map((t) => t.command.length), 'troubleshoot'.length);
  const troubleshoot = findCommand(ctx.table, 'troubleshoot')!;
  const rows = [...topics.map((t) => [t.command, t.title] as const), [troubleshoot.name, troubleshoot.description] as const];
  const lines = [
    `facetime-help: ${ctx.program.description}`,
    '',
    'Topics:',
    ...rows.map(([command, title]) => wrapPlain(`  ${command.padEnd(width)}  ${oneLine(title)}`, ctx.settings.width, width + 4)),
    '',
    'Examples:',
    '  facetime-help where --ios',
    '  facetime-help enable --mac --os-version monterey',
    '  facetime-help where --ios --json | jq .',
    '',
    "See 'facetime-help --help' for every command and option.",
  ];
  return { document: { kind: 'text', text: `${wrapPlain(lines.join('\n'), ctx.settings.width, 2)}\n` } };
}
