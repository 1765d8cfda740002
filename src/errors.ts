import { plural } from './util/plural.js';

/**
 * Typed errors. Commands throw these; `main.ts` is the one place that turns them
 * into a message on stderr and an exit status.
 */

/** Exit statuses from DESIGN.md. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** The user asked for something that does not exist or does not fit (exit 2). */
export class UsageError extends Error {
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
  readonly exitCode = EXIT.interrupted;
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelError';
  }
}

export type KnownError = UsageError | DataError | IoError | CancelError;

/** True for the errors whose message is meant for the user. */
export function isKnownError(error: unknown): error is KnownError {
  return (
    error instanceof UsageError ||
    error instanceof DataError ||
    error instanceof IoError ||
    error instanceof CancelError
  );
}
