/**
 * The command line, read with Node's own util.parseArgs against the command table.
 * Options may stand before or after the command (`facetime-help --ios where`); each
 * must be one the command takes. Reading happens in two steps because topic commands
 * come from the data, and `--data` says which data: first the words and options, then,
 * with the guide loaded, the command they name.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { OPTIONS, PROGRAM_OPTIONS, findCommand, type CommandSpec, type OptionName, type OptionSpec } from './cli.js';
import { UsageError } from './errors.js';
import { PLATFORMS, parsePlatform, type Platform } from './guide/platforms.js';
import type { Format } from './render/emit.js';
import { stripControl } from './util/sanitize.js';
import { didYouMean } from './util/suggest.js';

/** One option as given: which, its value, and how it was typed ("-p", "--os-version"). */
interface Given {
  name: OptionName;
  value?: string;
  typed: string;
}

/** The first reading: words and options, before the command is known. */
export interface CommandLine {
  words: string[];
  given: Given[];
}

/** Options as commands use them. */
export interface Options {
  platforms: Platform[];
  osVersion?: string;
  format?: Format;
  color?: boolean;
  pager: boolean;
  input: boolean;
  data: string[];
  limit?: string;
  symptom?: string;
  report?: string;
  force: boolean;
  help: boolean;
  version: boolean;
}

const BY_SHORT = new Map(Object.values(OPTIONS as Record<string, OptionSpec>).filter((o) => o.short).map((o) => [o.short!, o.name]));
const PARSE_OPTIONS = Object.fromEntries(
  Object.values(OPTIONS as Record<string, OptionSpec>).map((o) => [o.name, { type: o.value ? 'string' : 'boolean', ...(o.short && { short: o.short }) }]),
) as NonNullable<ParseArgsConfig['options']>;

const flagName = (o: OptionSpec): string => `--${o.name}`;
const shown = (typed: string): string => `'${stripControl(typed)}'`;

/** Reads words and options; an unknown option or a missing or surplus value is a usage error. */
export function readCommandLine(argv: readonly string[]): CommandLine {
  const { tokens } = parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const words: string[] = [];
  const given: Given[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;
    const name = (token.name.length === 1 ? BY_SHORT.get(token.name) : token.name) as OptionName | undefined;
    const spec = name && Object.hasOwn(OPTIONS, name) ? (OPTIONS as Record<string, OptionSpec>)[name] : undefined;
    if (!spec) {
      const all = Object.values(OPTIONS as Record<string, OptionSpec>).filter((o) => !o.hidden).map(flagName);
      throw new UsageError(`unknown option ${shown(token.rawName)}`, didYouMean(token.rawName, all) ?? "See 'facetime-help --help'.");
    }
    if (spec.value && token.value === undefined) throw new UsageError(`option ${flagName(spec)} needs a value: ${flagName(spec)} ${spec.value}`);
    if (!spec.value && token.value !== undefined) throw new UsageError(`option ${flagName(spec)} takes no value`);
    if (spec.choices && !spec.choices.includes(token.value!)) {
      throw new UsageError(`${flagName(spec)} ${shown(token.value!)} is not one of: ${spec.choices.join(', ')}`, didYouMean(token.value!, spec.choices) ?? undefined);
    }
    given.push({ name: spec.name as OptionName, typed: token.rawName, ...(token.value !== undefined && { value: token.value }) });
  }
  return { words, given };
}

/** The custom data directories named on the command line, in order. */
export const dataOptions = (line: CommandLine): string[] => line.given.filter((g) => g.name === 'data').map((g) => g.value!);

