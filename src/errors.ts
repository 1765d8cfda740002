import { plural } from './util/plural.js';

/**
 * Typed errors. Commands throw these; `main.ts` is the one place that turns them
 * into a message on stderr and an exit status.
 *
 * The CLI's code is split into bundles loaded on the paths that need them, and each
 * holds its own copy of these classes; `instanceof` goes by a mark each error carries,
 * so that an error made by any copy is an instance of every copy's class.
 */

/** Exit statuses from DESIGN.md. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

const KIND = Symbol.for('facetime-help.error-kind');

type Kind = 'UsageError' | 'DataError' | 'IoError' | 'CancelError';

/** Makes `instanceof` of an error class true for an error of that kind from any copy of this module. */
function kindOf(kind: Kind): (value: unknown) => boolean {
  return (value) => typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[KIND] === kind;
}

/** The user asked for something that does not exist or does not fit (exit 2). */
export class UsageError extends Error {
  static override [Symbol.hasInstance] = kindOf('UsageError');
  readonly [KIND] = 'UsageError';
  readonly exitCode = EXIT.usage;
  constructor(
    message: string,
    /** A second line: a suggestion or what to try instead. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Guide data could not be read or is invalid (exit 1). `problems` holds one line per fault. */
export class DataError extends Error {
  static override [Symbol.hasInstance] = kindOf('DataError');
  readonly [KIND] = 'DataError';
  readonly exitCode = EXIT.failure;
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/** Invalid guide data in a directory, with one line per problem. */
export function invalidData(dir: string, problems: readonly string[]): DataError {
  return new DataError(`invalid guide data in ${dir} (${plural(problems.length, 'problem')})`, problems);
}

/** The one-line summary after a list of problems (the problems themselves are the answer). */
export function problemCount(count: number): DataError {
  return new DataError(`${plural(count, 'problem')} in guide data`);
}

/** Reading or writing a file or stream failed or was refused (exit 1). */
export class IoError extends Error {
  static override [Symbol.hasInstance] = kindOf('IoError');
  readonly [KIND] = 'IoError';
  readonly exitCode = EXIT.failure;
  constructor(
    message: string,
    /** A second line: what to do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'IoError';
  }
}

/** The user interrupted (Ctrl-C, closed stdin at a prompt): exit 130. */
export class CancelError extends Error {
  static override [Symbol.hasInstance] = kindOf('CancelError');
  readonly [KIND] = 'CancelError';
  readonly exitCode = EXIT.interrupted;
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelError';
  }
}

export type KnownError = UsageError | DataError | IoError | CancelError;

/** True for the errors whose message is meant for the user. */
export function isKnownError(error: unknown): error is KnownError {
  return error instanceof UsageError || error instanceof DataError || error instanceof IoError || error instanceof CancelError;
}
