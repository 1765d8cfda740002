/**
 * The entry: run(argv, io, context) -> exit status. The one place that turns errors
 * into messages and statuses; start.ts is the only code that touches the process.
 */
import { delimiter as pathDelimiter } from 'node:path';
import { dataOptions, operandsFor, optionsFor, readCommandLine } from './argv.js';
import { commandTable } from './cli.js';
import { commandOf, type ProgramInfo } from './spec.js';
import { outputSettings, type CommandContext } from './commands/context.js';
import { helpFor } from './commands/help.js';
import { runOverview } from './commands/overview.js';
import { EXIT, isKnownError, DataError } from './errors.js';
import { loadGuide } from './guide/load.js';
import type { IO } from './io/io.js';
import { productsIn } from './io/products.js';
import { emit, type Reply } from './render/emit.js';
import { reviewView } from './view/platform.js';
import { stripControl } from './util/sanitize.js';

export interface RunContext {
  /** Path of the compiled built-in guide (dist/guide.json). */
  builtInGuide: string;
  /** The built-in data directory it was compiled from (shipped, for `validate`). */
  builtInData: string;
  /** Where the build put what it made for run time (dist/): drawn views, help. */
  products?: string;
  program: ProgramInfo;
}

const PROGRAM = 'facetime-help';
const MAX_PROBLEMS = 50;

/** Custom data directories from FACETIME_HELP_DATA, a path list like PATH. */
export function envDataDirs(env: IO['env'], delimiter = pathDelimiter): string[] {
  return (env.FACETIME_HELP_DATA ?? '').split(delimiter).filter(Boolean);
}

/** Prints an error the way DESIGN.md says, and returns its exit status. */
export function report(error: unknown, io: IO, program?: ProgramInfo): number {
  const line = (s: string): void => io.err.write(`${stripControl(s)}\n`);
  if (isKnownError(error)) {
    if (error.name === 'CancelError') {
      line(error.message);
      return error.exitCode;
    }
    line(`${PROGRAM}: ${error.message}`);
    if ('hint' in error && error.hint) line(error.hint);
    if (error instanceof DataError) {
      error.problems.slice(0, MAX_PROBLEMS).forEach((p) => line(`  ${p}`));
      if (error.problems.length > MAX_PROBLEMS) line(`  ... and ${error.problems.length - MAX_PROBLEMS} more`);
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  line(`${PROGRAM}: unexpected error: ${message.split('\n')[0]}`);
  if (io.env.DEBUG && error instanceof Error && error.stack) line(error.stack);
  else line(`Set DEBUG=1 for details, and please report it${program ? ` at ${program.bugs}` : ''}.`);
  return EXIT.failure;
}

export async function run(argv: readonly string[], io: IO, context: RunContext): Promise<number> {
  try {
    const line = readCommandLine(argv);
    const dirs = [...envDataDirs(io.env), ...dataOptions(line)];
    const guide = await loadGuide({ builtIn: context.builtInGuide, dataDirs: dirs, checked: io.checked });
    const table = commandTable(guide);
    const command = line.words.length ? commandOf(table, line.words[0]!) : undefined;
    const options = optionsFor(line, command);
    const settings = outputSettings(options, io);
    const products = productsIn(context.products);
    const ctx: CommandContext = {
      guide,
      customData: dirs.length > 0,
      io,
      table,
      settings,
      emit: (reply, over) => emit(reply, { ...settings, ...over }, io, products),
      program: context.program,
      builtInData: context.builtInData,
      products,
    };
    let reply: Reply;
    if (options.version) {
      reply = { document: { kind: 'text', text: `${PROGRAM} ${context.program.version}\n${reviewView(guide).text}\n` } };
    } else if (options.help) {
      reply = await helpFor(ctx, command);
    } else if (!command) {
      reply = runOverview(ctx);
    } else {
      reply = await command.run(ctx, operandsFor(command, line.words), options);
    }
    await ctx.emit(reply);
    return reply.error ? report(reply.error, io, context.program) : EXIT.ok;
  } catch (error) {
    return report(error, io, context.program);
  }
}
