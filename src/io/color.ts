/**
 * Whether to colour output, how wide to draw it, and whether links may be clickable.
 * A flag wins; then NO_COLOR (non-empty) turns colour off, FORCE_COLOR turns it on
 * ("0" or "false" off), TERM=dumb turns it off; otherwise colour follows whether stdout
 * is a terminal.
 */
type Env = Readonly<Record<string, string | undefined>>;

export function wantsColor(flag: boolean | undefined, env: Env, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * Width to draw at: the terminal's, capped at 100, at least 20. A terminal that reports
 * 0 columns has no size set (a pseudo-terminal nobody sized, as under `script` in CI):
 * its width is unknown, as when not on a terminal, so COLUMNS or 80 is used.
 */
export function renderWidth(columns: number | undefined, env: Env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = columns || (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.min(100, Math.max(20, width));
}

const version = (text = ''): number[] => text.split('.').map((n) => Number.parseInt(n, 10) || 0);

/**
 * Whether the terminal opens OSC 8 links: the rules of the supports-hyperlinks package
 * (FORCE_HYPERLINK, Windows Terminal, iTerm2 3.1+, WezTerm, VS Code 1.72+, ghostty, VTE
 * 0.50.1+, alacritty; never in CI), read from the environment we are given rather than
 * from the process, and only ever with colour on a terminal.
 */
export function wantsHyperlinks(env: Env, color: boolean, isTTY: boolean): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && color;
  if (!color || !isTTY || env.CI || env.TEAMCITY_VERSION || env.TERM === 'dumb') return false;
  if ('WT_SESSION' in env) return true;
  const [major = 0, minor = 0] = version(env.TERM_PROGRAM_VERSION);
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return major > 3 || (major === 3 && minor >= 1);
    case 'WezTerm':
      return major >= 20200620;
    case 'vscode':
      return major > 1 || (major === 1 && minor >= 72);
    case 'ghostty':
      return true;
  }
  if (env.VTE_VERSION) {
    // VTE writes 0.50.1 as "5001"; 0.50.0 crashed on links
    const [a = 0, b = 0, c = 0] = version(env.VTE_VERSION);
    const vte = /^\d{3,4}$/.test(env.VTE_VERSION) ? Number(env.VTE_VERSION) : a * 10000 + b * 100 + c;
    return vte > 5000;
  }
  return env.TERM === 'alacritty';
}
