/** `topics` (alias `list`): every topic on one line, with the command that shows it and where it came from. */
import type { Options } from '../argv.js';
import { FIXED_NAMES } from '../spec.js';
import type { Reply } from '../render/emit.js';
import { viewTopics } from '../view/topics.js';
import type { CommandContext } from './context.js';

export async function runTopics(ctx: CommandContext, options: Options): Promise<Reply> {
  return { document: viewTopics(ctx.guide, FIXED_NAMES, options.platforms) };
}
