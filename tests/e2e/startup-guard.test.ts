/**
 * Keeps heavy modules off the start-up path, checked by what the process loads (not by
 * timing, which is flaky on shared machines).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cleanEnv } from '../helpers.js';

function loaded(args: string[]): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'fth-guard-')), 'probe.json');
  const r = spawnSync(process.execPath, ['-r', `${ROOT}tests/bench/probe.cjs`, BIN, ...args], { env: cleanEnv({ FTH_PROBE_OUT: out }), encoding: 'utf8' });
  expect(r.status).toBe(0);
  return (JSON.parse(readFileSync(out, 'utf8')).modules as string[]).map((m) => m.replace(ROOT, ''));
}

describe('start-up path', () => {
  it.each([['where', '--ios', '--plain'], ['where', '--ios', '--json'], ['topics']])('%s %s %s loads only the CLI bundle', (...args) => {
    const modules = loaded(args).filter((m) => !m.startsWith('tests/bench/'));
    expect(modules).toEqual(['bin/facetime-help.js', 'dist/cli.cjs']);
  });
  it('pretty output loads marked-terminal, but not highlight.js, the emoji table or inquirer', () => {
    const modules = loaded(['where', '--ios', '--format', 'pretty']);
    expect(modules).toContain('dist/vendor/marked-terminal.cjs');
    expect(modules.some((m) => /highlight|emoji|inquirer|zod|yaml/.test(m))).toBe(false);
  });
  it('custom data loads the YAML and schema code only then', () => {
    const modules = loaded(['where', '--ios', '--plain', '--data', `${ROOT}tests/fixtures/custom`]);
    expect(modules).toEqual(expect.arrayContaining(['dist/vendor/yaml.cjs', 'dist/vendor/zod.cjs']));
  });
});
