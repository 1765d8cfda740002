/** Drives the built CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads. */
import { execFileSync } from 'node:child_process';
import { BIN, shellQuote } from './helpers.js';

let counter = 0;

export class TmuxSession {
  readonly name = `fth-${process.pid}-${++counter}`;

  /**
   * Runs the CLI with `args` (then the shell command `after`, if any), or with `shell`
   * set, that shell command instead.
   */
  constructor(args: string[], options: { columns?: number; env?: Record<string, string>; shell?: string; after?: string } = {}) {
    const env = Object.entries({ NO_COLOR: '', ...options.env }).map(([k, v]) => `${k}=${shellQuote([v])}`).join(' ');
    // The exit status is printed after the CLI ends, so tests can read it off the screen.
    const command = options.shell ?? `env ${env} ${shellQuote([process.execPath, BIN, ...args])}; echo "EXIT=$?"; ${options.after ? `${options.after}; ` : ''}sleep 30`;
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', String(options.columns ?? 100), '-y', '50', command]);
  }

  /** The CLI's process id (a child of the pane's shell). */
  cliPid(): number {
    const pane = execFileSync('tmux', ['list-panes', '-t', this.name, '-F', '#{pane_pid}'], { encoding: 'utf8' }).trim();
    return Number(execFileSync('pgrep', ['-P', pane, 'node'], { encoding: 'utf8' }).trim().split('\n')[0]);
  }

  /** From now on, copies everything the program writes to the terminal into a file. */
  record(file: string): void {
    execFileSync('tmux', ['pipe-pane', '-t', this.name, '-o', `cat >> ${shellQuote([file])}`]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name, '-S', '-200'], { encoding: 'utf8' });
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  /** Waits until the screen matches, or fails with what it shows. */
  async waitFor(pattern: RegExp, timeoutMs = 8000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async exitStatus(): Promise<number> {
    return Number(/EXIT=(\d+)/.exec(await this.waitFor(/EXIT=\d+/))![1]);
  }

  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}
