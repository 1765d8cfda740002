/**
 * The command table. Topic commands come from the data: each topic names its command
 * and aliases. Start-up pays for commander and the table, nothing more: every action
 * imports its command module only when it runs, and a command's options and help
 * text are added only when that command is the one being run (building every
 * command's options costs more than printing an answer).
 */
import { Command } from 'commander';
import { topicCommands, type Guide } from './guide/guide.js';
import { renderWidth } from './io/color.js';
import type { IO } from './io/io.js';
import type { PrerenderedLookup } from './render/prerendered.js';
import { addOutputOptions, addPlatformOptions, collect, type RawOptions } from './commands/options.js';
import { DESCRIPTION } from './commands/overview.js';
import { UsageError } from './errors.js';
import { didYouMean } from './util/suggest.js';

export interface ProgramOptions {
  version: string;
  /** The built-in data directory, for `validate` with no directory. */
  builtInData: string;
  /** Pretty views drawn by the build. */
  prerendered?: PrerenderedLookup;
  /** Set up every command now, not when it runs (for completion scripts). */
  eager?: boolean;
  /**
   * The first argument: when it names a command, only that command is registered
   * (nothing else can run, and its own help lists no others).
   */
  only?: string;
}

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ facetime-help ${l}`).join('\n')}\n`;
}

type Setup = (cmd: Command) => void;

/** Builds the program for a loaded guide, writing through `io`. */
export function buildProgram(guide: Guide, io: IO, options: ProgramOptions): Command {
  // help is wrapped like pretty output: the terminal's width (or COLUMNS, or 80), at most 100
  const helpWidth = () => renderWidth(io.out.columns, io.env);
  const program = new Command('facetime-help')
    .description(DESCRIPTION)
    .version(options.version, '-v, --version', 'print the version')
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
    .addHelpText('after', examples(['where --ios', 'enable --mac --os-version monterey', 'search recently deleted', 'show recover --markdown >> ticket.md']));

  const specs: CommandSpec[] = [];
  const command: AddCommand = (names, description, setup) => void specs.push({ names, description, setup });
  for (const { topic, name, aliases } of topicCommands(guide.topics)) {
    command([name, ...aliases], topic.title, (cmd) =>
      addPlatformOptions(addOutputOptions(cmd))
        .addHelpText('after', examples([`${name} --ios`, `${name} --mac --os-version ventura`, `${name} --ipados --json | jq .`, `${name} --plain | grep Settings`]))
        .action(async (opts: RawOptions) => {
          const { runTopic } = await import('./commands/topic.js');
          await runTopic(topic, opts, io, options.prerendered);
        }),
    );
  }
  addFixedCommands(guide, io, options, command);

  const setups = new Map<Command, Setup>();
  const setUp = (sub: Command): void => {
    setups.get(sub)?.(sub);
    setups.delete(sub);
  };
  program.hook('preSubcommand', (_, sub) => setUp(sub));
  const wanted = specs.find((spec) => options.only !== undefined && spec.names.includes(options.only));
  for (const { names, description, setup } of wanted ? [wanted] : specs) {
    const cmd = program.command(names[0]!).description(description).aliases(names.slice(1));
    if (options.eager) setup(cmd);
    else setups.set(cmd, setup);
  }
  if (!wanted) addHelpCommand(program, setUp);
  return program;
}

/**
 * `help [command]` in place of commander's own, which answers an unknown command with
 * the whole help text on stderr; this one gives the usual one-line error and hint.
 */
function addHelpCommand(program: Command, setUp: (cmd: Command) => void): void {
  program.helpCommand(false);
  program
    .command('help')
    .argument('[command]', 'the command to explain')
    .description('show help for a command')
    .action((name?: string) => {
      if (name === undefined) return program.outputHelp();
      const sub = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (!sub) {
        const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
        throw new UsageError(`unknown command '${name}'`, didYouMean(name, names) ?? `See '${program.name()} --help'.`);
      }
      setUp(sub);
      sub.outputHelp();
    });
}

