/**
 * The built CLI in the environments it meets: terminal types and sizes, locales,
 * colour variables with and without a terminal, closed and full streams.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ESCAPES, shellQuote, spawnCli, spawnInPty, type EnvChanges, NODE } from '../../helpers.js';

const SGR = /\u001b\[[0-9;]*m/;
const visible = (s: string): string => s.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').replace(/\r/g, '');
const widest = (s: string): number => Math.max(...visible(s).split('\n').map((l) => [...l].length));

/** Runs a bash command line with the CLI as $FTH. */
function bash(line: string, env: EnvChanges = {}): { status: number | null; stdout: string; stderr: string } {
  const cli = shellQuote([NODE, BIN]);
  return spawnSync('bash', ['-c', line.replaceAll('$FTH', cli)], { env: cleanEnv(env), encoding: 'utf8', timeout: 15_000 });
}

describe('terminal types and sizes', () => {
  it('TERM=dumb: pretty output on a terminal, without colour', () => {
    const r = spawnInPty(['where', '--ios'], { TERM: 'dumb' });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('Find them in Photos');
    expect(SGR.test(r.screen)).toBe(false);
  });
  it('no TERM at all: still answers', () => {
    const r = spawnInPty(['where', '--ios'], { TERM: undefined });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('Find them in Photos');
  });
  it('a terminal 20 columns wide: no line wider than 20', () => {
    const r = spawnInPty(['where', '--ios'], {}, 20);
    expect(r.code).toBe(0);
    expect(widest(r.screen)).toBeLessThanOrEqual(20);
  });
  it.each([
    [{}, 80],
    [{ COLUMNS: '60' }, 60],
  ])('a terminal that reports 0 columns (no size set) has an unknown width: %j gives %i', (env, width) => {
    const r = spawnInPty(['where', '--ios'], env, 0);
    expect(r.code).toBe(0);
    expect(widest(r.screen)).toBeLessThanOrEqual(width);
    expect(widest(r.screen)).toBeGreaterThan(width - 15);
  });
  it('help on a terminal that reports 0 columns is wrapped to 80', () => {
    const help = spawnInPty(['where', '--help'], {}, 0);
    expect(help.screen).toContain('Options:');
    expect(widest(help.screen)).toBeLessThanOrEqual(80);
  });
  it.each([
    ['10', 20],
    ['500', 100],
  ])('COLUMNS=%s when piped: pretty fits %i columns, plain is never wrapped', (columns, width) => {
    const pretty = spawnCli(['where', '--ios', '--format', 'pretty'], { COLUMNS: columns });
    expect(pretty.status).toBe(0);
    expect(widest(pretty.stdout)).toBeLessThanOrEqual(width);
    const plain = spawnCli(['where', '--ios'], { COLUMNS: columns });
    expect(plain.stdout).toBe(spawnCli(['where', '--ios']).stdout);
  });
});

describe('locales', () => {
  it.each(['C', 'C.UTF-8', 'POSIX'])('LANG=%s: the same UTF-8 bytes', (lang) => {
    const r = spawnCli(['where', '--ios'], { LANG: lang, LC_ALL: lang });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(spawnCli(['where', '--ios']).stdout);
  });
});

describe('NO_COLOR and FORCE_COLOR, with and without a terminal', () => {
  const cases: [EnvChanges, boolean][] = [];
  for (const noColor of [undefined, '1']) {
    for (const force of [undefined, '1', '0']) {
      // On a terminal: NO_COLOR wins, then FORCE_COLOR decides, else colour.
      cases.push([{ NO_COLOR: noColor, FORCE_COLOR: force }, !noColor && force !== '0']);
    }
  }
  it.each(cases)('%o on a terminal: colour %s', (env, coloured) => {
    const r = spawnInPty(['where', '--ios'], env);
    expect(r.code).toBe(0);
    expect(SGR.test(r.screen)).toBe(coloured);
  });
  it.each(cases.map(([env]) => [env]))('%o piped: plain, never any escape', (env) => {
    const r = spawnCli(['where', '--ios'], env);
    expect(r.status).toBe(0);
    expect(ESCAPES.test(r.stdout)).toBe(false);
  });
});

describe('closed and failing streams', () => {
  it('stdout closed early (| head -c 10): status 0, nothing on stderr', () => {
    const r = bash('$FTH troubleshoot --no-input | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"');
    expect(r.stdout).toBe('0\n');
    expect(r.stderr).toBe('');
  });
  it('stdin closed: troubleshoot prints the checklist instead of waiting', () => {
    const r = bash('$FTH troubleshoot --symptom deleted <&-');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Recently Deleted');
  });
  it('stdout on a full disk: the write error is reported, status 1', () => {
    const r = bash('$FTH where --ios > /dev/full');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('facetime-help: cannot write to stdout: ENOSPC: no space left on device, write\n');
  });
  it('--report to a path that cannot be written: clear error, status 1, the summary still on stdout', () => {
    const r = spawnCli(['troubleshoot', '--symptom', 'deleted', '--report', '/dev/null/ticket.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Recently Deleted');
    expect(r.stderr).toMatch(/^facetime-help: cannot write the report to \/dev\/null\/ticket\.md: .+\n/);
    expect(r.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });
  it('--report writes the file when it can', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fth-report-')), 'ticket.md');
    const r = spawnCli(['troubleshoot', '--symptom', 'deleted', '--report', file]);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# /);
  });
});
