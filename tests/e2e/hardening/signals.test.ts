/**
 * Signals from outside during a prompt end the run with the conventional status
 * (128 + signal) and leave the terminal usable: cursor shown, echo on.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { BIN, cleanEnv, shellQuote, NODE } from '../../helpers.js';
import { TmuxSession } from '../../tmux.js';

const CURSOR_HIDE = '\u001b[?25l';
const CURSOR_SHOW = '\u001b[?25h';

describe('signals during a prompt', () => {
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: status %i, cursor shown again, echo on', async (signal, status) => {
    const log = join(mkdtempSync(join(tmpdir(), 'fth-signal-')), 'terminal.log');
    session = new TmuxSession(['troubleshoot'], { after: `stty -a | grep -q -- ' -echo ' && echo ECHO=off || echo ECHO=on` });
    session.record(log);
    await session.waitFor(/What is wrong\?/);
    process.kill(session.cliPid(), signal);
    expect(await session.exitStatus()).toBe(status);
    expect(await session.waitFor(/ECHO=/)).toMatch(/ECHO=on/);
    // the recording (tmux pipe-pane) may trail the screen: wait until it has the end too
    let raw = readFileSync(log, 'utf8');
    for (let i = 0; i < 50 && !raw.includes('ECHO='); i++) {
      await new Promise((r) => setTimeout(r, 100));
      raw = readFileSync(log, 'utf8');
    }
    expect(raw).toContain(CURSOR_HIDE);
    expect(raw.lastIndexOf(CURSOR_SHOW)).toBeGreaterThan(raw.lastIndexOf(CURSOR_HIDE));
  });
});

describe('signals during output', () => {
  it('SIGTERM while output is blocked on a full pipe: ends at once, by that signal', async () => {
    // A topic of about 200 KiB, more than a pipe holds, printed to a pipe nobody reads:
    // the CLI is stuck writing when the signal comes.
    const dir = mkdtempSync(join(tmpdir(), 'fth-big-'));
    mkdirSync(join(dir, 'topics'));
    const step = `- text: ${'A long line of guide text. '.repeat(70)}`;
    const sections = Array.from({ length: 16 }, (_, i) => `  - id: s${i}\n    title: Part ${i}\n    steps:\n${Array(6).fill(`      ${step}`).join('\n')}`);
    writeFileSync(join(dir, 'topics', 'big.yaml'), `id: big\ntitle: Big\nsummary: Big.\nplatforms: [ios]\nsections:\n${sections.join('\n')}\n`);
    // bash prints the CLI's status once `sleep` (which never reads) is done.
    const pipeline = `${shellQuote([NODE, BIN, 'show', 'big', '--plain', '--data', dir])} | sleep 3; echo "status=\${PIPESTATUS[0]}"`;
    const shell = spawn('bash', ['-c', pipeline], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    shell.stdout.on('data', (d) => (out += d));
    await new Promise((r) => setTimeout(r, 1000));
    // bash's children are the CLI and sleep; found by command line, not by process name
    // (Node 24 and later name their process MainThread)
    const pid = Number(execFileSync('pgrep', ['-P', String(shell.pid), '-f', BIN], { encoding: 'utf8' }).trim());
    process.kill(pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(() => process.kill(pid, 0)).toThrow(); // gone
    await new Promise((r) => shell.on('exit', r));
    expect(out).toBe('status=143\n');
  });
});
