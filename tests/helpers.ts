/** Shared test helpers: run the CLI in-process, or spawn the built one. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryIO, type MemoryIOOptions } from '../src/io/memory-io.js';
import { run, type RunContext } from '../src/main.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILT_GUIDE = `${ROOT}dist/guide.json`;
export const BIN = `${ROOT}bin/facetime-help.cjs`;
export const FIXTURES = `${ROOT}tests/fixtures`;
/**
 * The Node that runs the built CLI: FTH_NODE when the suite runs against another
 * release (see scripts/test-nodes.mjs), else the one running the tests.
 */
export const NODE = process.env.FTH_NODE || process.execPath;
/** Its major release (asked of it only when it is another Node). */
export const NODE_MAJOR = Number((process.env.FTH_NODE ? spawnSync(NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout : process.versions.node).split('.')[0]);
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { description: string; homepage: string; bugs: { url: string } };
/** The program as tests run it in-process: the real package facts, a fixed version. */
export const PROGRAM = { version: '9.9.9-test', description: pkg.description, homepage: pkg.homepage, bugs: pkg.bugs.url };
/** The context tests run the CLI in: the built guide and its products, or (FTH_LIVE, for mutation testing) no products. */
export const CONTEXT: RunContext = { builtInGuide: BUILT_GUIDE, builtInData: `${ROOT}data`, products: process.env.FTH_LIVE ? undefined : `${ROOT}dist`, program: PROGRAM };

/** Any ANSI/VT escape sequence or other C0 control but newline and tab. */
export const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with a MemoryIO. */
export async function cli(args: string[], options: MemoryIOOptions = {}, context: RunContext = CONTEXT): Promise<Result & { io: ReturnType<typeof memoryIO> }> {
  const io = memoryIO(options);
  const code = await run(args, io, context);
  return { code, out: io.out.text, err: io.err.text, io };
}

/** Environment changes for a spawned run; `undefined` unsets a variable. */
export type EnvChanges = Record<string, string | undefined>;

/** A clean environment for spawned runs: no colour forcing from the test runner, and no cache of drawn text unless a test gives one. */
export function cleanEnv(extra: EnvChanges = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color', FACETIME_HELP_CACHE: '', ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/** Spawns the built CLI with stdin closed (not a terminal). */
export function spawnCli(args: string[], env: EnvChanges = {}, input = ''): SpawnSyncReturns<string> {
  return spawnSync(NODE, [BIN, ...args], { encoding: 'utf8', env: cleanEnv(env), input, timeout: 15_000 });
}

/** Quotes words for a POSIX shell. */
export const shellQuote = (words: string[]): string => words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');

/**
 * Runs the built CLI in a pseudo-terminal (util-linux `script`), stdout a TTY, 60 rows.
 * As a user with PAGER=cat, unless `env` says otherwise: the pager has tests of its own.
 */
export function spawnInPty(args: string[], env: EnvChanges = {}, columns = 80): { code: number | null; screen: string } {
  const command = `stty cols ${columns} rows 60 2>/dev/null; ${shellQuote([NODE, BIN, ...args])}`;
  const result = spawnSync('script', ['-qefc', command, '/dev/null'], { encoding: 'utf8', env: cleanEnv({ PAGER: 'cat', ...env }), input: '', timeout: 15_000 });
  return { code: result.status, screen: result.stdout };
}
