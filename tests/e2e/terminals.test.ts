/**
 * Every command in a pseudo-terminal, under the environment of the terminals users
 * have, with colour on and off: the exit status, and a strict check of the bytes
 * (tests/terminal-bytes.ts). Links are clickable (OSC 8) only where the terminal opens
 * them, and never without colour. The interactive checklist is driven in tmux the same way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, NODE, cleanEnv, shellQuote, type EnvChanges } from '../helpers.js';
import { readTerminal } from '../terminal-bytes.js';
import { TmuxSession } from '../tmux.js';

/** The environment each terminal sets, and whether it opens OSC 8 links. */
const TERMINALS: [string, EnvChanges, boolean][] = [
  ['GNOME Terminal (VTE)', { TERM: 'xterm-256color', VTE_VERSION: '7600', COLORTERM: 'truecolor' }, true],
  ['iTerm2', { TERM: 'xterm-256color', TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.5.4' }, true],
  ['VS Code', { TERM: 'xterm-256color', TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.95.3' }, true],
  ['WezTerm', { TERM: 'xterm-256color', TERM_PROGRAM: 'WezTerm', TERM_PROGRAM_VERSION: '20240203-110809-5046fc22' }, true],
  ['ghostty', { TERM: 'xterm-ghostty', TERM_PROGRAM: 'ghostty' }, true],
  ['Windows Terminal', { TERM: 'xterm-256color', WT_SESSION: '0b6c1a80-1f0c-4f0e-9d54-2f3c4e5f6a7b' }, true],
  ['xterm over SSH', { TERM: 'xterm-256color', SSH_CONNECTION: '192.0.2.1 50000 192.0.2.2 22' }, false],
  ['a dumb terminal', { TERM: 'dumb' }, false],
];

const COMMANDS: string[][] = [
  [],
  ['--help'],
  ['where', '--help'],
  ['topics'],
  ['where'],
  ['capture'],
  ['screenshot'],
  ['enable'],
  ['smart-album'],
  ['recover'],
  ['where', '--ios', '--os-version', '17.5'],
  ['enable', '--mac', '--os-version', 'high-sierra'],
  ['helpdesk', '--data', `${FIXTURES}/custom`],
  ['search', 'recently', 'deleted'],
  ['troubleshoot', '--no-input', '--symptom', 'no-shutter'],
  ['validate'],
  ['completion', 'bash'],
];

/** Runs the CLI in a pseudo-terminal of the given width and resolves what it wrote. */
function inPty(args: string[], env: EnvChanges, columns: number): Promise<{ code: number | null; raw: string }> {
  const command = `stty cols ${columns} rows 50 2>/dev/null; ${shellQuote([NODE, BIN, ...args])}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qefc', command, '/dev/null'], { env: cleanEnv({ PAGER: 'cat', ...env }), stdio: ['ignore', 'pipe', 'ignore'] });
    let raw = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (raw += d));
    child.on('close', (code) => resolve({ code, raw }));
  });
}

/** Runs `jobs` a few at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], size = 4): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += size) results.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
  return results;
}

describe.each(TERMINALS)('%s', (_, env, opensLinks) => {
  it.each([
    ['colour', {}],
    ['NO_COLOR', { NO_COLOR: '1' }],
  ] as const)('every command, %s: status 0, whole escape sequences, closed links, nothing too wide or doubled', async (mode, colourEnv) => {
    const columns = 72;
    const runs = await pool(COMMANDS.map((args) => async () => ({ args, ...(await inPty(args, { ...env, ...colourEnv }, columns)) })));
    for (const { args, code, raw } of runs) {
      const where = `${args.join(' ') || '(no command)'}`;
      expect(code, where).toBe(0);
      // a completion script is code to save, not text to read: it is never wrapped
      const reading = readTerminal(raw, args[0] === 'completion' ? Infinity : columns);
      expect(reading.problems, where).toEqual([]);
      expect(reading.lines.join('').trim().length, where).toBeGreaterThan(20);
    }
    const where = readTerminal(runs.find((r) => r.args[0] === 'where' && r.args.length === 1)!.raw, columns);
    const coloured = mode === 'colour' && env.TERM !== 'dumb';
    expect(where.colour).toBe(coloured);
    expect(where.links > 0).toBe(coloured && opensLinks);
    // a live view (another version) and custom data draw their links the same way
    const live = readTerminal(runs.find((r) => r.args.includes('17.5'))!.raw, columns);
    expect(live.links > 0).toBe(coloured && opensLinks);
  }, 60_000);
});

describe('the interactive checklist in each terminal', () => {
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());
  it.each(TERMINALS.filter(([name]) => ['GNOME Terminal (VTE)', 'Windows Terminal', 'a dumb terminal'].includes(name)))('%s: prompts, a step, the end; the bytes hold up', async (_, env) => {
    const log = join(mkdtempSync(join(tmpdir(), 'fth-term-')), 'terminal.log');
    session = new TmuxSession(['troubleshoot', '--symptom', 'deleted'], { env: { NO_COLOR: '', ...(env as Record<string, string>) }, columns: 80 });
    session.record(log);
    await session.waitFor(/Which device\?/);
    session.keys('Enter'); // iPhone
    await session.waitFor(/Step 1 of 2: did that help\?/);
    session.keys('Enter'); // fixed it
    await session.waitFor(/Print this session/);
    session.keys('Enter'); // no
    expect(await session.exitStatus()).toBe(0);
    const reading = readTerminal(readFileSync(log, 'utf8'), 80);
    // tmux adds cursor moves of its own around the program's output; what must hold is ours
    expect(reading.problems.filter((p) => !p.startsWith('line '))).toEqual([]);
    expect(reading.lines.join('\n')).toContain('Collections > Utilities > Recently Deleted');
  }, 20_000);
});