interface CommandSpec {
  /** The name, then aliases. */
  names: string[];
  description: string;
  /** Adds options, help text and the action. */
  setup: Setup;
}

type AddCommand = (names: string[], description: string, setup: Setup) => void;

function addFixedCommands(guide: Guide, io: IO, options: ProgramOptions, command: AddCommand): void {
  command(['topics', 'list'], 'list every topic, one line each', (cmd) =>
    addOutputOptions(cmd)
      .addHelpText('after', examples(['topics', 'topics --json | jq -r ".topics[].command"']))
      .action(async (opts: RawOptions) => {
        const { runTopics } = await import('./commands/topics.js');
        await runTopics(guide, opts, io);
      }),
  );

  command(['show'], 'show any topic by id, including ones added with --data', (cmd) =>
    addPlatformOptions(addOutputOptions(cmd.argument('<topic>', 'topic id, command or alias')))
      .addHelpText('after', examples(['show where --ios', 'show recover --markdown']))
      .action(async (name: string, opts: RawOptions) => {
        const { runShow } = await import('./commands/topic.js');
        await runShow(guide, name, opts, io, options.prerendered);
      }),
  );

  command(['search'], 'ranked matches across all guide text, each with the command that shows it', (cmd) =>
    addPlatformOptions(addOutputOptions(cmd.argument('<words...>', 'what to look for')))
      .option('--limit <n>', 'at most this many matches', '10')
      .addHelpText('after', examples(['search recently deleted', 'search screenshot --mac', 'search --json smart album | jq .']))
      .action(async (words: string[], opts: RawOptions & { limit: string }) => {
        const { runSearch } = await import('./commands/search.js');
        await runSearch(guide, words, opts, io);
      }),
  );

  command(['troubleshoot'], 'an interactive checklist: pick what is wrong, then try one step at a time', (cmd) =>
    addPlatformOptions(addOutputOptions(cmd))
      .option('--symptom <id>', 'skip the first question: no-shutter, not-saved, cant-find, others-cant-capture, deleted')
      .option('--report <file>', 'write the session (or the checklist) as markdown to a file')
      .addHelpText(
        'after',
        examples(['troubleshoot', 'troubleshoot --symptom no-shutter --ios', 'troubleshoot --no-input > checklist.txt', 'troubleshoot --symptom deleted --mac --json | jq .']),
      )
      .action(async (opts: RawOptions) => {
        const { runTroubleshoot } = await import('./commands/troubleshoot.js');
        await runTroubleshoot(guide, opts, io);
      }),
  );

  command(['validate'], 'check guide data directories (the built-in data when none is given)', (cmd) =>
    addOutputOptions(cmd.argument('[dir...]', 'data directories, each with topics/ and checklists/'))
      .addHelpText('after', examples(['validate', 'validate ./my-guide', 'validate ./my-guide --json | jq .problems']))
      .action(async (dirs: string[], opts: RawOptions) => {
        const { runValidate } = await import('./commands/validate.js');
        await runValidate(dirs.length ? dirs : [options.builtInData], { dir: options.builtInData, guide }, opts, io);
      }),
  );

  command(['completion'], 'print a shell completion script (bash, zsh or fish)', (cmd) =>
    cmd
      .argument('<shell>', 'bash, zsh or fish')
      .option('--data <dir>', 'also complete the topics in this data directory (repeatable)', collect)
      .addHelpText('after', examples(['completion bash > ~/.local/share/bash-completion/completions/facetime-help', 'completion zsh > "${fpath[1]}/_facetime-help"', 'completion fish > ~/.config/fish/completions/facetime-help.fish']))
      .action(async (shell: string) => {
        const { runCompletion } = await import('./commands/completion.js');
        await runCompletion(buildProgram(guide, io, { ...options, eager: true, only: undefined }), guide, shell, io);
      }),
  );
}
