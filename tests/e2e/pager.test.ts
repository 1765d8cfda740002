/**
 * The pager, as git and gh run it: long output on a terminal goes to PAGER (or
 * FACETIME_HELP_PAGER, or less -FRX), never when piped, never with --no-pager, never
 * for short output or the interactive checklist; quitting it early is no error.
 */
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers.js';
import { TmuxSession } from '../tmux.js';

/** A pager that writes what it got to a file and says so: proof that it ran. */
function fakePager(): { command: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fth-pager-'));
  const log = join(dir, 'paged.txt');
  const command = join(dir, 'pager.sh');
  writeFileSync(command, `#!/bin/sh\ncat > '${log}'\necho PAGED-BY-FAKE\n`);
  chmodSync(command, 0o755);
  return { command, log };
}

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

describe('the pager', () => {
  it('takes long output on a terminal, from PAGER', async () => {
    const pager = fakePager();
    session = new TmuxSession(['enable'], { env: { PAGER: pager.command }, columns: 80 });
    expect(await session.exitStatus()).toBe(0);
    expect(session.screen()).toContain('PAGED-BY-FAKE');
    expect(readFileSync(pager.log, 'utf8')).toContain('Turn FaceTime Live Photos on');
  });
  it('an empty PAGER, or cat, means no pager', async () => {
    session = new TmuxSession(['enable'], { env: { PAGER: '' } });
    expect(await session.exitStatus()).toBe(0);
    expect(session.screen()).toContain('Reviewed 2026-11-22');
  });
  it('FACETIME_HELP_PAGER wins over PAGER', async () => {
    const pager = fakePager();
    session = new TmuxSession(['enable'], { env: { PAGER: 'false', FACETIME_HELP_PAGER: pager.command } });
    expect(await session.exitStatus()).toBe(0);
    expect(session.screen()).toContain('PAGED-BY-FAKE');
  });
  it('is less with -FRX when none is named: quitting it early ends the run at once, status 0', async () => {
    session = new TmuxSession(['troubleshoot', '--no-input'], { env: { PAGER: undefined, LESS: undefined } });
    await session.waitFor(/FaceTime Live Photos troubleshooter/); // less shows the first screen and waits
    expect(session.screen()).not.toMatch(/EXIT=/);
    session.keys('q');
    expect(await session.exitStatus()).toBe(0);
  });
  it.each([
    ['--no-pager', ['enable', '--no-pager']],
    ['short output', ['where', '--web']],
  ])('%s: printed straight to the terminal', async (_, args) => {
    const pager = fakePager();
    session = new TmuxSession(args, { env: { PAGER: pager.command } });
    expect(await session.exitStatus()).toBe(0);
    expect(session.screen()).not.toContain('PAGED-BY-FAKE');
  });
  it('never when piped', () => {
    const pager = fakePager();
    const r = spawnCli(['enable'], { PAGER: pager.command });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Turn FaceTime Live Photos on');
    expect(r.stdout).not.toContain('PAGED-BY-FAKE');
  });
  it('a pager that cannot be run: the text is printed instead', async () => {
    session = new TmuxSession(['enable'], { env: { PAGER: '/nonexistent/pager' } });
    expect(await session.exitStatus()).toBe(0);
    expect(session.screen()).toContain('Reviewed 2026-11-22');
  });
});
