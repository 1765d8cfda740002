/**
 * Drives the built CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads.
 *
 * Each session runs on a tmux server of its own (its own socket, no config file). On a
 * shared server, test files running in parallel raced: when one file killed the last
 * session, the server shut down while another file's `new-session` was connecting to it,
 * and that failed with "server exited unexpectedly". tmux can also lose a server while it
 * starts (seen by other projects on CI), so starting is tried up to three times, on that
 * error only.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, shellQuote, NODE } from './helpers.js';

let counter = 0;

export class TmuxSession {
  readonly name = `fth-${process.pid}-${++counter}`;
  private readonly socket = join(tmpdir(), `${this.name}.tmux`);

  /**
   * Runs the CLI with `args` (then the shell command `after`, if any), or with `shell`
   * set, that shell command instead.
   */
  constructor(args: string[], options: { columns?: number; env?: Record<string, string | undefined>; shell?: string; after?: string } = {}) {
    // as a user with PAGER=cat unless the test says otherwise; undefined unsets a variable
    const entries = Object.entries({ NO_COLOR: '', PAGER: 'cat', ...options.env });
    const env = [
      ...entries.filter(([, v]) => v === undefined).map(([k]) => `-u ${k}`), // env takes -u before any assignment
      ...entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${shellQuote([v!])}`),
    ].join(' ');
    // The exit status is printed after the CLI ends, so tests can read it off the screen.
    const command = options.shell ?? `env ${env} ${shellQuote([NODE, BIN, ...args])}; echo "EXIT=$?"; ${options.after ? `${options.after}; ` : ''}sleep 30`;
    const start = ['new-session', '-d', '-s', this.name, '-x', String(options.columns ?? 100), '-y', '50', command];
    for (let attempt = 1; ; attempt++) {
      try {
        this.tmux(start, { stdio: 'pipe' }); // stderr captured, to tell why it failed
        return;
      } catch (error) {
        const stderr = String((error as { stderr?: unknown }).stderr ?? '');
        if (attempt === 3 || !stderr.includes('server exited unexpectedly')) throw error;
        this.kill();
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); // a short pause before trying again
      }
    }
  }

  /**
   * The CLI's process id: the pane's shell runs `env ... node ...`, and env replaces
   * itself with node, so the CLI is the shell's only child. Found by parent, not by
   * name: Node 24 and later name their process MainThread.
   */
  cliPid(): number {
    const pane = this.tmux(['list-panes', '-t', this.name, '-F', '#{pane_pid}']).trim();
    return Number(execFileSync('pgrep', ['-P', pane], { encoding: 'utf8' }).trim().split('\n')[0]);
  }

  /** From now on, copies everything the program writes to the terminal into a file. */
  record(file: string): void {
    this.tmux(['pipe-pane', '-t', this.name, '-o', `cat >> ${shellQuote([file])}`]);
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.name, '-S', '-200']);
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
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
      this.tmux(['kill-server'], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    rmSync(this.socket, { force: true }); // tmux leaves it behind
  }

  private tmux(args: string[], options: ExecFileSyncOptions = {}): string {
    return String(execFileSync('tmux', ['-S', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8', ...options }));
  }
}
