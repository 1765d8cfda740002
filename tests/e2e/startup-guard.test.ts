/**
 * Keeps heavy code off each path, checked by what the process loads (not by timing,
 * which is flaky on shared machines): every path over the built-in guide loads the CLI
 * bundle and only the library bundles it must; Node's compile cache is used on 22+, and
 * on Node 20 the bin's loader (dist/code-cache.cjs) keeps one (tests/e2e/code-cache.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, NODE_MAJOR, ROOT, cleanEnv, FIXTURES } from '../helpers.js';

interface Probe {
  modules: string[];
  /** Of the modules, those loaded through require() and its lookups for a file. */
  required: string[];
  builtins: string[];
  /** Whether the process ended after its event loop ran dry, rather than at once. */
  loopRanDry: boolean;
}

/** What a run of the CLI loaded, with the exit status it must end with (and its output, stdout or stderr, not empty). */
function probe(args: string[], env: Record<string, string> = {}, status = 0): Probe {
  const out = join(mkdtempSync(join(tmpdir(), 'fth-guard-')), 'probe.json');
  const r = spawnSync(NODE, ['-r', `${ROOT}tests/bench/probe.cjs`, BIN, ...args], { env: cleanEnv({ ...env, FTH_PROBE_OUT: out }), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(status);
  expect((status === 0 ? r.stdout : r.stderr).length).toBeGreaterThan(0);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Probe;
  const ours = (files: string[]): string[] => files.map((m) => relative(ROOT, m)).filter((m) => !m.startsWith('tests/bench/')).sort();
  return { ...result, modules: ours(result.modules), required: ours(result.required) };
}

/** What every run loads: the bin and the CLI bundle, and on Node 20 the loader that keeps compiled code. */
const CORE = ['bin/facetime-help.cjs', 'dist/cli.cjs', ...(NODE_MAJOR < 22 ? ['dist/code-cache.cjs'] : [])];
/** Node modules that cost start-up time and a short answer never needs. */
const HEAVY_BUILTINS = ['child_process', 'net', 'stream', 'readline', 'tty', 'internal/fs/promises'];

const chunk = (name: string): string => `dist/chunks/${name}.cjs`;
const vendor = (name: string): string => `dist/vendor/${name}.cjs`;

describe('what each path loads', () => {
  it.each([
    [['where', '--ios', '--plain'], []],
    [['where', '--ios', '--json'], []],
    [['enable', '--mac', '--os-version', 'high-sierra', '--plain'], []],
    [['where', '--os-version', '99'], []],
    [['topics'], []],
    [['--help'], []],
    [['where', '--help'], []],
    [['--version'], []],
    [[], []],
    [['troubleshoot', '--no-input'], [chunk('troubleshoot')]],
    [['troubleshoot', '--symptom', 'deleted', '--json'], [chunk('troubleshoot')]],
    [['completion', 'bash'], [chunk('completion')]],
    [['search', 'recently', 'deleted'], [chunk('search')]],
    // a word new to the guide needs the stemmer; several platforms at a version, working out what matches show there
    [['search', 'screnshot', '--mac', '--json'], [chunk('search'), vendor('stemmer')]],
    [['search', 'recently', 'deleted', '--ios', '--os-version', '17'], [chunk('search')]],
    [['search', 'photos', '--ios', '--mac'], [chunk('search')]],
    [['search', 'recently', 'deleted', '--os-version', '17'], [chunk('search')]],
    [['search', 'recently', 'deleted', '--ios', '--mac', '--os-version', '15'], [chunk('search'), chunk('search-live')]],
    [['search', 'screnshot', '--ios', '--web', '--os-version', '14'], [chunk('search'), chunk('search-live'), vendor('stemmer')]],
  ])("%j: the CLI bundle, the command's own code %j, and none of Node's heavier modules", (args, extra) => {
    const { modules, builtins } = probe(args);
    expect(modules).toEqual([...CORE, ...extra].sort());
    expect(builtins.filter((b) => HEAVY_BUILTINS.includes(b))).toEqual([]);
  });
  it.each([['80'], ['100'], ['300'], ['57']])('pretty output of the built-in guide, %s columns, any version: stored answers or units, no markdown code', (columns) => {
    const stored = ['80', '100', '300'].includes(columns); // 300 is capped at 100
    const fitted = stored ? [] : [vendor('fast-wrap-ansi')];
    const drawn = stored ? [] : [chunk('present')];
    for (const [args, extra] of [
      // one platform at a version: the answer stored for its class, or drawn from units at another width
      [['where', '--ios', '--os-version', '18'], drawn],
      [['enable', '--mac', '--os-version', '10.14.3'], drawn],
      [['troubleshoot', '--no-input', '--ios', '--os-version', '12'], [chunk('troubleshoot'), ...drawn]],
      // several platforms at a version: made of the answers stored for each one's class
      [['recover', '--os-version', '17.5'], drawn],
      [['where', '--os-version', '14'], drawn],
      [['troubleshoot', '--no-input', '--os-version', '16'], [chunk('troubleshoot'), ...drawn]],
      [['troubleshoot', '--no-input', '--symptom', 'deleted', '--os-version', '15'], [chunk('troubleshoot'), ...drawn]],
    ]) {
      const { modules } = probe([...args!, '--format', 'pretty', '--color'], { COLUMNS: columns });
      expect(modules, args!.join(' ')).toEqual([...new Set([...CORE, ...extra!, ...(extra!.includes(chunk('present')) ? fitted : [])])].sort());
    }
  });
  it('plain and markdown output at a version are the stored answers: no view or markdown code', () => {
    expect(probe(['where', '--ios', '--os-version', '17', '--plain']).modules).toEqual(CORE);
    expect(probe(['where', '--ios', '--os-version', '17', '--markdown']).modules).toEqual(CORE);
    expect(probe(['troubleshoot', '--no-input', '--mac', '--os-version', 'monterey', '--markdown']).modules).toEqual([...CORE, chunk('troubleshoot')].sort());
    // several platforms at a version: made of the platforms' stored answers
    expect(probe(['recover', '--os-version', '17.5', '--plain']).modules).toEqual(CORE);
    expect(probe(['where', '--os-version', '14', '--markdown']).modules).toEqual(CORE);
    expect(probe(['troubleshoot', '--no-input', '--os-version', '17']).modules).toEqual([...CORE, chunk('troubleshoot')].sort());
  });
  it.each([['80'], ['100'], ['300']])('a topic at the newest versions at %s columns, as the build rendered it: no view or markdown code', (columns) => {
    for (const args of [['where', '--ios'], ['capture'], ['show', 'recover', '--mac']]) {
      expect(probe([...args, '--format', 'pretty', '--color'], { COLUMNS: columns }).modules, args.join(' ')).toEqual(CORE);
    }
    expect(probe(['where', '--ios', '--format', 'pretty', '--color'], { COLUMNS: '57' }).modules).toEqual([...CORE, chunk('present'), vendor('fast-wrap-ansi')].sort());
  });
  it.each([['80'], ['100'], ['300']])('the whole printed checklist at %s columns, as the build rendered it: no view or markdown code', (columns) => {
    expect(probe(['troubleshoot', '--no-input', '--format', 'pretty', '--color'], { COLUMNS: columns }).modules).toEqual([...CORE, chunk('troubleshoot')].sort());
  });
  it('the error for an unknown command loads nothing more', () => {
    expect(probe(['wher'], {}, 2).modules).toEqual(CORE);
  });
  it('help for a narrow terminal is laid out live, by commander', () => {
    expect(probe(['where', '--help'], { COLUMNS: '60' }).modules).toEqual([...CORE, chunk('help'), vendor('commander')].sort());
  });
  it('validate of the unchanged built-in data loads no YAML or checking code', () => {
    expect(probe(['validate']).modules).toEqual([...CORE, chunk('validate')].sort());
  });
  it('custom data loads the YAML and checking code; drawn live, the markdown code, without highlight.js or the emoji table', () => {
    const custom = [...CORE, ...['custom', 'overlay', 'check', 'read-dir'].map(chunk), vendor('js-yaml')];
    expect(probe(['where', '--ios', '--plain', '--data', `${FIXTURES}/custom`]).modules).toEqual(custom.sort());
    expect(probe(['helpdesk', '--mac', '--format', 'pretty', '--data', `${FIXTURES}/custom`]).modules).toEqual([...custom, chunk('present'), chunk('draw'), vendor('fast-wrap-ansi')].sort());
    const draw = readFileSync(`${ROOT}${chunk('draw')}`, 'utf8');
    expect(draw).not.toMatch(/hljs|highlight\.js/);
    expect(draw).not.toMatch(/"grinning"|":smile:"/);
  });
  it('custom data checked and drawn once is taken from the cache after: no YAML, checking, markdown or wrapping code', () => {
    const env = { FACETIME_HELP_CACHE: mkdtempSync(join(tmpdir(), 'fth-guard-cache-')) };
    const args = ['helpdesk', '--mac', '--format', 'pretty', '--data', `${FIXTURES}/custom`];
    expect(probe(args, env).modules).toEqual(expect.arrayContaining([chunk('draw'), chunk('check'), vendor('js-yaml')]));
    expect(probe(args, env).modules).toEqual([...CORE, ...['custom', 'overlay', 'present'].map(chunk)].sort());
    expect(probe(['where', '--ios', '--plain', '--data', `${FIXTURES}/custom`], env).modules).toEqual([...CORE, ...['custom', 'overlay'].map(chunk)].sort());
    // search indexes custom data on each run, every word stemmed
    const search = ['search', 'staff', 'dock', '--data', `${FIXTURES}/custom`];
    expect(probe(search, env).modules).toEqual([...CORE, ...['custom', 'overlay', 'search', 'search-live', 'search-stemmed'].map(chunk), vendor('stemmer')].sort());
  });
});

describe('start-up machinery', () => {
  it("Node 22 and later keep the compiled CLI in their compile cache; Node 20 has none of Node's", () => {
    // enableCompileCache() with no directory caches under the temporary directory.
    // NODE_COMPILE_CACHE is left unset: it would turn the cache on whatever the bin does.
    const tmp = mkdtempSync(join(tmpdir(), 'fth-cache-'));
    const r = spawnSync(NODE, [BIN, 'where', '--ios', '--json'], { env: cleanEnv({ TMPDIR: tmp }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const cached = readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => f.startsWith('node-compile-cache/') && !f.endsWith('/'));
    if (NODE_MAJOR >= 22) expect(cached.length).toBeGreaterThan(0);
    else expect(cached).toEqual([]);
  });
  it("Node 20 runs the loader and our bundles without require()'s lookups for a file, which cost more than the rest of loading one; Node 22 and later require the bundles, for their compile cache", () => {
    const { modules, required } = probe(['troubleshoot', '--no-input', '--json'], { FACETIME_HELP_CACHE: mkdtempSync(join(tmpdir(), 'fth-guard-cache-')) });
    expect(modules).toEqual([...CORE, chunk('troubleshoot')].sort());
    expect(required).toEqual(NODE_MAJOR >= 22 ? ['bin/facetime-help.cjs', 'dist/chunks/troubleshoot.cjs', 'dist/cli.cjs'] : ['bin/facetime-help.cjs']);
  });
  it.each([
    [['troubleshoot', '--no-input', '--os-version', '17', '--json'], 0],
    [['where', '--os-version', 'banana'], 2],
    [['--version'], 0],
  ])("%j ends as soon as all is written, without the event loop's last turn (where V8 may collect garbage), its exit listeners run", (args, status) => {
    // the probe writes what it saw from an exit listener
    expect(probe(args, {}, status).loopRanDry).toBe(false);
  });
  it('ships no code caches: caches are made only by the Node that runs, and the bin handles none itself (it leaves them to the loader)', () => {
    expect(readdirSync(`${ROOT}dist`, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(cache|bin)$/.test(f))).toEqual([]);
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/cachedData|Script\b/);
  });
  it('the data files read on every run are all ASCII, so they load as one-byte strings, and tables at a version name their paragraphs beyond it', () => {
    const files = [
      ...readdirSync(`${ROOT}dist`).filter((f) => f.endsWith('.json')),
      ...['pretty', 'whole'].flatMap((dir) => readdirSync(`${ROOT}dist/${dir}`).map((f) => `${dir}/${f}`)),
    ];
    expect(files).toEqual(expect.arrayContaining(['guide.json', 'search.json', 'search-versions-ios.json', 'whole/topic-where.at-version.plain.txt']));
    const beyond = (text: string): boolean => /[^\u0000-\u007f]/.test(text);
    const json = files.filter((f) => !f.endsWith('.txt'));
    expect(json.length).toBeGreaterThan(3);
    expect(json.filter((f) => beyond(readFileSync(`${ROOT}dist/${f}`, 'latin1')))).toEqual([]);
    // a table at a version is read as bytes (latin1) and sliced; the paragraphs beyond ASCII, and only they, are named to be decoded
    const tables = files.filter((f) => f.endsWith('.txt'));
    expect(tables.length).toBeGreaterThan(3);
    const named: number[][] = [];
    for (const f of tables) {
      const text = readFileSync(`${ROOT}dist/${f}`, 'latin1');
      const head = text.slice(0, text.indexOf('\n'));
      expect(beyond(head), f).toBe(false);
      const { ends, wide = [] } = JSON.parse(head) as { ends: number[]; wide?: number[] };
      const body = text.slice(head.length + 1);
      expect(ends.flatMap((end, i) => (beyond(body.slice(i ? ends[i - 1] : 0, end)) ? [i] : [])), f).toEqual(wide);
      named.push(wide);
    }
    expect(named.flat().length).toBeGreaterThan(0);
  });
  it('the CLI bundle holds none of the heavy libraries: they are bundled apart', () => {
    const cli = readFileSync(`${ROOT}dist/cli.cjs`, 'utf8');
    for (const marker of ['ZodMiniType', 'class Command extends', 'marked.parse', 'MiniSearch.prototype', 'Composer']) expect(cli, marker).not.toContain(marker);
  });
});
