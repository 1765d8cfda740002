/**
 * The commands and options, declared once: the argument parser (src/argv.ts), help, the
 * man page and the completion scripts are all read from here. Topic commands come from
 * the data: each topic names its command and aliases. What each command runs is bound in
 * src/cli.ts, so that the commands themselves can read these declarations.
 */
import { TROUBLESHOOT_CHECKLIST, topicCommands, type Guide } from './guide/guide.js';
import { PLATFORMS } from './guide/platforms.js';
import type { Topic } from './guide/schema.js';
import { UsageError } from './errors.js';
import { FORMATS } from './render/emit.js';
import { stripControl } from './util/sanitize.js';
import { didYouMean } from './util/suggest.js';

/** The program's own facts, from package.json (put in by the build). */
export interface ProgramInfo {
  version: string;
  description: string;
  homepage: string;
  bugs: string;
}

/** What a completion script offers for an option's value or an operand. */
export type Completes = 'platform' | 'version' | 'symptom' | 'format' | 'directory' | 'file' | 'topic' | 'shell' | 'command';

export interface OptionSpec {
  /** The long name without dashes, as typed: "os-version", "no-color". */
  name: string;
  short?: string;
  /** "<name>" for an option that takes a value. */
  value?: string;
  description: string;
  repeatable?: boolean;
  choices?: readonly string[];
  /** Accepted, but not listed in help. */
  hidden?: boolean;
  completes?: Completes;
}

const option = (name: string, description: string, more: Omit<OptionSpec, 'name' | 'description'> = {}): OptionSpec => ({ name, description, ...more });

