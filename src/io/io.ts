/**
 * The I/O a command gets: output streams, stdin's nature, the environment, the host,
 * and prompts. Commands never touch `process`; `main.ts` builds the real one and
 * tests build a MemoryIO.
 */
import type { Prompter } from './prompter.js';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  /** Terminal width, when it is a terminal. */
  columns?: number;
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
  /** Writes a whole file (a --report); throws the system error on failure. */
  writeFile(path: string, text: string): void;
  /** Interactive prompts; loaded lazily because inquirer is heavy. */
  prompter(): Promise<Prompter>;
}
