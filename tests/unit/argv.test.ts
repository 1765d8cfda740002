import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataOptions, operandsFor, optionsFor, readCommandLine, tokenize } from '../../src/argv.js';
import { commandTable } from '../../src/cli.js';
import { commandOf, findCommand, OPTIONS, type OptionSpec } from '../../src/spec.js';
import { UsageError } from '../../src/errors.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { BUILT_GUIDE } from '../helpers.js';

const table = commandTable(readCompiledGuide(BUILT_GUIDE));
const parse = (argv: string[]) => {
  const line = readCommandLine(argv);
  const command = line.words.length ? commandOf(table, line.words[0]!) : undefined;
  return { command: command?.name, options: optionsFor(line, command), operands: command ? operandsFor(command, line.words) : [] };
};
function usageError(argv: string[]): UsageError {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`${argv.join(' ')} parsed without an error`);
}

describe('splitting words as util.parseArgs does', () => {
  const options = Object.fromEntries(Object.values(OPTIONS as Record<string, OptionSpec>).map((o) => [o.name, { type: o.value ? ('string' as const) : ('boolean' as const), ...(o.short && { short: o.short }) }]));
  /** What parseArgs makes of some words, in tokenize's terms. */
  function byNode(argv: string[]) {
    const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const words = tokens.filter((t) => t.kind === 'positional').map((t) => (t as { value: string }).value);
    const opts = tokens.filter((t) => t.kind === 'option').map((t) => {
      const o = t as { name: string; rawName: string; value?: string };
      // parseArgs names a short option by its long name; tokenize keeps the letter
      const short = o.rawName.length === 2 && o.rawName[0] === '-' && o.rawName[1] !== '-';
      return { name: short ? o.rawName[1]! : o.name, rawName: o.rawName, ...(o.value !== undefined && { value: o.value }) };
    });
    return { words, options: opts };
  }
  const word = fc.oneof(
    fc.constantFrom('where', 'search', '--', '-', '- -', '-v-h', '-v-', '-vp-', '--ios', '--json', '--format', '--format=json', '--data', '--data=', '-p', '-pios', '-hv', '-vp', '-x', '-xyz', '--unknown', '--no-color', '--os-version', 'x=y', '--=', '---', 'ios', '17'),
    fc.string({ maxLength: 6 }),
  );
  it('gives the same words and options for any command line', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        expect(tokenize(argv)).toEqual(byNode(argv));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('options before or after the command', () => {
  it.each([
    [['--ios', 'where'], ['ios']],
    [['-p', 'ios', 'where'], ['ios']],
    [['where', '-p', 'iphone', '--mac'], ['ios', 'macos']],
    [['where', '--platform=ipad'], ['ipados']],
    [['-pios', 'where'], ['ios']],
    [['where', '--macos'], ['macos']],
  ])('%j names platforms %j', (argv, platforms) => {
    const { command, options } = parse(argv);
    expect(command).toBe('where');
    expect(options.platforms).toEqual(platforms);
  });
  it('--data before the command, repeatable, and --data alone for the overview', () => {
    expect(dataOptions(readCommandLine(['--data', 'a', 'where', '--data=b']))).toEqual(['a', 'b']);
    expect(parse(['--data', 'a']).command).toBeUndefined();
  });
  it('the last of --color and --no-color wins, as does --pager and --no-pager', () => {
    expect(parse(['where', '--color', '--no-color']).options.color).toBe(false);
    expect(parse(['--no-color', 'where', '--color']).options.color).toBe(true);
    expect(parse(['where']).options.color).toBeUndefined();
    expect(parse(['where', '--no-pager']).options.pager).toBe(false);
    expect(parse(['where']).options.pager).toBe(true);
  });
  it('format shortcuts, and one format only', () => {
    expect(parse(['where', '--json']).options.format).toBe('json');
    expect(parse(['where', '--format=markdown', '--markdown']).options.format).toBe('markdown');
    expect(usageError(['where', '--json', '--plain']).message).toBe('choose one output format, not json and plain');
  });
  it('-- ends the options: what follows is words', () => {
    expect(parse(['search', '--', '--json']).operands).toEqual(['--json']);
    expect(parse(['search', '--', '--json']).options.format).toBeUndefined();
  });
  it('-h and -v anywhere', () => {
    expect(parse(['where', '-h']).options.help).toBe(true);
    expect(parse(['-v']).options.version).toBe(true);
  });
});

describe('mistakes are usage errors with a hint', () => {
  it.each([
    [['where', '--iso'], "unknown option '--iso'", "Did you mean '--ios'?"],
    [['-x'], "unknown option '-x'", "See 'facetime-help --help'."],
    [['where', '--format'], 'option --format needs a value: --format <format>', undefined],
    [['where', '--json=yes'], 'option --json takes no value', undefined],
    [['where', '--format', 'html'], "--format 'html' is not one of: pretty, plain, markdown, json", undefined],
    [['where', '--format', 'jsno'], "--format 'jsno' is not one of: pretty, plain, markdown, json", "Did you mean 'json'?"],
    [['where', '-p', 'android'], "unknown platform 'android'", 'Valid platforms: ios, ipados, macos, windows, web.'],
    [['where', '-p', 'constructor'], "unknown platform 'constructor'", 'Valid platforms: ios, ipados, macos, windows, web.'],
    [['wher'], "unknown command 'wher'", "Did you mean 'where'?"],
    [['where', 'extra'], "too many arguments for 'where': 'extra'", "See 'facetime-help where --help'."],
    [['show'], "'show' needs a <topic>", 'For example: facetime-help show where --ios'],
    [['search'], "'search' needs one or more <words>", 'For example: facetime-help search recently deleted'],
    [['validate', '--ios'], "option '--ios' does not apply to 'validate'", "See 'facetime-help validate --help'."],
    [['--limit', '3'], "option '--limit' does not apply to facetime-help without a command", "Name a command first, as in 'facetime-help where --limit'."],
    [['where', '--limit', '3'], "option '--limit' does not apply to 'where'", "See 'facetime-help where --help'."],
  ])('%j', (argv, message, hint) => {
    const error = usageError(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toBe(hint);
  });
  it('control characters typed in an option are not echoed', () => {
    expect(usageError(['where', '--\u001b]52;x']).message).not.toMatch(/\u001b/);
  });
});

describe('the command table', () => {
  it('every alias finds its command', () => {
    expect(findCommand(table, 'undelete')?.name).toBe('recover');
    expect(findCommand(table, 'take')?.name).toBe('capture');
    expect(findCommand(table, 'list')?.name).toBe('topics');
  });
  it('descriptions are sentences: a capital first, no full stop at the end', () => {
    for (const c of table) expect(c.description, c.name).toMatch(/^[A-Z][^]*[^.]$/);
  });
});
