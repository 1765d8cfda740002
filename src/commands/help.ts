/** `help [command]` and `--help`: help for a command, or for the program. */
import { commandOf, HELP_WIDTH, type CommandSpec } from '../spec.js';
import type { Reply } from '../render/emit.js';
import type { CommandContext } from './context.js';

/** The build's help texts for the built-in commands, at the full help width: name ("" for the program) -> text. */
type StoredHelp = Record<string, string>;

export async function helpFor(ctx: CommandContext, spec: CommandSpec | undefined): Promise<Reply> {
  const stored = ctx.customData || ctx.settings.width < HELP_WIDTH ? undefined : ctx.products.read<StoredHelp>('help')?.[spec?.name ?? ''];
  if (stored !== undefined) return { document: { kind: 'text', text: stored } };
  const { formatHelp } = await import('../help/format.js');
  return { document: { kind: 'text', text: formatHelp(ctx.table, spec, ctx.guide, ctx.program, ctx.settings.width) } };
}

/** `help [command]`. */
export async function runHelp(ctx: CommandContext, name: string | undefined): Promise<Reply> {
  return helpFor(ctx, name === undefined ? undefined : commandOf(ctx.table, name));
}