/** The platforms the flags name, in a fixed order, without repeats. */
function platformsOf(given: readonly Given[]): Platform[] {
  const wanted = new Set<Platform>();
  for (const g of given) {
    if (g.name === 'platform') {
      const p = parsePlatform(g.value!);
      if (!p) throw new UsageError(`unknown platform ${shown(g.value!)}`, `Valid platforms: ${PLATFORMS.join(', ')}.`);
      wanted.add(p);
    } else if (g.name === 'mac' || g.name === 'macos') wanted.add('macos');
    else if ((PLATFORMS as readonly string[]).includes(g.name)) wanted.add(g.name as Platform);
  }
  return PLATFORMS.filter((p) => wanted.has(p));
}

function formatOf(given: readonly Given[]): Format | undefined {
  const chosen = given.flatMap((g): Format[] => (g.name === 'format' ? [g.value as Format] : g.name === 'json' || g.name === 'plain' || g.name === 'markdown' ? [g.name] : []));
  const distinct = [...new Set(chosen)];
  if (distinct.length > 1) throw new UsageError(`choose one output format, not ${distinct.join(' and ')}`);
  return distinct[0];
}

/** The last of two opposite switches that was given, if either was. */
function lastOf(given: readonly Given[], on: OptionName, off: OptionName): boolean | undefined {
  const last = given.filter((g) => g.name === on || g.name === off).at(-1);
  return last === undefined ? undefined : last.name === on;
}

/** The options of a command line as commands use them; each must be one `command` takes. */
export function optionsFor(line: CommandLine, command: CommandSpec | undefined): Options {
  const allowed: readonly OptionName[] = command?.options ?? PROGRAM_OPTIONS;
  for (const g of line.given) {
    if (allowed.includes(g.name)) continue;
    const where = command ? `'${command.name}'` : 'facetime-help without a command';
    const hint = command ? `See 'facetime-help ${command.name} --help'.` : `Name a command first, as in 'facetime-help where ${stripControl(g.typed)}'.`;
    throw new UsageError(`option ${shown(g.typed)} does not apply to ${where}`, hint);
  }
  const value = (name: OptionName): string | undefined => line.given.filter((g) => g.name === name).at(-1)?.value;
  const has = (name: OptionName): boolean => line.given.some((g) => g.name === name);
  const color = lastOf(line.given, 'color', 'no-color');
  const osVersion = value('os-version');
  const format = formatOf(line.given);
  return {
    platforms: platformsOf(line.given),
    ...(osVersion !== undefined && { osVersion }),
    ...(format && { format }),
    ...(color !== undefined && { color }),
    pager: lastOf(line.given, 'pager', 'no-pager') ?? true,
    input: !has('no-input'),
    data: dataOptions(line),
    ...(has('limit') && { limit: value('limit') }),
    ...(has('symptom') && { symptom: value('symptom') }),
    ...(has('report') && { report: value('report') }),
    force: has('force'),
    help: has('help'),
    version: has('version'),
  };
}

/** The command the first word names, or a usage error with a suggestion. */
export function commandOf(table: readonly CommandSpec[], word: string): CommandSpec {
  const command = findCommand(table, word);
  if (command) return command;
  const names = table.flatMap((c) => [c.name, ...c.aliases]);
  throw new UsageError(`unknown command ${shown(word)}`, didYouMean(word, names) ?? "See 'facetime-help --help'.");
}

/** The operands a command got: too many or too few is a usage error. */
export function operandsFor(command: CommandSpec, words: readonly string[]): string[] {
  const operands = words.slice(1);
  const operand = command.operand;
  if (!operand && operands.length) throw new UsageError(`too many arguments for '${command.name}': ${shown(operands[0]!)}`, `See 'facetime-help ${command.name} --help'.`);
  if (operand?.required && operands.length === 0) throw new UsageError(`'${command.name}' needs ${operand.variadic ? 'one or more' : 'a'} <${operand.name}>`, `For example: facetime-help ${command.examples[0]}`);
  if (operand && !operand.variadic && operands.length > 1) throw new UsageError(`too many arguments for '${command.name}': ${shown(operands[1]!)}`, `See 'facetime-help ${command.name} --help'.`);
  return operands;
}
