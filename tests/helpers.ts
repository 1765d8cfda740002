/** Shared test helpers: run the CLI in-process, or spawn the built one. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { memoryIO, type MemoryIOOptions } from '../src/io/memory-io.js';
import { run } from '../src/main.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILT_GUIDE = `${ROOT}dist/guide.json`;
export const BIN = `${ROOT}bin/facetime-help.cjs`;
export const FIXTURES = `${ROOT}tests/fixtures`;
/**
 * The Node that runs the built CLI: FTH_NODE when the suite runs against another
 * release (see scripts/test-nodes.mjs), else the one running the tests.
 */
export const NODE = process.env.FTH_NODE || process.execPath;
export const CONTEXT = { builtInGuide: BUILT_GUIDE, builtInData: `${ROOT}data`, prerendered: `${ROOT}dist/pretty`, version: '9.9.9-test' };

/** Any ANSI/VT escape sequence or other C0 control but newline and tab. */
export const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with a MemoryIO. */
export async function cli(args: string[], options: MemoryIOOptions = {}): Promise<Result & { io: ReturnType<typeof memoryIO> }> {
  const io = memoryIO(options);
  const code = await run(args, io, CONTEXT);
  return { code, out: io.out.text, err: io.err.text, io };
}

/** Environment changes for a spawned run; `undefined` unsets a variable. */
export type EnvChanges = Record<string, string | undefined>;

/** A clean environment for spawned runs: no colour forcing from the test runner. */
export function cleanEnv(extra: EnvChanges = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/** Spawns the built CLI with stdin closed (not a terminal). */
export function spawnCli(args: string[], env: EnvChanges = {}, input = ''): SpawnSyncReturns<string> {
  return spawnSync(NODE, [BIN, ...args], { encoding: 'utf8', env: cleanEnv(env), input, timeout: 15_000 });
}

/** Quotes words for a POSIX shell. */
export const shellQuote = (words: string[]): string => words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');

/** Runs the built CLI in a pseudo-terminal (util-linux `script`), stdout a TTY. */
export function spawnInPty(args: string[], env: EnvChanges = {}, columns = 80): { code: number | null; screen: string } {
  const command = `stty cols ${columns} rows 60 2>/dev/null; ${shellQuote([NODE, BIN, ...args])}`;
  const result = spawnSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', env: cleanEnv(env), input: '', timeout: 15_000 });
  return { code: result.status, screen: result.stdout };
}
