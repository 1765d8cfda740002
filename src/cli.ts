/**
 * The command table: each command declared in src/spec.ts, with what it runs. The
 * commands that answer from the built-in guide are in the start-up bundle; the others
 * (search, troubleshoot, validate, completion) are imported only when they run.
 */
import type { Options } from './argv.js';
import type { CommandContext } from './commands/context.js';
import { runHelp } from './commands/help.js';
import { runShow, runTopic } from './commands/topic.js';
import { runTopics } from './commands/topics.js';
import type { Guide } from './guide/guide.js';
import type { Reply } from './render/emit.js';
import { commandSpecs, FIXED, type CommandSpec } from './spec.js';

/** A command with what it runs. */
export interface Command extends CommandSpec {
  run(ctx: CommandContext, operands: readonly string[], options: Options): Promise<Reply>;
}

type Run = Command['run'];

const RUNS: Record<string, Run> = {
  topics: (ctx, _, options) => runTopics(ctx, options),
  show: (ctx, [name], options) => runShow(ctx, name!, options),
  search: async (ctx, words, options) => (await import('./commands/search.js')).runSearch(ctx, words, options),
  troubleshoot: async (ctx, _, options) => (await import('./commands/troubleshoot.js')).runTroubleshoot(ctx, options),
  validate: async (ctx, dirs, options) => (await import('./commands/validate.js')).runValidate(ctx, dirs, options),
  completion: async (ctx, [shell]) => (await import('./commands/completion.js')).runCompletion(ctx, shell!),
  help: (ctx, [name]) => runHelp(ctx, name),
};

const FIXED_COMMANDS = new Map(FIXED.map((spec): [string, Command] => [spec.name, { ...spec, run: RUNS[spec.name]! }]));

/** Every command for a guide, ready to run: its topics first (in data order), then the fixed ones. */
export function commandTable(guide: Pick<Guide, 'topics'>): Command[] {
  return commandSpecs(guide).map((spec): Command => {
    const { topic } = spec;
    return topic ? { ...spec, run: (ctx, _, options) => runTopic(ctx, topic, options) } : FIXED_COMMANDS.get(spec.name)!;
  });
}
