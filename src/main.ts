/**
 * The entry: run(argv, io) -> exit status. The one place that turns errors into
 * messages and statuses, and (in start) the only code that touches the process.
 */
import { delimiter as pathDelimiter } from 'node:path';
import { CommanderError } from 'commander';
import { buildProgram } from './cli.js';
import { EXIT, isKnownError, DataError, UsageError } from './errors.js';
import { loadGuide } from './guide/load.js';
import type { IO } from './io/io.js';
import { readPrerendered } from './render/prerendered.js';
import { stripControl } from './util/sanitize.js';

export interface RunContext {
  /** Path of the compiled built-in guide. */
  builtInGuide: string;
  /** The built-in data directory it was compiled from (shipped for `validate`). */
  builtInData: string;
  /** Where the build wrote pretty views drawn ahead of time (dist/pretty). */
  prerendered?: string;
  version: string;
}

const PROGRAM = 'facetime-help';
const MAX_PROBLEMS = 50;

/** Custom data directories: FACETIME_HELP_DATA (a path list) first, then each --data in order. */
export function dataDirs(argv: readonly string[], env: IO['env'], delimiter = pathDelimiter): string[] {
  const dirs = (env.FACETIME_HELP_DATA ?? '').split(delimiter).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--data' && i + 1 < argv.length) dirs.push(argv[++i]!);
    else if (arg.startsWith('--data=')) dirs.push(arg.slice('--data='.length));
  }
  return dirs;
}

/** Commander's "error: unknown command 'wher'\n(Did you mean where?)" in our words. */
function fromCommander(error: CommanderError): UsageError {
  const [first = '', ...rest] = error.message.replace(/^error: /, '').split('\n');
  const similar = /^\(Did you mean (.+)\?\)$/.exec(rest.join(' ').trim());
  const hint = similar ? `Did you mean '${similar[1]}'?` : `See '${PROGRAM} --help'.`;
  return new UsageError(first, hint);
}

/** Prints an error the way DESIGN.md says, and returns its exit status. */
export function report(error: unknown, io: IO): number {
  const line = (s: string): void => io.err.write(`${stripControl(s)}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok; // --help, --version
    if (error.code === 'commander.help') return EXIT.usage; // help already printed to stderr
    return report(fromCommander(error), io);
  }
  if (isKnownError(error)) {
    if (error.name === 'CancelError') {
      line(error.message);
      return error.exitCode;
    }
    line(`${PROGRAM}: ${error.message}`);
    if (error instanceof UsageError && error.hint) line(error.hint);
    if (error instanceof DataError) {
      error.problems.slice(0, MAX_PROBLEMS).forEach((p) => line(`  ${p}`));
      if (error.problems.length > MAX_PROBLEMS) line(`  ... and ${error.problems.length - MAX_PROBLEMS} more`);
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  line(`${PROGRAM}: unexpected error: ${message.split('\n')[0]}`);
  if (io.env.DEBUG && error instanceof Error && error.stack) line(error.stack);
  else line('Set DEBUG=1 for details, and please report this.');
  return EXIT.failure;
}

export async function run(argv: readonly string[], io: IO, context: RunContext): Promise<number> {
  try {
    const guide = await loadGuide({ builtIn: context.builtInGuide, dataDirs: dataDirs(argv, io.env) });
    // `facetime-help --` is `facetime-help`: the overview
    if (argv.length === 0 || (argv.length === 1 && argv[0] === '--')) {
      const { runOverview } = await import('./commands/overview.js');
      runOverview(guide, io);
      return EXIT.ok;
    }
    const prerendered = context.prerendered === undefined ? undefined : readPrerendered(context.prerendered);
    await buildProgram(guide, io, { version: context.version, builtInData: context.builtInData, prerendered, only: argv[0] }).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}
