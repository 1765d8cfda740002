/**
 * The I/O a command gets: output streams, stdin's nature, the environment, the host,
 * prompts and the pager. Commands never touch `process`; `start.ts` builds the real
 * one and tests build a MemoryIO.
 */
import type { DrawnCache } from './drawn-cache.js';
import type { Prompter } from './prompter.js';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width, when it is a terminal that knows its size. */
  columns?: number;
  /** Terminal height, likewise. */
  rows?: number;
}

export interface Host {
  /** The macOS product version ("14.5") when running on a Mac, else undefined. */
  macVersion(): string | undefined;
}

export interface IO {
  out: Output;
  err: Output;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  host: Host;
  /**
   * Writes a whole file (a --report). Without `overwrite`, an existing file is left
   * alone and the error's code is EEXIST; any other failure throws the system error.
   */
  writeFile(path: string, text: string, options: { overwrite: boolean }): void;
  /** Interactive prompts, plain when `color` is off; loaded lazily because inquirer is heavy. */
  prompter(options: { color: boolean }): Promise<Prompter>;
  /** Shows text through the pager; false when no pager could run (the caller writes it instead). */
  page(text: string): Promise<boolean>;
  /** Pretty text drawn from custom data in earlier runs. */
  drawn: DrawnCache;
  /** Custom data directories checked in earlier runs. */
  checked: DrawnCache;
}
