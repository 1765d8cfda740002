/**
 * Keeps heavy modules off the start-up path, checked by what the process loads (not by
 * timing, which is flaky on shared machines).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cleanEnv, NODE } from '../helpers.js';

interface Probe {
  modules: string[];
  builtins: string[];
}

function probe(args: string[], env: Record<string, string> = {}): Probe {
  const out = join(mkdtempSync(join(tmpdir(), 'fth-guard-')), 'probe.json');
  const r = spawnSync(NODE, ['-r', `${ROOT}tests/bench/probe.cjs`, BIN, ...args], { env: cleanEnv({ ...env, FTH_PROBE_OUT: out }), encoding: 'utf8' });
  expect(r.status).toBe(0);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Probe;
  const modules = result.modules.map((m) => relative(ROOT, m)).filter((m) => !m.startsWith('tests/bench/'));
  return { modules, builtins: result.builtins };
}

/** Node modules that cost start-up time and a short answer never needs. */
const HEAVY_BUILTINS = ['child_process', 'net', 'stream', 'readline', 'internal/fs/promises'];

describe('start-up path', () => {
  it.each([['where', '--ios', '--plain'], ['where', '--ios', '--json'], ['topics']])('%s %s %s loads only the CLI bundle, and none of Node\'s heavier modules', (...args) => {
    const { modules, builtins } = probe(args);
    expect(modules.sort()).toEqual(['bin/facetime-help.cjs', 'dist/cli.cjs']);
    expect(builtins.filter((b) => HEAVY_BUILTINS.includes(b))).toEqual([]);
  });
  it.each([['80'], ['100'], ['300']])('pretty output of a view the build drew, %s columns, loads no markdown code', (columns) => {
    const { modules } = probe(['where', '--ios', '--format', 'pretty'], { COLUMNS: columns });
    expect(modules.filter((m) => m.startsWith('dist/vendor/'))).toEqual([]);
  });
  it('pretty output at another width loads only the wrapping code', () => {
    const { modules } = probe(['where', '--ios', '--format', 'pretty'], { COLUMNS: '60' });
    expect(modules.filter((m) => m.startsWith('dist/vendor/'))).toEqual(['dist/vendor/fast-wrap-ansi.cjs']);
  });
  it('pretty output of any other view loads marked-terminal, but not highlight.js, the emoji table or inquirer', () => {
    const { modules } = probe(['where', '--ios', '--os-version', '17', '--format', 'pretty']);
    expect(modules).toContain('dist/vendor/marked-terminal.cjs');
    expect(modules.some((m) => /highlight|emoji|inquirer|zod|yaml/.test(m))).toBe(false);
  });
  it('search loads the search library, not the markdown, YAML or prompt code', () => {
    const { modules } = probe(['search', 'recently', 'deleted']);
    expect(modules).toEqual(expect.arrayContaining(['dist/vendor/minisearch.cjs', 'dist/vendor/stemmer.cjs']));
    expect(modules.some((m) => /marked|inquirer|zod|yaml/.test(m))).toBe(false);
  });
  it('custom data loads the YAML and schema code only then', () => {
    const { modules } = probe(['where', '--ios', '--plain', '--data', `${ROOT}tests/fixtures/custom`]);
    expect(modules).toEqual(expect.arrayContaining(['dist/vendor/yaml.cjs', 'dist/vendor/zod.cjs']));
  });
  it('Node 22 and later keep the compiled CLI in their compile cache; Node 20 runs it without one', () => {
    // enableCompileCache() with no directory caches under the temporary directory.
    // NODE_COMPILE_CACHE is left unset: it would turn the cache on whatever the bin does.
    const tmp = mkdtempSync(join(tmpdir(), 'fth-cache-'));
    const r = spawnSync(NODE, [BIN, 'where', '--ios', '--json'], { env: cleanEnv({ TMPDIR: tmp }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const cached = readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('/') && f.startsWith('node-compile-cache/'));
    const major = Number(/^v(\d+)/.exec(spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout)![1]);
    if (major >= 22) expect(cached.length).toBeGreaterThan(0);
    else expect(cached).toEqual([]);
  });
  it('ships no code caches and compiles nothing itself', () => {
    expect(readdirSync(`${ROOT}dist`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cache'))).toEqual([]);
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/node:vm|cachedData|Script/);
  });
  it('the data files read on every run are all ASCII, so they load as one-byte strings', () => {
    const files = ['guide.json', ...readdirSync(`${ROOT}dist/pretty`).map((f) => `pretty/${f}`)];
    const nonAscii = files.filter((f) => /[^\u0000-\u007f]/.test(readFileSync(`${ROOT}dist/${f}`, 'latin1')));
    expect(files.length).toBeGreaterThan(1);
    expect(nonAscii).toEqual([]);
  });
});
