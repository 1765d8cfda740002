/**
 * The command table. Topic commands come from the data: each topic names its command
 * and aliases. Every action imports its command module only when it runs, so start-up
 * pays for commander and the table, nothing more.
 */
import { Command } from 'commander';
import { topicCommand, type Guide } from './guide/guide.js';
import type { Topic } from './guide/schema.js';
import type { IO } from './io/io.js';
import { addOutputOptions, addPlatformOptions, type RawOptions } from './commands/options.js';
import { DESCRIPTION } from './commands/overview.js';

/** Commands that are not topics; a topic may not take these names. */
export const FIXED_COMMANDS = ['topics', 'list', 'show', 'troubleshoot', 'help'] as const;

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ facetime-help ${l}`).join('\n')}\n`;
}

function addTopicCommand(program: Command, topic: Topic, taken: Set<string>, io: IO): void {
  const name = topicCommand(topic);
  if (taken.has(name)) return; // still reachable with `show <id>`
  const aliases = (topic.aliases ?? []).filter((a) => !taken.has(a) && a !== name);
  [name, ...aliases].forEach((n) => taken.add(n));
  const cmd = program.command(name).description(topic.title).aliases(aliases);
  addPlatformOptions(addOutputOptions(cmd))
    .addHelpText(
      'after',
      examples([`${name} --ios`, `${name} --mac --os-version ventura`, `${name} --ipados --json | jq .`, `${name} --plain | grep Settings`]),
    )
    .action(async (options: RawOptions) => {
      const { runTopic } = await import('./commands/topic.js');
      await runTopic(topic, options, io);
    });
}

/** Builds the program for a loaded guide, writing through `io`. */
export function buildProgram(guide: Guide, io: IO, version: string): Command {
  const helpWidth = () => Math.min(io.out.columns ?? 80, 100);
  const program = new Command('facetime-help')
    .description(DESCRIPTION)
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.out.write(s),
      writeErr: (s) => io.err.write(s),
      // main.ts prints errors in the project's format
      outputError: () => {},
      getOutHelpWidth: helpWidth,
      getErrHelpWidth: helpWidth,
    })
    .addHelpText('after', examples(['where --ios', 'enable --mac --os-version monterey', 'where --ios --json | jq .', 'show recover --markdown >> ticket.md']));

  const taken = new Set<string>(FIXED_COMMANDS);
  for (const topic of guide.topics) addTopicCommand(program, topic, taken, io);

  addOutputOptions(program.command('topics').alias('list').description('list every topic, one line each'))
    .addHelpText('after', examples(['topics', 'topics --json | jq -r ".topics[].command"']))
    .action(async (options: RawOptions) => {
      const { runTopics } = await import('./commands/topics.js');
      await runTopics(guide, options, io);
    });

  addPlatformOptions(addOutputOptions(program.command('show').argument('<topic>', 'topic id, command or alias')))
    .description('show any topic by id, including ones added with --data')
    .addHelpText('after', examples(['show where --ios', 'show recover --markdown']))
    .action(async (name: string, options: RawOptions) => {
      const { runShow } = await import('./commands/topic.js');
      await runShow(guide, name, options, io);
    });

  addPlatformOptions(addOutputOptions(program.command('troubleshoot')))
    .description('an interactive checklist: pick what is wrong, then try one step at a time')
    .option('--symptom <id>', 'skip the first question: no-shutter, not-saved, cant-find, others-cant-capture, deleted')
    .option('--report <file>', 'write the session (or the checklist) as markdown to a file')
    .addHelpText(
      'after',
      examples(['troubleshoot', 'troubleshoot --symptom no-shutter --ios', 'troubleshoot --no-input > checklist.txt', 'troubleshoot --symptom deleted --mac --json | jq .']),
    )
    .action(async (options: RawOptions) => {
      const { runTroubleshoot } = await import('./commands/troubleshoot.js');
      await runTroubleshoot(guide, options, io);
    });

  return program;
}
