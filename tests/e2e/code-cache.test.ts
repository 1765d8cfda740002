/**
 * Compiled code kept between runs on Node 20, which has no compile cache of its own
 * (src/io/code-cache.ts): written by a first run, used by the next, never shared between
 * builds or Node releases, and never in the way of an answer. On Node 22 and later the
 * bin leaves this to Node, and these tests check that nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKind } from '../../src/io/code-cache.js';
import { NODE, NODE_MAJOR, spawnCli } from '../helpers.js';

const OWN_CACHE = NODE_MAJOR < 22;
/** This Node's folders are named `${version}-${arch}-${build}`. */
const [VERSION, ARCH] = spawnSync(NODE, ['-p', 'process.version + " " + process.arch'], { encoding: 'utf8' }).stdout.trim().split(' ') as [string, string];

const newCache = (): string => mkdtempSync(join(tmpdir(), 'fth-code-cache-'));
/** Every file under the cache's code/ folder, with its bytes. */
function cached(dir: string): Map<string, Buffer> {
  const code = join(dir, 'code');
  if (!existsSync(code)) return new Map();
  const files = readdirSync(code, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(code, f)).isFile());
  return new Map(files.sort().map((f) => [f, readFileSync(join(code, f))]));
}

const SEARCH = ['search', 'recently', 'deleted'];
const uncached = spawnCli(SEARCH);

