/**
 * Completion scripts, run by the real shells: bash through its completion function,
 * fish through `complete -C`, zsh typed into a terminal in tmux.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, spawnCli } from '../helpers.js';
import { TmuxSession } from '../tmux.js';

const has = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

function script(shell: string, ...args: string[]): string {
  const r = spawnCli(['completion', shell, ...args]);
  expect(r.status).toBe(0);
  const file = join(mkdtempSync(join(tmpdir(), 'fth-completion-')), `facetime-help.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash offers for a command line, split into words as bash splits them ("=" breaks words). */
function bashComplete(file: string, words: string[], cwd?: string): { replies: string[]; filenames: boolean } {
  const program = [
    `source ${file}`,
    // compopt works only inside a completion bash itself runs; here it notes what was asked
    'compopt() { [[ "$*" == *"-o filenames"* ]] && FILENAMES=1; }',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`,
    '_facetime_help',
    'printf "%s\\n" "${COMPREPLY[@]}"',
    'if [[ -n $FILENAMES ]]; then echo "<filenames>"; fi',
  ].join('\n');
  const out = execFileSync('bash', ['--norc', '-c', program], { encoding: 'utf8', cwd }).split('\n').filter(Boolean);
  return { replies: out.filter((l) => l !== '<filenames>'), filenames: out.includes('<filenames>') };
}
const bash = (file: string, line: string): string[] => bashComplete(file, line.split(' ')).replies.sort();

describe('bash', () => {
  const file = script('bash');
  it('registers the function for facetime-help, and shellcheck finds nothing wrong', () => {
    expect(execFileSync('bash', ['--norc', '-c', `source ${file}; complete -p facetime-help`], { encoding: 'utf8' })).toBe('complete -F _facetime_help facetime-help\n');
  });
  it.runIf(has('shellcheck'))('passes shellcheck', () => {
    const r = spawnSync('shellcheck', ['--shell=bash', '--severity=warning', file], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
  it.each([
    ['facetime-help wh', ['where']],
    ['facetime-help tro', ['troubleshoot']],
    ['facetime-help undel', ['undelete']],
    ['facetime-help where --i', ['--ios', '--ipados']],
    ['facetime-help where --os-version ven', ['ventura']],
    ['facetime-help where --os-version gold', ['golden-gate']],
    ['facetime-help enable -p ip', ['ipados']],
    ['facetime-help troubleshoot --symptom no-', ['no-shutter']],
    ['facetime-help completion f', ['fish']],
    ['facetime-help show smart', ['smart-album']],
    ['facetime-help --data /tmp where --pl', ['--plain', '--platform']],
    ['facetime-help --ios wh', ['where']],
    ['facetime-help -p ios where --os', ['--os-version']],
  ])('%s -> %j', (line, expected) => {
    expect(bash(file, line)).toEqual(expected);
  });
  it('completes after --option= as bash splits it (--os-version = ven) and as one word', () => {
    expect(bashComplete(file, ['facetime-help', 'where', '--os-version', '=', 'ven']).replies).toEqual(['ventura']);
    expect(bashComplete(file, ['facetime-help', 'where', '--os-version', '=']).replies).toContain('sonoma');
    expect(bashComplete(file, ['facetime-help', 'where', '--os-version=ven']).replies).toEqual(['--os-version=ventura']);
  });
  it('completes directories after --data: names with spaces whole, as file names (so a slash follows)', () => {
    const base = mkdtempSync(join(tmpdir(), 'fth-dirs-'));
    mkdirSync(join(base, 'dir with space'));
    mkdirSync(join(base, 'dir2'));
    writeFileSync(join(base, 'dirfile'), '');
    const r = bashComplete(file, ['facetime-help', 'where', '--data', 'dir'], base);
    expect(r.replies.sort()).toEqual(['dir with space', 'dir2']);
    expect(r.filenames).toBe(true);
    expect(bashComplete(file, ['facetime-help', 'where', '--data', `${FIXTURES}/cus`]).replies).toEqual([`${FIXTURES}/custom`]);
  });
  it('includes custom topics from --data', () => {
    const custom = script('bash', '--data', `${FIXTURES}/custom`);
    expect(bash(custom, 'facetime-help helpd')).toEqual(['helpdesk']);
    expect(bash(file, 'facetime-help helpd')).toEqual([]);
  });
});

describe.runIf(has('fish'))('fish', () => {
  const file = script('fish');
  const complete = (line: string): string[] =>
    execFileSync('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]!);
  it.each([
    ['facetime-help wh', ['where']],
    ['facetime-help where --os-version son', ['sonoma']],
    ['facetime-help where --os-version=son', ['--os-version=sonoma']],
    ['facetime-help troubleshoot --symptom not', ['not-saved']],
    ['facetime-help show rec', ['recover']],
  ])('%s -> %j', (line, expected) => {
    expect(complete(line)).toEqual(expected);
  });
});

describe.runIf(has('zsh') && has('tmux'))('zsh', () => {
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());
  it('completes commands, flags and values when Tab is pressed', async () => {
    const file = script('zsh');
    session = new TmuxSession([], { shell: `env -i HOME=${tmpdir()} TERM=xterm PATH=${process.env.PATH} zsh -f`, columns: 120 });
    session.keys(`autoload -U compinit && compinit -u && source ${file} && echo READY`, 'Enter');
    await session.waitFor(/^READY$/m);
    for (const [typed, completed] of [
      ['facetime-help wh', 'facetime-help where '],
      ['facetime-help where --os-version mon', 'facetime-help where --os-version monterey '],
      ['facetime-help where --os-version=mon', 'facetime-help where --os-version=monterey '],
      ['facetime-help troubleshoot --symptom del', 'facetime-help troubleshoot --symptom deleted '],
      ['facetime-help where -p ipa', 'facetime-help where -p ipados '], // a repeatable flag
      ['facetime-help --ios wh', 'facetime-help --ios where '], // an option before the command
    ] as const) {
      session.keys('C-u', typed, 'Tab');
      await session.waitFor(new RegExp(`[%#] ${completed.trimEnd()}$`, 'm')); // tmux drops trailing spaces
    }
  });
});

describe('completion command', () => {
  it('an unknown shell is a usage error naming the shells', () => {
    const r = spawnCli(['completion', 'powershell']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("facetime-help: unknown shell 'powershell'\nShells: bash, zsh, fish.\n");
  });
});
