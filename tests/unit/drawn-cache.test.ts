/** The cache of pretty text drawn from custom data: where it lives, what it keeps, what it refuses. */
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, fileCache, type DrawnCache } from '../../src/io/drawn-cache.js';
import { cli, CONTEXT, FIXTURES, ROOT } from '../helpers.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'fth-cache-'));

/** A cache in memory that records what was asked of it. */
function memoryCache(): DrawnCache & { entries: Map<string, unknown>; reads: number } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    reads: 0,
    read(key) {
      this.reads++;
      return entries.get(key);
    },
    write: (key, value) => void entries.set(key, value),
  };
}

describe('where the cache lives', () => {
  it.each<[string, NodeJS.Platform, Record<string, string>, string | undefined]>([
    ['FACETIME_HELP_CACHE first', 'linux', { FACETIME_HELP_CACHE: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' }, '/c'],
    ['set empty: no cache', 'linux', { FACETIME_HELP_CACHE: '', HOME: '/h' }, undefined],
    ['XDG_CACHE_HOME', 'linux', { XDG_CACHE_HOME: '/x', HOME: '/h' }, '/x/facetime-help'],
    ['~/.cache', 'linux', { HOME: '/h' }, '/h/.cache/facetime-help'],
    ['~/Library/Caches on macOS', 'darwin', { HOME: '/h' }, '/h/Library/Caches/facetime-help'],
    ['%LOCALAPPDATA% on Windows', 'win32', { LOCALAPPDATA: 'C:/L', USERPROFILE: 'C:/U' }, join('C:/L', 'facetime-help')],
    ['no home: none', 'linux', {}, undefined],
  ])('%s', (_what, platform, env, expected) => {
    expect(cacheDir(env, platform)).toBe(expected);
  });
});

describe('a cache in files', () => {
  it('gives back what was written, by key and program version', () => {
    const dir = temp();
    fileCache(dir, '1.0.0').write('k', ['a', 'b']);
    expect(fileCache(dir, '1.0.0').read('k')).toEqual(['a', 'b']);
    expect(fileCache(dir, '1.0.1').read('k')).toBeUndefined();
    expect(readdirSync(join(dir, 'drawn'))).toEqual(['1.0.0-k.json']);
  });
  it('keeps under 500 files, removing the oldest', () => {
    const dir = temp();
    const cache = fileCache(dir, 'v');
    for (let i = 0; i < 520; i++) cache.write(`k${i}`, [String(i)]);
    const left = readdirSync(join(dir, 'drawn'));
    expect(left.length).toBeLessThanOrEqual(500);
    expect(left).toContain('v-k519.json');
  });
  it('an unwritable folder or none at all is no error', () => {
    const dir = temp();
    chmodSync(dir, 0o500);
    expect(() => fileCache(join(dir, 'sub'), 'v').write('k', ['a'])).not.toThrow();
    expect(fileCache(undefined, 'v').read('k')).toBeUndefined();
  });
  it('a damaged file reads as nothing', () => {
    const dir = temp();
    fileCache(dir, 'v').write('k', ['a']);
    writeFileSync(join(dir, 'drawn', 'v-k.json'), '{not json');
    expect(fileCache(dir, 'v').read('k')).toBeUndefined();
  });
});

describe('pretty output of custom data, with a cache', () => {
  const args = ['helpdesk', '--data', `${FIXTURES}/custom`, '--format', 'pretty', '--color'];
  it('the second run takes the drawing from the cache, and shows the same', async () => {
    const drawn = memoryCache();
    const first = await cli(args, { columns: 70, drawn });
    expect(drawn.entries.size).toBe(1);
    const second = await cli(args, { columns: 70, drawn });
    expect(second.out).toBe(first.out);
    expect(second.out).toBe((await cli(args, { columns: 70 })).out);
  });
  it('another width or variant is drawn again, not taken from the cache', async () => {
    const drawn = memoryCache();
    await cli(args, { columns: 70, drawn });
    await cli(args, { columns: 60, drawn });
    await cli([...args, '--no-color'], { columns: 60, drawn });
    expect(drawn.entries.size).toBe(3);
  });
  it('cached text with any control character but colours and links is ignored, and drawn again', async () => {
    const drawn = memoryCache();
    const clean = (await cli(args, { columns: 70, drawn })).out;
    const [key, value] = [...drawn.entries][0]!;
    drawn.entries.set(key, (value as string[]).map((t) => `${t}\u001b]52;c;cHduZWQ=\u0007\u001b[2J`));
    const again = await cli(args, { columns: 70, drawn });
    expect(again.out).toBe(clean);
    expect(drawn.entries.get(key)).toEqual(value);
  });
  it('cached text is used only whole: one unsafe piece, or one piece too few or too many, and it is all drawn again', async () => {
    const drawn = memoryCache();
    const clean = (await cli(args, { columns: 70, drawn })).out;
    const [key, value] = [...drawn.entries][0] as [string, string[]];
    expect(value.length).toBeGreaterThan(1);
    for (const spoilt of [[`${value[0]}\u001b[2J`, ...value.slice(1)], value.slice(1), [...value, 'extra'], value.map((_, i) => i)]) {
      drawn.entries.set(key, spoilt);
      expect((await cli(args, { columns: 70, drawn })).out).toBe(clean);
      expect(drawn.entries.get(key)).toEqual(value);
    }
  });
  it('keeps apart units that differ only in the text that goes into them (a heading at another version)', async () => {
    // without the build's units every unit is drawn, headings included, as a change to the code would see it
    const live = { ...CONTEXT, products: undefined };
    const drawn = memoryCache();
    const at = (version: string) => ['where', '--ios', '--os-version', version, '--data', `${FIXTURES}/custom`, '--format', 'pretty', '--color'];
    await cli(at('18.1'), { columns: 70, drawn }, live);
    const second = await cli(at('18.2'), { columns: 70, drawn }, live);
    expect(second.out).toBe((await cli(at('18.2'), { columns: 70 }, live)).out);
    expect(second.out).toContain('iOS 18.2');
  });
  it('the built-in guide never reads it', async () => {
    const drawn = memoryCache();
    await cli(['where', '--ios', '--format', 'pretty', '--color'], { columns: 70, drawn }, { ...CONTEXT, products: `${ROOT}dist` });
    expect(drawn.reads).toBe(0);
  });
});