describe('the code cache on Node 20', () => {
  it('a first run writes the cache of each bundle it ran, for its command; the next run uses it and writes nothing', () => {
    const dir = newCache();
    const first = spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe(uncached.stdout);
    const written = cached(dir);
    if (!OWN_CACHE) {
      expect([...written.keys()]).toEqual([]);
      return;
    }
    const [folder] = readdirSync(join(dir, 'code'));
    expect(folder).toMatch(new RegExp(`^${VERSION.replace(/\./g, '\\.')}-${ARCH}-[0-9a-f]{16}$`));
    expect([...written.keys()]).toEqual([`${folder}/search.chunks-search.cjs.bin`, `${folder}/search.cli.cjs.bin`]);
    const times = [...written.keys()].map((f) => statSync(join(dir, 'code', f)).mtimeMs);
    // a cache V8 took is not written again: the files stay as they were
    const second = spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    expect(second.stdout).toBe(uncached.stdout);
    expect(cached(dir)).toEqual(written);
    expect([...written.keys()].map((f) => statSync(join(dir, 'code', f)).mtimeMs)).toEqual(times);
    // another command keeps its own, beside
    expect(spawnCli(['where', '--ios'], { FACETIME_HELP_CACHE: dir }).status).toBe(0);
    expect([...cached(dir).keys()]).toEqual([...written.keys(), `${folder}/where.cli.cjs.bin`].sort());
  });

  it('a spoilt cache is refused by V8 and written anew; the answer is the same', () => {
    const dir = newCache();
    spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    const written = cached(dir);
    if (!OWN_CACHE) return expect(written.size).toBe(0);
    const [cli] = [...written.keys()].filter((f) => f.endsWith('/search.cli.cjs.bin'));
    writeFileSync(join(dir, 'code', cli!), 'not a code cache');
    const r = spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    expect(r.stdout).toBe(uncached.stdout);
    expect(r.stderr).toBe('');
    expect(cached(dir).get(cli!)!.length).toBeGreaterThan(1000);
  });

  it('a cache file that others may write, or that another user owns, is not used, and is written anew', () => {
    const dir = newCache();
    spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    const written = cached(dir);
    if (!OWN_CACHE) return expect(written.size).toBe(0);
    const cli = join(dir, 'code', [...written.keys()].find((f) => f.endsWith('/search.cli.cjs.bin'))!);
    const again = (): void => {
      expect(spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir }).stdout).toBe(uncached.stdout);
    };
    chmodSync(cli, 0o666);
    const before = statSync(cli).mtimeMs;
    again();
    expect([statSync(cli).mode & 0o777, statSync(cli).mtimeMs > before]).toEqual([0o600, true]);
    // a file with another owner can be made only by root
    if (process.getuid?.() === 0) {
      chownSync(cli, 12345, 12345);
      again();
      expect(statSync(cli).uid).toBe(0);
    }
  });

  it('keeps at most 64 files a folder, removing the oldest', () => {
    const dir = newCache();
    spawnCli(['where', '--ios'], { FACETIME_HELP_CACHE: dir });
    if (!OWN_CACHE) return expect(cached(dir).size).toBe(0);
    const [folder] = readdirSync(join(dir, 'code'));
    const old = new Date(Date.now() - 3_600_000);
    for (let i = 0; i < 70; i++) {
      const file = join(dir, 'code', folder!, `old-${i}.bin`);
      writeFileSync(file, '');
      utimesSync(file, old, old);
    }
    spawnCli(SEARCH, { FACETIME_HELP_CACHE: dir });
    const files = readdirSync(join(dir, 'code', folder!));
    expect(files).toHaveLength(64);
    expect(files).toEqual(expect.arrayContaining(['where.cli.cjs.bin', 'search.cli.cjs.bin', 'search.chunks-search.cjs.bin']));
  });

  it("a new build's cache replaces other builds' for the same Node, not other Nodes'", () => {
    const dir = newCache();
    const older = `${VERSION}-${ARCH}-0000000000000000`;
    const otherNode = `v19.0.0-${ARCH}-0000000000000000`;
    for (const folder of [older, otherNode]) {
      mkdirSync(join(dir, 'code', folder), { recursive: true });
      writeFileSync(join(dir, 'code', folder, 'where.cli.cjs.bin'), 'stale');
    }
    expect(spawnCli(['where', '--ios'], { FACETIME_HELP_CACHE: dir }).status).toBe(0);
    const folders = readdirSync(join(dir, 'code')).sort();
    if (!OWN_CACHE) return expect(folders).toEqual([older, otherNode].sort());
    expect(folders).toHaveLength(2);
    expect(folders).toContain(otherNode);
    expect(folders).not.toContain(older);
  });

  it.each([
    ['FACETIME_HELP_CACHE empty', { FACETIME_HELP_CACHE: '' }],
    ["Node's own escape hatch, NODE_DISABLE_COMPILE_CACHE", { NODE_DISABLE_COMPILE_CACHE: '1' }],
    ['DEBUG, for stack traces into src/', { DEBUG: '1' }],
  ])('none with %s', (_, env) => {
    const home = newCache();
    const r = spawnCli(SEARCH, { HOME: home, XDG_CACHE_HOME: undefined, FACETIME_HELP_CACHE: undefined, ...env });
    expect(r.stdout).toBe(uncached.stdout);
    expect(readdirSync(home, { recursive: true })).toEqual([]);
  });

  it("by default in the user's cache folder, and a cache folder that cannot be written changes nothing", () => {
    const home = newCache();
    const r = spawnCli(SEARCH, { HOME: home, XDG_CACHE_HOME: undefined, FACETIME_HELP_CACHE: undefined });
    expect(r.stdout).toBe(uncached.stdout);
    expect(cached(join(home, '.cache', 'facetime-help')).size).toBe(OWN_CACHE ? 2 : 0);
    // a file where the folder should be
    const blocked = join(newCache(), 'file');
    writeFileSync(blocked, '');
    const again = spawnCli(SEARCH, { FACETIME_HELP_CACHE: blocked });
    expect([again.status, again.stdout, again.stderr]).toEqual([0, uncached.stdout, '']);
  });

  it('keeps a cache for each command word, one for the rest', () => {
    expect(runKind(['node', 'bin', 'where', '--ios'])).toBe('where.');
    expect(runKind(['node', 'bin', 'troubleshoot'])).toBe('troubleshoot.');
    expect(runKind(['node', 'bin', '--json', 'where'])).toBe('');
    expect(runKind(['node', 'bin'])).toBe('');
    for (const odd of ['Where', '../x', 'a/b', 'x'.repeat(25), 'wh ere', '1where']) expect(runKind(['node', 'bin', odd]), odd).toBe('');
    expect(runKind(['node', 'bin', 'x'.repeat(24)])).toBe(`${'x'.repeat(24)}.`);
  });
});
