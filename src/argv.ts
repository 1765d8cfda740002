/**
 * The command line, read against the command table. Options may stand before or after
 * the command (`facetime-help --ios where`); each must be one the command takes.
 * Reading happens in two steps because topic commands come from the data, and `--data`
 * says which data: first the words and options, then, with the guide loaded, the
 * command they name.
 *
 * The words are split the way util.parseArgs splits them (--name=value, -abc, -pvalue,
 * "--" ends options, an option that takes a value takes the next word whatever it is),
 * by a few lines here: loading parseArgs costs more start-up time than printing an answer.
 */
import { OPTIONS, PROGRAM_OPTIONS, type CommandSpec, type OptionName, type OptionSpec } from './spec.js';
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

const SPECS = OPTIONS as Record<string, OptionSpec>;
const BY_SHORT = new Map(Object.values(SPECS).filter((o) => o.short).map((o) => [o.short!, o.name]));

/** One option as written: its name (long, or the short letter), how it was typed, and its value if any. */
interface Token {
  name: string;
  rawName: string;
  value?: string;
}

/**
 * Splits the words into options and the rest, as util.parseArgs (strict off, tokens on)
 * does; tests/unit/argv.test.ts compares the two on random command lines.
 */
export function tokenize(argv: readonly string[]): { words: string[]; options: Token[] } {
  const words: string[] = [];
  const options: Token[] = [];
  const takesValue = (name: string): boolean => Boolean(SPECS[name.length === 1 ? (BY_SHORT.get(name) ?? '') : name]?.value);
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--') {
      words.push(...rest);
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3); // "--=x" is an option named "=x", as parseArgs has it
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const value = eq >= 0 ? arg.slice(eq + 1) : takesValue(name) && rest.length ? rest.shift() : undefined;
      options.push({ name, rawName: `--${name}`, ...(value !== undefined && { value }) });
    } else if (arg.length === 2 && arg[0] === '-') {
      const name = arg[1]!;
      const value = takesValue(name) && rest.length ? rest.shift() : undefined;
      options.push({ name, rawName: arg, ...(value !== undefined && { value }) });
    } else if (arg.length > 2 && arg[0] === '-') {
      if (takesValue(arg[1]!)) {
        options.push({ name: arg[1]!, rawName: arg.slice(0, 2), value: arg.slice(2) }); // -pios
        continue;
      }
      // -hv is -h -v; -vpios is -v -p ios; a '-' inside ("-v-h") ends the options, as "--" does
      const expanded: string[] = [];
      for (let j = 1; j < arg.length; j++) {
        expanded.push(`-${arg[j]}`);
        if (takesValue(arg[j]!) && j < arg.length - 1) {
          expanded.push(arg.slice(j + 1));
          break;
        }
      }
      rest.unshift(...expanded);
    } else words.push(arg);
  }
  return { words, options };
}

const flagName = (o: OptionSpec): string => `--${o.name}`;
const shown = (typed: string): string => `'${stripControl(typed)}'`;

/** Reads words and options; an unknown option or a missing or surplus value is a usage error. */
export function readCommandLine(argv: readonly string[]): CommandLine {
  const { words, options } = tokenize(argv);
  const given: Given[] = [];
  for (const token of options) {
    const name = (token.name.length === 1 ? BY_SHORT.get(token.name) : token.name) as OptionName | undefined;
    const spec = name && Object.hasOwn(SPECS, name) ? SPECS[name] : undefined;
    if (!spec) {
      const all = Object.values(SPECS).filter((o) => !o.hidden).map(flagName);
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

/** The operands a command got: too many or too few is a usage error. */
export function operandsFor(command: CommandSpec, words: readonly string[]): string[] {
  const operands = words.slice(1);
  const operand = command.operand;
  if (!operand && operands.length) throw new UsageError(`too many arguments for '${command.name}': ${shown(operands[0]!)}`, `See 'facetime-help ${command.name} --help'.`);
  if (operand?.required && operands.length === 0) throw new UsageError(`'${command.name}' needs ${operand.variadic ? 'one or more' : 'a'} <${operand.name}>`, `For example: facetime-help ${command.examples[0]}`);
  if (operand && !operand.variadic && operands.length > 1) throw new UsageError(`too many arguments for '${command.name}': ${shown(operands[1]!)}`, `See 'facetime-help ${command.name} --help'.`);
  return operands;
}
