/** The man page the build writes: lint-clean for real man tools, and complete. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandSpecs as commandTable, PROGRAM_OPTIONS, visibleOptions } from '../../src/spec.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { ENVIRONMENT } from '../../src/help/format.js';
import { BUILT_GUIDE, ROOT } from '../helpers.js';

const PAGE = `${ROOT}dist/facetime-help.1`;
const has = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
/** The page as man shows it, 80 columns wide. */
const shown = (): string => spawnSync('man', ['-P', 'cat', PAGE], { env: { ...process.env, MANWIDTH: '80' }, encoding: 'utf8' }).stdout;

describe('the man page', () => {
  it.runIf(has('mandoc'))('lints clean with mandoc', () => {
    const r = spawnSync('mandoc', ['-T', 'lint', '-W', 'style', PAGE], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('lints clean with groff -ww', () => {
    const r = spawnSync('groff', ['-ww', '-z', '-man', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('names every command with its aliases, every option, environment variable and exit status', () => {
    const text = shown();
    for (const c of commandTable(readCompiledGuide(BUILT_GUIDE))) expect(text).toContain([c.name, ...c.aliases].join(', '));
    for (const o of visibleOptions([...PROGRAM_OPTIONS, 'ios', 'os-version', 'format'])) expect(text).toContain(`--${o.name}`);
    for (const [name] of ENVIRONMENT) expect(text).toContain(name);
    for (const status of ['0', '1', '2', '130']) expect(text).toMatch(new RegExp(`^ {7}${status} `, 'm'));
    expect(text).toContain('Report bugs at https://');
  });
  it('is dated by the guide review, not the build, so builds repeat', () => {
    expect(readFileSync(PAGE, 'utf8')).toMatch(/^\.TH FACETIME\\-HELP 1 "2026-11-22" "facetime-help \d+\.\d+\.\d+"/);
  });
});
