/**
 * The real IO: this process's streams, environment and host.
 *
 * Start-up time is the product here, so output avoids Node's stream objects when it
 * can: building `process.stdout` loads the stream modules (and `net` for a pipe), which
 * costs more than printing a short answer. When stdout is a file, a pipe or /dev/null,
 * text goes out with blocking `writeSync` calls; a terminal gets the usual stream.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { IO, Output } from './io.js';
import { cacheDir, fileCache } from './drawn-cache.js';
import { pagerCommand } from './pager-command.js';

/** Called with a write error (a closed pipe, a full disk); start.ts decides how to end. */
export type WriteErrorHandler = (error: NodeJS.ErrnoException, name: 'stdout' | 'stderr') => void;

/** macOS product version from sw_vers, only asked for on a Mac and only when needed. */
function macVersion(): string | undefined {
  if (process.platform !== 'darwin') return undefined;
  try {
    const { execFileSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    return execFileSync('sw_vers', ['-productVersion'], { encoding: 'utf8', timeout: 2000 }).trim();
  } catch {
    return undefined;
  }
}

let devNull: number | undefined;

/** True when fd is certainly not a terminal: a file, a pipe, a socket, /dev/null, or closed. */
function certainlyNotTerminal(fd: number): boolean {
  if (process.platform === 'win32') return false;
  let stat;
  try {
    stat = fstatSync(fd);
  } catch {
    return true; // closed
  }
  if (!stat.isCharacterDevice()) return true;
  try {
    devNull ??= statSync('/dev/null').rdev;
  } catch {
    return false;
  }
  return stat.rdev === devNull;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of text to fd, waiting out EAGAIN on a non-blocking descriptor. */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

function fdOutput(fd: 1 | 2, name: 'stdout' | 'stderr', onError: WriteErrorHandler): Output {
  return {
    write: (text) => {
      try {
        writeAllSync(fd, text);
      } catch (error) {
        onError(error as NodeJS.ErrnoException, name);
      }
    },
    isTTY: false,
  };
}

/** `opened` gets the stream once it is made: see ProcessIO.settled. */
function streamOutput(name: 'stdout' | 'stderr', onError: WriteErrorHandler, opened: NodeJS.WriteStream[]): Output {
  let cached: NodeJS.WriteStream | undefined;
  const stream = (): NodeJS.WriteStream => {
    if (!cached) {
      cached = process[name];
      cached.on('error', (error: NodeJS.ErrnoException) => onError(error, name));
      opened.push(cached);
    }
    return cached;
  };
  return {
    write: (text) => void stream().write(text),
    get isTTY() {
      return stream().isTTY === true;
    },
    get columns() {
      return stream().isTTY ? stream().columns : undefined;
    },
    get rows() {
      return stream().isTTY ? stream().rows : undefined;
    },
  };
}

function output(fd: 1 | 2, onError: WriteErrorHandler, opened: NodeJS.WriteStream[]): Output {
  const name = fd === 1 ? 'stdout' : 'stderr';
  return certainlyNotTerminal(fd) ? fdOutput(fd, name, onError) : streamOutput(name, onError, opened);
}

/** An output looked at only when first used: most runs write nothing to stderr. */
function lazyOutput(fd: 1 | 2, onError: WriteErrorHandler, opened: NodeJS.WriteStream[]): Output {
  let real: Output | undefined;
  const get = (): Output => (real ??= output(fd, onError, opened));
  return {
    write: (text) => get().write(text),
    get isTTY() {
      return get().isTTY;
    },
    get columns() {
      return get().columns;
    },
    get rows() {
      return get().rows;
    },
  };
}

/**
 * While a prompt is up the terminal is in raw mode with the cursor hidden. A SIGINT or
 * SIGTERM from outside (`kill`) would end the process there and leave the terminal so
 * (no echo, no cursor); this restores both first, then dies of the same signal, so the
 * shell sees the conventional 130 or 143.
 */
function restoreTerminalOnSignals(): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    try {
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      writeSync(1, '\u001b[?25h\n');
    } catch {
      // the terminal is gone
    }
    process.removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
}

/** The real IO, and whether all it was given to do is done (see `settled`). */
export interface ProcessIO extends IO {
  /**
   * True when nothing is left for Node's event loop to finish for this IO: every stream
   * opened has written all it was given (a terminal on Windows writes asynchronously)
   * without an error (which a stream reports on a later tick: /dev/full), and no prompt
   * or pager was started. The process may then end at once.
   */
  settled(): boolean;
}

/** The real IO; `version` (the program's) keeps cached text from one release apart from another's. */
export function processIO(onWriteError: WriteErrorHandler, version: string): ProcessIO {
  const cache = cacheDir(process.env, process.platform);
  // the streams this IO opened, and whether it started anything else that may still be running (prompts, a pager)
  const opened: NodeJS.WriteStream[] = [];
  let startedMore = false;
  return {
    settled: () => !startedMore && opened.every((stream) => stream.writableLength === 0 && !stream.errored),
    out: output(1, onWriteError, opened),
    err: lazyOutput(2, onWriteError, opened),
    // process.stdin builds a stream (and loads net for a pipe) just to answer this
    get stdinIsTTY() {
      return !certainlyNotTerminal(0) && process.stdin.isTTY === true;
    },
    env: process.env,
    host: { macVersion },
    // 'wx' refuses an existing file in the same call that creates it: no race
    writeFile: (path, text, { overwrite }) => process.getBuiltinModule('node:fs').writeFileSync(path, text, { flag: overwrite ? 'w' : 'wx' }),
    prompter: async (options) => {
      startedMore = true;
      restoreTerminalOnSignals();
      const { inquirerPrompter } = await import('./inquirer-prompter.js');
      return inquirerPrompter(options);
    },
    page: async (text) => {
      // no pager named (an empty PAGER, or cat): nothing to load or start
      if (!pagerCommand(process.env)) return false;
      startedMore = true;
      const { runPager } = await import('./pager.js');
      return runPager(text, process.env);
    },
    drawn: fileCache(cache, version),
    checked: fileCache(cache, version, 'checked'),
  };
}
