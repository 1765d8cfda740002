/**
 * Whether to colour output. A flag wins; then NO_COLOR (non-empty) turns colour off,
 * FORCE_COLOR turns it on ("0" or "false" off), TERM=dumb turns it off; otherwise
 * colour follows whether stdout is a terminal. chalk alone does not honour NO_COLOR.
 */
export function wantsColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * Width to render pretty output at: the terminal's, capped at 100, at least 20. A
 * terminal that reports 0 columns has no size set (a pseudo-terminal nobody sized, as
 * under `script` in CI): its width is unknown, as when not on a terminal, so COLUMNS
 * or 80 is used.
 */
export function renderWidth(columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = columns || (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.min(100, Math.max(20, width));
}

/**
 * chalk, for output that wantsColor() has already approved: chalk's own detection
 * looks only at the process, so it is raised to at least 16 colours here.
 */
export async function loadChalk(): Promise<typeof import('chalk').default> {
  const { default: chalk } = await import('chalk');
  chalk.level = Math.max(chalk.level, 1) as 1 | 2 | 3;
  return chalk;
}
