/**
 * Help text, laid out by commander from the command table: usage, the command's
 * options and operand, examples, notes, and for the program the environment and where
 * to read more and report bugs. Help is at most 80 columns wide, like a man page.
 */
import { Command, Option } from 'commander';
import { HELP_WIDTH, PROGRAM_OPTIONS, visibleOptions, type CommandSpec, type OptionSpec, type ProgramInfo } from '../spec.js';
import type { Guide } from '../guide/guide.js';
import { wrapPlain } from '../util/wrap.js';

/** The environment variables the CLI reads, for help and the man page. */
export const ENVIRONMENT: readonly [string, string][] = [
  ['FACETIME_HELP_DATA', "more guide data directories, separated by ':' like PATH; laid under any --data"],
  ['FACETIME_HELP_PAGER', 'the pager for long output on a terminal; else PAGER, else less (set it empty, or to cat, for none)'],
  ['LESS', 'options for less (default: FRX: quit when the text fits, keep colours)'],
  ['FACETIME_HELP_CACHE', 'where to keep work done once: custom data checked and drawn, and on Node 20 the compiled program (default: ~/.cache/facetime-help; empty: nowhere)'],
  ['NO_COLOR', 'set to anything but empty: no colour'],
  ['FORCE_COLOR', 'colour even when not on a terminal (0 or false: none)'],
  ['FORCE_HYPERLINK', '1: clickable links in pretty output; 0: none'],
  ['COLUMNS', 'the width to fit output to when the terminal does not say'],
  ['DEBUG', 'show the stack trace of an unexpected error'],
];


const flags = (o: OptionSpec): string => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;

const examples = (lines: readonly string[]): string => `\nExamples:\n${lines.map((l) => `  $ facetime-help ${l}`).join('\n')}\n`;

/** Where to read more and report bugs: the last lines of every help text. */
export const addresses = (program: ProgramInfo): string => `\nDocumentation: ${program.homepage}\nReport bugs: ${program.bugs}\n`;

function base(name: string, description: string, options: readonly OptionSpec[], width: number): Command {
  const cmd = new Command(name).description(description).helpOption(false).configureHelp({ helpWidth: width, sortOptions: false });
  for (const o of options) {
    const option = new Option(flags(o), o.description);
    cmd.addOption(o.choices ? option.choices(o.choices) : option);
  }
  return cmd;
}

function commandHelp(spec: CommandSpec, guide: Guide, program: ProgramInfo, width: number): string {
  const cmd = base(spec.name, spec.description, visibleOptions(spec.options), width).aliases([...spec.aliases]);
  if (spec.operand) {
    const { name, description, required, variadic } = spec.operand;
    const term = `${name}${variadic ? '...' : ''}`;
    cmd.argument(required ? `<${term}>` : `[${term}]`, description);
  }
  // the usage line names the program: "facetime-help where [options]"
  new Command('facetime-help').addCommand(cmd);
  const notes = spec.notes?.(guide) ?? [];
  return `${cmd.helpInformation()}${examples(spec.examples)}${notes.length ? `\n${notes.map((n) => wrapPlain(n, width, 0)).join('\n')}\n` : ''}${addresses(program)}`;
}

function programHelp(table: readonly CommandSpec[], program: ProgramInfo, width: number): string {
  const cmd = base('facetime-help', program.description, visibleOptions(PROGRAM_OPTIONS), width).usage('[options] [command]');
  cmd.configureHelp({
    helpWidth: width,
    sortOptions: false,
    // every alias, not only the first
    subcommandTerm: (sub) => [sub.name(), ...sub.aliases()].join('|') + sub.registeredArguments.map((a) => ` ${a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`}`).join(''),
  });
  for (const spec of table) {
    const sub = cmd.command(spec.name).description(spec.description).aliases([...spec.aliases]);
    if (spec.operand) sub.argument(spec.operand.required ? `<${spec.operand.name}>` : `[${spec.operand.name}]`);
  }
  const column = Math.max(...ENVIRONMENT.map(([name]) => name.length)) + 2;
  const environment = ENVIRONMENT.map(([name, what]) => `  ${name.padEnd(column)}${what}`).join('\n');
  const lines = [
    'where --ios',
    'enable --mac --os-version monterey',
    'search recently deleted',
    'troubleshoot',
    'show recover --markdown >> ticket.md',
  ];
  return `${cmd.helpInformation()}${examples(lines)}\nEnvironment:\n${wrapPlain(environment, width, column + 2)}\n${addresses(program)}`;
}

/** Help for a command, or for the program when there is none. */
export function formatHelp(table: readonly CommandSpec[], spec: CommandSpec | undefined, guide: Guide, program: ProgramInfo, width: number): string {
  const w = Math.min(width, HELP_WIDTH);
  return spec ? commandHelp(spec, guide, program, w) : programHelp(table, program, w);
}
