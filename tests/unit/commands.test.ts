import { describe, expect, it } from 'vitest';
import { envDataDirs } from '../../src/main.js';
import { CONTEXT, cli, ESCAPES, FIXTURES, PROGRAM } from '../helpers.js';

describe('topic commands', () => {
  it('where --ios prints plain text when stdout is not a terminal', async () => {
    const r = await cli(['where', '--ios']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('\niPhone (iOS 27)\n');
    expect(r.out).toMatch(/^2\. To list only Live Photos, open: Collections > Media Types > Live Photos \(carried over from iOS 26; not yet confirmed on iOS 27\)$/m);
    expect(r.out).toMatch(/\nReviewed 2026-11-22 for iOS 27, iPadOS 27 and macOS 27\.\n$/);
    expect(ESCAPES.test(r.out)).toBe(false);
  });
  it('is pretty and coloured on a terminal', async () => {
    const r = await cli(['where', '--ios'], { outTTY: true, columns: 70 });
    expect(r.out).toContain('\u001b[');
    expect(r.out).toContain('Live Photos');
  });
  it.each([
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
    [{ NO_COLOR: '' }, true],
    [{ FORCE_COLOR: '0' }, false],
  ])('colour rules on a terminal: %o -> colour %s', async (env, coloured) => {
    const r = await cli(['where', '--ios'], { outTTY: true, env });
    expect(r.out.includes('\u001b[')).toBe(coloured);
  });
  it('--color and FORCE_COLOR colour pretty output even when piped, never plain or json', async () => {
    expect((await cli(['where', '--ios', '--format', 'pretty', '--color'])).out).toContain('\u001b[');
    expect((await cli(['where', '--ios', '--format', 'pretty'], { env: { FORCE_COLOR: '1' } })).out).toContain('\u001b[');
    expect((await cli(['where', '--ios', '--plain', '--color'], { outTTY: true })).out).not.toContain('\u001b[');
    expect((await cli(['where', '--ios', '--json', '--color'], { outTTY: true })).out).not.toContain('\u001b[');
  });
  it('--no-color wins over FORCE_COLOR', async () => {
    const r = await cli(['where', '--ios', '--no-color'], { outTTY: true, env: { FORCE_COLOR: '1' } });
    expect(r.out).not.toContain('\u001b[');
  });
  it('take is an alias of capture; -p and --macos name platforms; options may come first', async () => {
    const capture = (await cli(['capture', '--ios'])).out;
    expect((await cli(['take', '-p', 'iphone'])).out).toBe(capture);
    expect((await cli(['--ios', 'capture'])).out).toBe(capture);
    expect((await cli(['where', '--macos'])).out).toBe((await cli(['where', '--mac'])).out);
  });
  it('without a platform: every covered platform elsewhere, macOS at its version on a Mac', async () => {
    const linux = await cli(['where']);
    for (const h of ['iPhone (iOS 27)', 'iPad (iPadOS 27)', 'Mac (macOS 27 Golden Gate)', 'Windows', 'iCloud.com']) expect(linux.out).toContain(`\n${h}\n`);
    const mac = await cli(['enable'], { macVersion: '12.7.4' });
    expect(mac.out).toContain('Mac (macOS 12.7.4 Monterey)');
    expect(mac.out).toContain('FaceTime > Preferences… > Settings');
    expect(mac.out).not.toContain('iPhone');
  });
  it('a host Mac too old for the feature gets the update path, not an error', async () => {
    const r = await cli(['where'], { macVersion: '10.13.6' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Mac (macOS 10.13.6 High Sierra)');
    expect(r.out).toContain('FaceTime Live Photos no longer work on this version.');
    expect(r.out).toContain('App Store');
  });
  it('json is one document with schemaVersion 2, the OS and the review', async () => {
    const doc = JSON.parse((await cli(['enable', '--mac', '--os-version', 'monterey', '--json'])).out);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.platforms[0].os).toEqual({ name: 'macOS', version: '12', release: '12', releaseName: 'Monterey', status: 'supported' });
    expect(doc.guide).toEqual({ reviewed: '2026-11-22', reviewedFor: { ios: '27', ipados: '27', macos: '27' } });
  });
  it('markdown is ready for a ticket', async () => {
    const r = await cli(['recover', '--ios', '--markdown']);
    expect(r.out).toMatch(/^# Get back a deleted FaceTime photo\n/);
    expect(r.out).toContain('**Collections** > **Utilities** > **Recently Deleted**');
    expect(r.out).toContain('- Apple: <https://support.apple.com/kb/PH12519>');
  });
});

describe('other commands', () => {
  it('no arguments prints the overview, fitted to COLUMNS', async () => {
    const r = await cli([], { env: { COLUMNS: '50' } });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Topics:');
    expect(r.out).toMatch(/Examples:\n(  facetime-help .+\n){3}/);
    expect(r.out).toContain("See 'facetime-help --help'");
    expect(Math.max(...r.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(50);
    // titles line up in one column
    expect(r.out).toMatch(/^ {2}where {9}Where FaceTime Live Photos/m);
    expect(r.out).toMatch(/^ {2}troubleshoot {2}An interactive checklist/m);
  });
  it('topics lists one line per topic; list is its alias; a platform narrows it', async () => {
    const r = await cli(['topics']);
    expect(r.out.trim().split('\n')).toHaveLength(6);
    expect(r.out).toMatch(/^where +Where FaceTime Live Photos are saved$/m);
    expect((await cli(['list'])).out).toBe(r.out);
    expect((await cli(['topics', '--windows'])).out.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(['where', 'recover']);
    const json = JSON.parse((await cli(['topics', '--json'])).out);
    expect(json.topics.map((t: { command: string }) => t.command)).toContain('smart-album');
  });
  it('show finds a topic by id, command or alias', async () => {
    expect((await cli(['show', 'take', '--ios'])).out).toBe((await cli(['capture', '--ios'])).out);
    const r = await cli(['show', 'recovr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("facetime-help: unknown topic 'recovr'\nDid you mean 'recover'?\n");
  });
  it('--help on every command has examples, the addresses, and goes to stdout', async () => {
    for (const cmd of ['where', 'capture', 'screenshot', 'enable', 'smart-album', 'recover', 'topics', 'show', 'search', 'troubleshoot', 'validate', 'completion', 'help', '--help']) {
      const r = await cli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      // at most 80 columns, like a man page; an example is a command line to copy, kept whole
      expect(r.out.split('\n').filter((l) => l.length > 80 && !l.startsWith('  $ ')), cmd).toEqual([]);
      expect(r.out, cmd).toContain('Examples:');
      expect(r.out, cmd).toContain(`Report bugs: ${PROGRAM.bugs}`);
      expect(r.err).toBe('');
    }
  });
  it('program help lists every alias and the environment', async () => {
    const r = await cli(['--help']);
    expect(r.out).toMatch(/recover\|restore\|undelete/);
    for (const name of ['FACETIME_HELP_DATA', 'FACETIME_HELP_PAGER', 'NO_COLOR', 'FORCE_COLOR', 'DEBUG']) expect(r.out).toContain(name);
    expect((await cli(['help'])).out).toBe(r.out);
    expect((await cli(['help', 'where'])).out).toBe((await cli(['where', '--help'])).out);
  });
  it('help stored by the build is the help drawn live', async () => {
    for (const args of [['--help'], ['where', '--help'], ['troubleshoot', '--help']]) {
      const stored = await cli(args);
      const live = await cli(args, {}, { ...CONTEXT, products: undefined });
      expect(stored.out).toBe(live.out);
    }
  });
  it('--version and -v print the version and the review', async () => {
    const expected = 'facetime-help 9.9.9-test\nReviewed 2026-11-22 for iOS 27, iPadOS 27 and macOS 27.\n';
    expect((await cli(['--version'])).out).toBe(expected);
    expect((await cli(['-v'])).out).toBe(expected);
  });
});

describe('errors', () => {
  it.each([
    [['wher'], "facetime-help: unknown command 'wher'\nDid you mean 'where'?\n"],
    [['where', '--platform', 'android'], "facetime-help: unknown platform 'android'\nValid platforms: ios, ipados, macos, windows, web.\n"],
    [['smart-album', '--windows'], "facetime-help: 'smart-album' does not cover windows\nIt covers: ios, ipados, macos.\n"],
    [['enable', '--ios', '--os-version', '20'], 'facetime-help: there is no iOS 20\nKnown iOS releases: 1 to 18, 26, 27.\n'],
    [['enable', '--ios', '--os-version', 'tiger'], "facetime-help: 'tiger' is a macOS name, not a version of iOS\nKnown iOS releases: 1 to 18, 26, 27.\n"],
    [['where', '--json', '--plain'], 'facetime-help: choose one output format, not json and plain\n'],
    [['where', 'extra'], /^facetime-help: too many arguments for 'where'/],
    [['where', '--iso'], /^facetime-help: unknown option '--iso'\nDid you mean '--ios'\?\n$/],
    [['where', '--format', 'html'], /^facetime-help: --format 'html' is not one of/],
  ])('%j exits 2 with a one-line error and a hint', async (args, expected) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    if (typeof expected === 'string') expect(r.err).toBe(expected);
    else expect(r.err).toMatch(expected);
    expect(r.err.split('\n').length).toBeLessThanOrEqual(3);
  });
  it('strips escape sequences from arguments echoed in errors', async () => {
    const r = await cli(['show', '\u001b]52;c;ZXZpbA==\u0007x']);
    expect(r.code).toBe(2);
    expect(ESCAPES.test(r.err.replace(/\n/g, ''))).toBe(false);
  });
  it('broken custom data exits 1 and names file and field', async () => {
    const r = await cli(['where', '--data', `${FIXTURES}/broken/wrong-type`]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^facetime-help: invalid guide data in .*wrong-type \(1 problem\)\n  .*t\.yaml: platforms: /);
  });
  it('a missing built-in guide is a failure, not a crash', async () => {
    const r = await cli(['where'], {}, { ...CONTEXT, builtInGuide: '/nonexistent/guide.json' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^facetime-help: cannot read the built-in guide/);
  });
});

describe('custom data', () => {
  it('--data adds a topic with its own command, marked in topics', async () => {
    const r = await cli(['helpdesk', '--mac', '--data', `${FIXTURES}/custom`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Self Service');
    expect((await cli(['topics', '--data', `${FIXTURES}/custom`])).out).toMatch(/^helpdesk +Contact the Example Corp help desk \[.*custom\]$/m);
  });
  it('a custom topic whose command name is taken is listed under the words that show it', async () => {
    const r = await cli(['topics', '--data', `${FIXTURES}/taken`]);
    expect(r.out).toMatch(/^show search-tips +Tips for searching/m);
    expect((await cli(['--data', `${FIXTURES}/taken`])).out).toMatch(/^ {2}show search-tips +Tips for searching/m);
  });
  it('FACETIME_HELP_DATA is a path list, laid under --data', () => {
    expect(envDataDirs({ FACETIME_HELP_DATA: 'a::z' }, ':')).toEqual(['a', 'z']);
  });
  it('hostile text prints no escape sequences in any format', async () => {
    for (const format of ['plain', 'markdown', 'json', 'pretty']) {
      const r = await cli(['show', 'hostile', '--format', format, '--no-color', '--data', `${FIXTURES}/hostile`]);
      expect(r.code, format).toBe(0);
      expect(ESCAPES.test(r.out.replace(/\n/g, '')), format).toBe(false);
    }
  });
});