/** Every option, by name. */
export const OPTIONS = {
  ios: option('ios', 'iPhone'),
  ipados: option('ipados', 'iPad'),
  mac: option('mac', 'Mac (also --macos)'),
  macos: option('macos', 'Mac', { hidden: true }),
  windows: option('windows', 'Windows (viewing and recovering)'),
  web: option('web', 'iCloud.com (viewing and recovering)'),
  platform: option('platform', `platform by name: ${PLATFORMS.join(', ')} (repeatable)`, { short: 'p', value: '<name>', repeatable: true, completes: 'platform' }),
  'os-version': option('os-version', 'OS version: 17, 18.2, 27, 10.14.3, or a macOS name such as sonoma (default: the newest)', { value: '<version>', completes: 'version' }),
  format: option('format', 'output format', { value: '<format>', choices: FORMATS, completes: 'format' }),
  json: option('json', 'same as --format json'),
  plain: option('plain', 'same as --format plain'),
  markdown: option('markdown', 'same as --format markdown'),
  color: option('color', 'colour even when not on a terminal'),
  'no-color': option('no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)'),
  pager: option('pager', 'page long output on a terminal (the default)', { hidden: true }),
  'no-pager': option('no-pager', 'never page long output'),
  data: option('data', 'more guide data, laid over the built-in guide (repeatable)', { value: '<dir>', repeatable: true, completes: 'directory' }),
  'no-input': option('no-input', 'never prompt'),
  limit: option('limit', 'at most this many matches (default: 10)', { value: '<n>' }),
  symptom: option('symptom', 'skip the first question (see troubleshoot --help)', { value: '<id>', completes: 'symptom' }),
  report: option('report', 'write the session, or the checklist, as markdown to a file ("-" for stdout)', { value: '<file>', completes: 'file' }),
  force: option('force', 'let --report replace a file that exists'),
  help: option('help', 'show help', { short: 'h' }),
  version: option('version', 'print the version', { short: 'v' }),
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

const PLATFORM = ['ios', 'ipados', 'mac', 'macos', 'windows', 'web', 'platform', 'os-version'] as const;
const OUTPUT = ['format', 'json', 'plain', 'markdown', 'color', 'no-color', 'pager', 'no-pager', 'data', 'no-input', 'help', 'version'] as const;

/** The widest help ever gets, like a man page: the build stores help at this width. */
export const HELP_WIDTH = 80;

/** What `facetime-help` accepts with no command (the overview). */
export const PROGRAM_OPTIONS: readonly OptionName[] = ['color', 'no-color', 'pager', 'no-pager', 'data', 'no-input', 'help', 'version'];

export interface Operand {
  name: string;
  description: string;
  required: boolean;
  variadic: boolean;
  completes?: Completes;
}

/** A command as help, the man page, completion and the argument parser know it. */
export interface CommandSpec {
  name: string;
  aliases: readonly string[];
  /** One sentence, for the command list. */
  description: string;
  operand?: Operand;
  options: readonly OptionName[];
  /** Command lines after `facetime-help`. */
  examples: readonly string[];
  /** More to say in help, after the options. */
  notes?: (guide: Guide) => readonly string[];
  /** The topic a topic command shows. */
  topic?: Topic;
}

const TOPIC_OPTIONS = [...PLATFORM, ...OUTPUT] as const;

/** A topic's command: named by the data, showing the topic. */
export function topicCommand(topic: Topic, name: string, aliases: readonly string[]): CommandSpec {
  return {
    name,
    aliases,
    description: topic.title,
    options: TOPIC_OPTIONS,
    examples: [`${name} --ios`, `${name} --mac --os-version ventura`, `${name} --ipados --json | jq .`, `${name} --plain | grep Settings`],
    topic,
  };
}

/** The commands that are not topics. */
export const FIXED: readonly CommandSpec[] = [
  {
    name: 'topics',
    aliases: ['list'],
    description: 'List every topic, one line each',
    options: [...PLATFORM.slice(0, 7), ...OUTPUT],
    examples: ['topics', 'topics --mac', 'topics --json | jq -r ".topics[].command"'],
    notes: () => ['With a platform, only the topics that cover it.'],
  },
  {
    name: 'show',
    aliases: [],
    description: 'Show any topic by id, command or alias, including ones added with --data',
    operand: { name: 'topic', description: 'topic id, command or alias', required: true, variadic: false, completes: 'topic' },
    options: TOPIC_OPTIONS,
    examples: ['show where --ios', 'show recover --markdown'],
  },
  {
    name: 'search',
    aliases: [],
    description: 'Search all guide text; each match comes with the command that shows it',
    operand: { name: 'words', description: 'what to look for', required: true, variadic: true },
    options: [...TOPIC_OPTIONS, 'limit'],
    examples: ['search recently deleted', 'search screenshot --mac', 'search --json smart album | jq .'],
  },
  {
    name: 'troubleshoot',
    aliases: [],
    description: 'An interactive checklist: pick what is wrong, then try one step at a time',
    options: [...TOPIC_OPTIONS, 'symptom', 'report', 'force'],
    examples: [
      'troubleshoot',
      'troubleshoot --symptom no-shutter --ios',
      'troubleshoot --symptom deleted --report ticket.md',
      'troubleshoot --no-input > checklist.txt',
      'troubleshoot --symptom deleted --mac --json | jq .',
    ],
    notes: (guide) => [
      'Without a terminal, with --no-input or with an output format, it prints the checklist instead of asking.',
      `Symptoms: ${guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST)?.symptoms.map((s) => s.id).join(', ') ?? 'none'}.`,
    ],
  },
  {
    name: 'validate',
    aliases: [],
    description: 'Check guide data directories (the built-in data when none is given)',
    operand: { name: 'dir', description: 'data directories, each with topics/ and checklists/', required: false, variadic: true, completes: 'directory' },
    options: OUTPUT,
    examples: ['validate', 'validate ./my-guide', 'validate ./my-guide --json | jq ".directories[].problems[]"'],
  },
  {
    name: 'completion',
    aliases: [],
    description: 'Print a shell completion script for bash, zsh or fish',
    operand: { name: 'shell', description: 'bash, zsh or fish', required: true, variadic: false, completes: 'shell' },
    options: ['data', 'help', 'version'],
    examples: ['completion bash > ~/.local/share/bash-completion/completions/facetime-help', 'completion zsh > "${fpath[1]}/_facetime-help"', 'completion fish > ~/.config/fish/completions/facetime-help.fish'],
    notes: () => ['With --data (or FACETIME_HELP_DATA), the custom topics are completed too.'],
  },
  {
    name: 'help',
    aliases: [],
    description: 'Show help for a command',
    operand: { name: 'command', description: 'the command to explain', required: false, variadic: false, completes: 'command' },
    options: ['help', 'version', 'data'],
    examples: ['help', 'help troubleshoot'],
  },
];

/** Names a topic command may not take. */
export const FIXED_NAMES: readonly string[] = FIXED.flatMap((c) => [c.name, ...c.aliases]);

/** Every command for a guide: its topics first (in data order), then the fixed ones. */
export function commandSpecs(guide: Pick<Guide, 'topics'>): CommandSpec[] {
  return [...topicCommands(guide.topics, FIXED_NAMES).map((c) => topicCommand(c.topic, c.name, c.aliases)), ...FIXED];
}

/** The command a word names, by name or alias. */
export function findCommand<T extends CommandSpec>(table: readonly T[], word: string): T | undefined {
  return table.find((c) => c.name === word || c.aliases.includes(word));
}

/** The command the first word names, or a usage error with a suggestion. */
export function commandOf<T extends CommandSpec>(table: readonly T[], word: string): T {
  const command = findCommand(table, word);
  if (command) return command;
  const names = table.flatMap((c) => [c.name, ...c.aliases]);
  throw new UsageError(`unknown command '${stripControl(word)}'`, didYouMean(word, names) ?? "See 'facetime-help --help'.");
}

/** Options a command lists in help and completes: the ones it takes that are not hidden. */
export function visibleOptions(names: readonly OptionName[]): OptionSpec[] {
  return names.map((n) => OPTIONS[n]).filter((o) => !o.hidden);
}
