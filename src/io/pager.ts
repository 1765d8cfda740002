/**
 * The pager, the way git runs it: FACETIME_HELP_PAGER, else PAGER, else `less`, through
 * the shell (so `PAGER="less -S"` works), with LESS=FRX unless LESS is set (quit at
 * once when the text fits, keep colours, leave the text on the screen). Ctrl-C belongs
 * to the pager while it runs; quitting it early is not an error.
 */
import { spawn } from 'node:child_process';

import { pagerCommand } from './pager-command.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A shell's status for a command it could not find or run. */
const NOT_RUN = new Set([126, 127]);

/** Pages text; resolves false when no pager ran, so that the caller writes the text itself. */
export async function runPager(text: string, env: Env): Promise<boolean> {
  const command = pagerCommand(env);
  if (!command) return false;
  const child = spawn(command, {
    shell: true,
    stdio: ['pipe', 'inherit', 'inherit'],
    env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' },
  });
  const keepRunning = (): void => {};
  process.on('SIGINT', keepRunning);
  child.stdin.on('error', () => {}); // the pager quit before reading it all (EPIPE)
  child.stdin.end(text);
  const status = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code));
  });
  process.removeListener('SIGINT', keepRunning);
  return !NOT_RUN.has(status ?? 0);
}
